import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import directions of design §1 are enforced by the lint: these imports must fail it, and
 * their allowed counterparts must not. Linted as text under a real path so the per-folder rules
 * of eslint.config.mjs apply.
 */
const root = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    ['app/api/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['app/store/x.ts', "import React from 'react';\nexport const r = React;\n"],
    ['app/export/x.ts', "import { x } from '../../main/window';\nexport const y = x;\n"],
    ['app/domain/x.ts', "import { x } from '../../renderer/App';\nexport const y = x;\n"],
    ['renderer/views/x.ts', "import { Store } from '../../app/store/store';\nexport const s = Store;\n"],
    [
      'renderer/views/x.ts',
      "import { createHandlers } from '../../app/api/handlers';\nexport const h = createHandlers;\n",
    ],
    ['renderer/views/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
    ['renderer/views/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ['main/x.ts', "import { App } from '../renderer/App';\nexport const a = App;\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await layeringErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/views/x.ts', "import type { Visit } from '../../app/domain/visit';\nexport type V = Visit;\n"],
    [
      'renderer/views/x.ts',
      "import type { OperationName } from '../../app/api/contract';\nexport type O = OperationName;\n",
    ],
    ['main/x.ts', "import { createDispatch } from '../app/api/dispatch';\nexport const d = createDispatch;\n"],
    ['app/cli/x.ts', "import { Store } from '../store/store';\nexport const s = Store;\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
