// A hash chain alone cannot show that its tail was cut off. Its head is recorded in every export,
// backup and PDF log, and verify checks the append-only triggers and, given a recorded head, that
// the chain still reaches it unchanged.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { verifyAudit } from '../../src-main/core/audit/audit-log';
import { backupVault } from '../../src-main/core/backups/backup';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { readBackupHeader } from '../../src-main/db/backup-file';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('the audit trail’s head', () => {
  it('is recorded in exports and backups, and a cut-off tail shows against it', async () => {
    const vault = join(dir.path, 'vault');
    const core = newCore(vault);
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    for (let i = 0; i < 3; i++) unwrap(await core.registry.invoke('settings.update', { autoLockMinutes: 5 + i }, t));
    unwrap(await core.registry.invoke('vault.lock', {}, t));
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    const db = core.vault.db();
    const doc = exportVault(db);
    const backup = backupVault(core.vault.openVault(), join(dir.path, 'backups'), { keep: 2 });
    const recorded = readBackupHeader(backup.file).auditHead!;
    expect(doc.auditHead).toEqual(recorded);
    expect(recorded.seq).toBeGreaterThan(2);
    expect(verifyAudit(db, recorded)).toMatchObject({ ok: true, head: recorded });

    // Someone holding the key drops the triggers and deletes the newest events: the chain that is
    // left still links up, so only the recorded head and the missing triggers give it away.
    const sqlite = core.vault.openVault().sqlite;
    sqlite.exec('drop trigger audit_events_no_delete; drop trigger audit_events_no_update');
    sqlite.prepare('delete from audit_events where seq >= ?').run(recorded.seq - 1);
    expect(verifyAudit(db)).toMatchObject({ ok: false, problem: 'unprotected' });
    sqlite.exec(
      "create trigger audit_events_no_update before update on audit_events begin select raise(abort, 'x'); end; " +
        "create trigger audit_events_no_delete before delete on audit_events begin select raise(abort, 'x'); end;",
    );
    expect(verifyAudit(db)).toMatchObject({ ok: true });
    expect(verifyAudit(db, recorded)).toMatchObject({ ok: false, problem: 'truncated' });
    core.vault.lock();

    const cli = runCli(['verify', '--vault', vault, '--audit-head', `${recorded.seq}:${recorded.hash}`]);
    expect(cli.status).toBe(EXIT.verifyFailed);
    expect(cli.stderr).toMatch(/events after the recorded head were cut off/);
  });
});
