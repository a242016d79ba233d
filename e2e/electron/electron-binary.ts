import fs from 'node:fs';
import path from 'node:path';

/**
 * Where Electron's binary is, found without importing the electron package (whose import starts
 * a download that fails offline). Undefined, with the reason, when there is none.
 */
export function findElectronBinary(root = path.resolve(__dirname, '../..')): { path?: string; reason: string } {
  const pkg = path.join(root, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative: string;
  try {
    relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    relative =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
  }
  const candidate = override ? path.join(override, relative) : path.join(pkg, 'dist', relative);
  if (fs.existsSync(candidate)) return { path: candidate, reason: 'found' };
  return {
    reason: override
      ? `no Electron binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH=${override})`
      : `no Electron binary: ${candidate} does not exist (the download is impossible offline; set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 build)`,
  };
}
