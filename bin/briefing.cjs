#!/usr/bin/env node
'use strict';
// The `briefing` command: runs the CLI bundled by `npm run build` (run automatically by npm install).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'briefing.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('briefing: not built yet; run `npm run build` in ' + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(bundle);
