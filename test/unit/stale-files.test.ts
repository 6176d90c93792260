// What killed processes leave behind is cleaned at the next start: only our own names, only when
// the writer is gone (temp files, verify copies that name their process) or an hour has passed
// (folders a live process might be using).
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStaleFiles } from '../../src-main/core/shared/stale-files';
import { newCore, tempDir } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

const DEAD_PID = 2 ** 22 - 7; // above Linux's default pid_max: no process has it
const twoHoursAgo = (p: string) => utimesSync(p, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));

describe('stale files', () => {
  it('a new start removes a dead run’s verify copies, restore staging and temp files, and nothing else', () => {
    const vault = join(dir.path, 'vault');
    mkdirSync(vault);
    writeFileSync(join(vault, `vault-keys.json.tmp-${DEAD_PID}`), 'partial');
    writeFileSync(join(vault, `vault-keys.json.tmp-${process.pid}`), 'being written right now');
    writeFileSync(join(vault, 'notes.txt'), 'not ours to judge');
    const staging = join(dir.path, '.vault.restoring-abc123');
    mkdirSync(staging);
    twoHoursAgo(staging);
    const fresh = join(dir.path, '.vault.restoring-def456');
    mkdirSync(fresh);
    const oldVerify = mkdtempSync(join(tmpdir(), 'alliance-verify-'));
    twoHoursAgo(oldVerify);
    const liveVerify = mkdtempSync(join(tmpdir(), 'alliance-verify-'));
    // A verification copy that names its process goes as soon as that process is gone.
    const deadVerify = mkdtempSync(join(tmpdir(), `alliance-verify-${DEAD_PID}-`));
    const ownVerify = mkdtempSync(join(tmpdir(), `alliance-verify-${process.pid}-`));
    const backups = join(dir.path, 'backups');
    mkdirSync(backups);
    writeFileSync(join(backups, `alliance-backup-20261201-000000.alliance-backup.tmp-${DEAD_PID}`), 'half');

    newCore(vault); // the app's start
    expect(existsSync(join(vault, `vault-keys.json.tmp-${DEAD_PID}`))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(oldVerify)).toBe(false);
    expect(existsSync(deadVerify)).toBe(false);
    // Left alone: a live writer's temp, a fresh staging folder, a fresh verify copy, other files.
    expect(existsSync(join(vault, `vault-keys.json.tmp-${process.pid}`))).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(liveVerify)).toBe(true);
    expect(existsSync(ownVerify)).toBe(true);
    expect(existsSync(join(vault, 'notes.txt'))).toBe(true);

    // The backup folder is known once a backup runs; its dead temps go then.
    expect(cleanStaleFiles({ vaultDir: vault, backupFolder: backups })).toBe(1);
    expect(existsSync(join(backups, `alliance-backup-20261201-000000.alliance-backup.tmp-${DEAD_PID}`))).toBe(false);
    rmSync(liveVerify, { recursive: true, force: true });
    rmSync(ownVerify, { recursive: true, force: true });
  });
});
