// Runs the command line as a user would (tsx, no build), with the test passphrase and the quick
// OWASP-minimum KDF unless `env` says otherwise.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PASSPHRASE } from './temp-vault';

const ROOT = resolve(__dirname, '..', '..');

export function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src-main', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ALLIANCE_KDF_PROFILE: 'minimum', ALLIANCE_PASSPHRASE: PASSPHRASE, ...env },
  });
}
