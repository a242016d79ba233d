import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer is served from app://briefing/ in Electron and from a routed fake origin in the
// browser suite, so every asset path is relative and nothing is fetched from outside dist/.
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    // The bundled libraries' licence notices (pdf.js's Apache-2.0 among them), shipped beside the app.
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
  },
});
