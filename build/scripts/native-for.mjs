// better-sqlite3 is a native addon built per runtime ABI. Node (tests, CLI, bench) uses the build
// in node_modules; Electron uses a second build kept in node_modules/.cache/alliance-electron/,
// which main passes to better-sqlite3 as `nativeBinding`. Keeping both means `npm start` and
// `npm test` never undo each other. argon2 is N-API and loads in both without rebuilding.
//   node build/scripts/native-for.mjs node      make sure the Node build loads (rebuild if not)
//   node build/scripts/native-for.mjs electron  make sure the Electron build exists (needs network once)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = process.argv[2];
const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()";

export function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export function electronNativePath(version = electronVersion()) {
  return join(root, 'node_modules', '.cache', 'alliance-electron', version, 'build', 'Release', 'better_sqlite3.node');
}

function ensureNode() {
  const r = spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' });
  if (r.status === 0) return;
  console.log('better-sqlite3 does not load in this Node; rebuilding it from source (about 2 minutes)...');
  execFileSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
}

function ensureElectron() {
  const version = electronVersion();
  const out = electronNativePath(version);
  if (existsSync(out)) return;
  const dir = join(root, 'node_modules', '.cache', 'alliance-electron', version);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  console.log(
    `Building better-sqlite3 for Electron ${version} (downloads Electron's headers once, then about 2 minutes)...`,
  );
  const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  execFileSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, npm_config_nodedir: '' },
    },
  );
}

if (target === 'node') ensureNode();
else if (target === 'electron') ensureElectron();
else if (target !== undefined) {
  console.error('usage: native-for.mjs node|electron');
  process.exit(2);
}
