// better-sqlite3 is a native addon: Node (tests, CLI, bench) and Electron need different builds.
// This switches the installed build only when the current one does not load in the target runtime,
// so `npm test` after `npm start` (or the reverse) keeps working without a manual rebuild.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2];
const require = createRequire(import.meta.url);
const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()";

function loadsIn(cmd, extraEnv = {}) {
  const r = spawnSync(cmd, ['-e', probe], { env: { ...process.env, ...extraEnv }, stdio: 'ignore' });
  return r.status === 0;
}

if (target === 'node') {
  if (!loadsIn(process.execPath)) {
    console.log('better-sqlite3 was built for another runtime; rebuilding it for Node (about 2 minutes)...');
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  }
} else if (target === 'electron') {
  let electronPath;
  try {
    electronPath = require('electron');
  } catch {
    electronPath = undefined;
  }
  if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
    console.error('The Electron binary is not installed. Run `node node_modules/electron/install.js` (needs the network).');
    process.exit(1);
  }
  if (!loadsIn(electronPath, { ELECTRON_RUN_AS_NODE: '1' })) {
    console.log('Rebuilding native modules for Electron...');
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
  }
} else {
  console.error('usage: native-for.mjs node|electron');
  process.exit(2);
}
