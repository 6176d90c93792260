// One function per command. Each returns an exit code and writes nothing clinical to stderr.
import type { VaultRole } from '../contract/exchange';
import { writeSettings } from '../core/settings/settings';
import type { z } from 'zod';
import { AppError, formatPath, toIssues } from '../contract/errors';
import { listSupervisees } from '../core/supervisees/supervisees';
import { archiveRequest } from '../contract/archive';
import { csvExportInput, pdfExportInput } from '../contract/hours';
import { exportArchive } from '../core/archive/workflows';
import { appendAudit, verifyAudit, type AuditHead } from '../core/audit/audit-log';
import { repairInterruptedReplace } from '../core/backups/interrupted-replace';
import { backUp, restoreAndRecord } from '../core/backups/workflows';
import { importEntities } from '../core/data-transfer/data-transfer';
import { countsText, ImportError } from '../core/data-transfer/importer';
import { checkImportFile, exportJson, importJsonFile } from '../core/data-transfer/workflows';
import { importStepWords } from '../contract/data-transfer';
import { exportHoursCsv, exportHoursPdf } from '../core/hours/exports';
import { toPath } from '../core/shared/file-port';
import { cleanStaleFiles } from '../core/shared/stale-files';
import { sweepPendingWrites } from '../core/shared/pending-writes';
import { generateSampleData, SCALES, type Scale } from '../core/sample-data/generate';
import { calibrateArgon2id, OWASP_MINIMUM } from '../db/kdf';
import { changePassphrase, createVault, unlockVault, type Db, type KdfSettings, type OpenVault } from '../db/vault';
import { EXIT } from './exit-codes';
import { MIGRATIONS_FOLDER } from './paths';
import { readSecret, UsageError } from './prompt';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const PASS_ENV = 'ALLIANCE_PASSPHRASE';
const NEW_PASS_ENV = 'ALLIANCE_NEW_PASSPHRASE';
const ARCHIVE_PASS_ENV = 'ALLIANCE_ARCHIVE_PASSPHRASE';

// ALLIANCE_KDF_PROFILE=minimum uses the OWASP minimum instead of calibrating (~1 s saved per vault),
// for test suites and scripts that create many vaults. The app always calibrates.
async function kdfForNewVault(): Promise<KdfSettings> {
  if (process.env.ALLIANCE_KDF_PROFILE === 'minimum') return OWASP_MINIMUM;
  return (await calibrateArgon2id()).params;
}

async function newPassphrase(envName: string, what: string): Promise<string> {
  const first = await readSecret(envName, `${what}: `);
  if (process.env[envName] === undefined) {
    const again = await readSecret(envName, 'Type it again: ');
    if (again !== first) throw new UsageError('The two passphrases are different.');
  }
  return first;
}

export async function withVault<T>(dir: string, work: (v: OpenVault) => T | Promise<T>): Promise<T> {
  const passphrase = await readSecret(PASS_ENV, 'Passphrase: ');
  repairInterruptedReplace(dir);
  cleanStaleFiles({ vaultDir: dir });
  const vault = await unlockVault(dir, passphrase, { migrationsFolder: MIGRATIONS_FOLDER });
  sweepPendingWrites(vault.db);
  try {
    return await work(vault);
  } finally {
    vault.close();
  }
}

function printRecoveryKey(io: Io, key: string): void {
  io.out('Recovery key (shown once; print it or store it somewhere safe, away from this computer):');
  io.out(`  ${key}`);
}

export async function cmdInit(io: Io, dir: string, role: VaultRole = 'supervisor'): Promise<number> {
  const passphrase = await newPassphrase(PASS_ENV, 'New passphrase');
  const { vault, recoveryKey } = await createVault(dir, passphrase, {
    migrationsFolder: MIGRATIONS_FOLDER,
    kdf: await kdfForNewVault(),
  });
  appendAudit(vault.db, 'vault_created', { cipher: 'aegis', via: 'cli' });
  writeSettings(vault.db, { vaultRole: role });
  vault.close();
  io.out(`Created an encrypted vault in ${dir}${role === 'supervisee' ? ', a supervisee’s own' : ''}`);
  printRecoveryKey(io, recoveryKey);
  return EXIT.ok;
}

export async function cmdDemo(io: Io, dir: string, scale: string, seed: number | undefined): Promise<number> {
  if (!(scale in SCALES)) throw new UsageError(`Unknown scale "${scale}". Known: ${Object.keys(SCALES).join(', ')}.`);
  const passphrase = await newPassphrase(PASS_ENV, 'New passphrase');
  const { vault, recoveryKey } = await createVault(dir, passphrase, {
    migrationsFolder: MIGRATIONS_FOLDER,
    kdf: await kdfForNewVault(),
  });
  try {
    appendAudit(vault.db, 'vault_created', { cipher: 'aegis', sampleData: true, via: 'cli' });
    const counts = importEntities(vault.db, generateSampleData({ scale: scale as Scale, seed }));
    io.out(`Created a sample vault in ${dir} with fictional records: ${countsText(counts)}.`);
  } finally {
    vault.close();
  }
  printRecoveryKey(io, recoveryKey);
  return EXIT.ok;
}

const AUDIT_PROBLEMS = {
  gap: 'an event is missing',
  edited: 'an event was altered',
  broken_link: 'an event was altered',
  unprotected: 'its append-only triggers were removed',
  truncated: 'events after the recorded head were cut off',
} as const;

export async function cmdVerify(io: Io, dir: string, anchor?: AuditHead): Promise<number> {
  return withVault(dir, (v) => {
    const integrity = v.sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const fks = v.sqlite.pragma('foreign_key_check') as unknown[];
    const audit = verifyAudit(v.db, anchor);
    if (!audit.ok) {
      io.err(`The audit trail does not verify: ${AUDIT_PROBLEMS[audit.problem!]}. Restore the vault from a backup.`);
      return EXIT.verifyFailed;
    }
    const sound = integrity.length === 1 && integrity[0]!.integrity_check === 'ok' && fks.length === 0;
    if (sound) {
      io.out('Vault is sound: key accepted, integrity check ok, foreign keys ok, schema up to date.');
      io.out(`Audit trail intact: ${audit.checked} events; head ${audit.head.seq}:${audit.head.hash}`);
      return EXIT.ok;
    }
    io.err(
      `Vault has problems: ${integrity.length} integrity messages, ${fks.length} foreign key violations. Restore ` +
        `it from a backup.`,
    );
    return EXIT.verifyFailed;
  });
}

export async function cmdChangePassphrase(io: Io, dir: string): Promise<number> {
  const current = await readSecret(PASS_ENV, 'Current passphrase: ');
  const next = await newPassphrase(NEW_PASS_ENV, 'New passphrase');
  await changePassphrase(dir, current, next);
  const v = await unlockVault(dir, next, { migrationsFolder: MIGRATIONS_FOLDER });
  try {
    appendAudit(v.db, 'passphrase_changed', { via: 'cli' });
  } finally {
    v.close();
  }
  io.out('Passphrase changed. The recovery key is unchanged.');
  return EXIT.ok;
}

export async function cmdExportJson(io: Io, dir: string, outFile: string | undefined): Promise<number> {
  return withVault(dir, async (v) => {
    if (!outFile) {
      // To stdout: the same document and audit entry, written by the same workflow.
      await exportJson(
        () => v.db,
        async (_name, produce) => ({ path: '-', result: produce((c) => process.stdout.write(c)) }),
        'cli',
      );
      return EXIT.ok;
    }
    const { supervisees } = await exportJson(
      () => v.db,
      toPath(outFile, () => v.db),
      'cli',
    );
    io.err(`Exported ${supervisees} supervisees to ${outFile} (not encrypted: keep it safe).`);
    return EXIT.ok;
  });
}

export async function cmdImportJson(io: Io, dir: string, inFile: string): Promise<number> {
  const bytes = checkImportFile(inFile);
  return withVault(dir, (v) => {
    try {
      // A career-size file takes half a minute: what is being done, a line a step, on stderr.
      const size = bytes >= 10 * 2 ** 20 ? ` (${Math.round(bytes / 2 ** 20)} MB)` : '';
      io.err(`Reading and checking every record in the file${size}…`);
      const counts = importJsonFile(v.db, inFile, 'cli', (step) => io.err(importStepWords(step)));
      io.out(`Imported ${countsText(counts)}.`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof ImportError) {
        for (const p of e.problems) io.err(`  ${p.location}: ${p.message}`);
        if (e.total > e.problems.length || !e.complete)
          io.err(`  …and more: fix these and import again to see the rest.`);
      }
      throw e;
    }
  });
}

export async function cmdBackup(io: Io, dir: string, outFolder: string, keep: number): Promise<number> {
  return withVault(dir, (v) => {
    const info = backUp(v, outFolder, keep, 'cli');
    io.out(`Backed up to ${info.file} (${info.bytes} bytes, encrypted, verified). Keeping the newest ${keep}.`);
    return EXIT.ok;
  });
}

export async function cmdRestore(
  io: Io,
  backupFile: string,
  targetDir: string,
  useRecoveryKey: boolean,
): Promise<number> {
  const secret = useRecoveryKey
    ? { recoveryKey: await readSecret('ALLIANCE_RECOVERY_KEY', 'Recovery key: ') }
    : { passphrase: await readSecret(PASS_ENV, 'Passphrase of the backup: ') };
  const { counts, vault } = await restoreAndRecord(backupFile, targetDir, secret, {
    migrationsFolder: MIGRATIONS_FOLDER,
    via: 'cli',
  });
  vault?.close();
  const total = Object.entries(counts)
    .filter(([t]) => !t.startsWith('__'))
    .reduce((n, [, c]) => n + c, 0);
  io.out(
    `Restored into ${targetDir} (${total} records, integrity checked). It opens with the passphrase or recovery ` +
      `key of the backup.`,
  );
  return EXIT.ok;
}

export async function cmdExportHours(
  io: Io,
  dir: string,
  opts: { supervisee: string; from: string; to: string; layout: 'sessions' | 'weekly'; out: string },
): Promise<number> {
  return withVault(dir, async (v) => {
    const superviseeId = resolveSupervisee(v.db, opts.supervisee);
    const req = parseRequest(csvExportInput, { superviseeId, ...pick(opts, 'from', 'to', 'layout') });
    const { size } = await exportHoursCsv(
      () => v.db,
      toPath(opts.out, () => v.db),
      req,
      'cli',
    );
    io.err(
      `Wrote ${size} ${opts.layout === 'sessions' ? 'sessions' : 'weeks'} to ${opts.out} (not encrypted: keep it ` +
        `safe).`,
    );
    return EXIT.ok;
  });
}

export async function cmdExportHoursPdf(
  io: Io,
  dir: string,
  opts: { supervisee: string; from: string; to: string; out: string },
): Promise<number> {
  return withVault(dir, async (v) => {
    const superviseeId = resolveSupervisee(v.db, opts.supervisee);
    if (superviseeId === 'all') throw new UsageError('A PDF log is for one supervisee: name one with --supervisee.');
    const req = parseRequest(pdfExportInput, { superviseeId, ...pick(opts, 'from', 'to') });
    await exportHoursPdf(
      () => v.db,
      toPath(opts.out, () => v.db),
      req,
      'cli',
    );
    io.err(`Wrote the weekly log to ${opts.out} (not encrypted: keep it safe).`);
    return EXIT.ok;
  });
}

// `export archive`: one HTML file any browser opens (docs/security.md). It opens with the vault's
// passphrase or recovery key, or with --hand-over a passphrase of its own (ALLIANCE_ARCHIVE_PASSPHRASE or
// a prompt, typed twice), the supervisee's copy.
export async function cmdExportArchive(
  io: Io,
  dir: string,
  opts: { supervisee: string | undefined; out: string; handOver: boolean },
): Promise<number> {
  const passphrase = opts.handOver ? await newPassphrase(ARCHIVE_PASS_ENV, 'Passphrase for the archive') : null;
  return withVault(dir, async (v) => {
    const superviseeId = opts.supervisee ? resolveSupervisee(v.db, opts.supervisee) : 'all';
    const req = parseRequest(archiveRequest, {
      superviseeId: superviseeId === 'all' ? null : superviseeId,
      opensWith: opts.handOver ? 'passphrase' : 'vault',
      passphrase,
    });
    await exportArchive(
      () => v,
      toPath(opts.out, () => v.db),
      req,
      'cli',
    );
    io.err(
      `Wrote the archive to ${opts.out}. It opens in any web browser with ` +
        (opts.handOver ? 'the passphrase chosen for it.' : "the vault's passphrase or recovery key."),
    );
    return EXIT.ok;
  });
}

// `list supervisees`: what --supervisee accepts, one per line (id, name, registration, status).
export async function cmdListSupervisees(io: Io, dir: string): Promise<number> {
  return withVault(dir, (v) => {
    for (const s of listSupervisees(v.db, { search: '', status: 'any', archived: 'include' }))
      io.out(
        [s.id, s.fullName, s.registrationNumber || '-', s.archivedAt ? `${s.status}, archived` : s.status].join('\t'),
      );
    return EXIT.ok;
  });
}

// --supervisee takes an id, a registration number or a name (exact, or a part only one name has).
export function resolveSupervisee(db: Db, ref: string): string {
  if (ref === 'all') return 'all';
  const people = listSupervisees(db, { search: '', status: 'any', archived: 'include' });
  const want = ref.trim().toLowerCase();
  const byId = people.filter((p) => p.id === ref);
  const byReg = people.filter((p) => p.registrationNumber && p.registrationNumber.toLowerCase() === want);
  const byName = people.filter((p) => p.fullName.toLowerCase() === want);
  const byPart = people.filter((p) => p.fullName.toLowerCase().includes(want));
  for (const match of [byId, byReg, byName, byPart]) {
    if (match.length === 1) return match[0]!.id;
    if (match.length > 1)
      throw new UsageError(
        `"${ref}" matches ${match.length} supervisees. Use the id or registration number (see \`list supervisees\`).`,
      );
  }
  throw new AppError('not_found', `No supervisee matches "${ref}". See \`list supervisees\`.`);
}

function pick<T, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

// The CLI checks a request with the same schema the app's channel uses.
function parseRequest<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(
      toIssues(parsed.error.issues)
        .map((i) => `${formatPath(i.path) || 'request'}: ${i.message}`)
        .join(' '),
    );
  return parsed.data;
}
