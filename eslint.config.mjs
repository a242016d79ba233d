// Lint, and the layering of design §1 as rules that fail the run:
//   renderer -> (types of app/api, app/domain) ; main -> app ; app -> neither.
import js from '@eslint/js';
import lexical from '@lexical/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'url', 'worker_threads'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'docs/**',
      'out/**',
      '**/*.d.ts.map',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'no .only in committed tests' },
      ],
    },
  },
  {
    files: ['app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'app/ is pure Node: it never imports Electron (design §1).' },
            { name: 'react', message: 'app/ holds no UI code (design §1).' },
            { name: 'react-dom', message: 'app/ holds no UI code (design §1).' },
          ],
          patterns: [
            { group: ['**/main/**', '**/main'], message: 'app/ must not import main/ (design §1).' },
            { group: ['**/renderer/**', '**/renderer'], message: 'app/ must not import renderer/ (design §1).' },
            { group: ['@lexical/react', '@lexical/react/*'], message: 'app/ holds no UI code (design §1).' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'main/ is the Electron shell; UI lives in renderer/.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ must not import renderer/ (design §1).' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { '@lexical': lexical, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      '@lexical/rules-of-lexical': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the app only through window.briefing (design §2).' },
            { name: 'better-sqlite3', message: 'The renderer never touches the database (design §1).' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer is sandboxed: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
            { group: ['**/main/**', '**/main'], message: 'The renderer must not import main/ (design §1).' },
            {
              group: [
                '**/app/store',
                '**/app/store/**',
                '**/app/cli/**',
                '**/app/export/**',
                '**/app/interchange/**',
                '**/app/demo/**',
              ],
              message: 'The renderer may import types from app/api and app/domain only (design §1).',
            },
            {
              group: [
                '**/app/api/*',
                '!**/app/api/contract',
                '!**/app/api/bridge',
                '!**/app/api/desktop',
                '!**/app/api/result',
              ],
              message: 'The renderer may use app/api/contract, bridge, desktop and result (types) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{mjs,ts}', '*.config.{ts,mts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
