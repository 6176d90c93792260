// `npm run cli -- <command> --vault PATH`: the command-line entry over the same core as the app.
import { VAULT_ROLES, type VaultRole } from '../contract/exchange';
import { parseArgs } from 'node:util';
import { AppError } from '../contract/errors';
import {
  cmdBackup,
  cmdRestore,
  cmdChangePassphrase,
  cmdExportArchive,
  cmdExportHours,
  cmdExportHoursPdf,
  cmdDemo,
  cmdExportJson,
  cmdImportJson,
  cmdInit,
  cmdListSupervisees,
  cmdVerify,
  type Io,
} from './commands';
import { cmdIdentity, cmdPair, cmdReceive, cmdReconcile, cmdSend } from './exchange-commands';
import { EXIT, exitCodeFor } from './exit-codes';
import { UsageError } from './prompt';
import { isoDate } from '../contract/common';
import { localToday } from '../contract/dates';

const USAGE = `Usage: npm run cli -- <command> --vault PATH [options]

Commands:
  init [--role supervisor|supervisee]
                                create a new encrypted vault (a supervisor's unless --role says)
  verify                        unlock and check integrity (exit 0 when sound)
  change-passphrase             re-wrap the key with a new passphrase
  demo [--scale small] [--seed N]   create a vault with fictional sample data
  export json [--out FILE]      write every record as JSON (stdout without --out)
  list supervisees              id, name, registration number and status of each supervisee
  export hours --supervisee ID|REG|NAME|all --format csv|pdf --out FILE [--from DATE] [--to DATE]
               [--layout sessions|weekly]   CSV: a row per session (default) or per week;
                                            PDF: the weekly log of one supervisee
  export archive --out FILE [--supervisee ID|REG|NAME] [--hand-over]
                                one HTML file any browser opens, the records encrypted inside:
                                everything, or one supervisee's; opens with the vault's passphrase
                                or recovery key, or (--hand-over) with ALLIANCE_ARCHIVE_PASSPHRASE
  import json --in FILE         check a JSON export, then import all of it or nothing
  backup --out FOLDER [--keep N]    write an encrypted, verified backup; keep the newest N (10)
  verify [--audit-head SEQ:HASH]    check the key, the database and the audit trail (against a
                                head an earlier export, backup or PDF log recorded)
  restore --backup FILE         restore a backup into --vault PATH, a new or empty folder
          [--recovery-key]      (opens the backup with ALLIANCE_RECOVERY_KEY or a prompt)

Two-way exchange (docs/exchange.md):
  identity [--create --name NAME --role supervisor|supervisee] [--out CARD]
                                print this vault's fingerprint; write its identity card
  pair --card FILE --supervisee ID|REG|NAME --fingerprint FP [--confirm-change]
                                pair with the other person's card, typing back the fingerprint
                                they read aloud (the supervisee's own record in their vault)
  send --kind KIND --supervisee ID|REG|NAME [--from DATE --to DATE] --out FOLDER
                                write the next signed, encrypted packet into a mailbox folder;
                                KIND: hours, alliance (supervisee, with days); answers,
                                self_rating, countersignature (supervisee); hours_queries,
                                receipt (supervisor, with days); prompts, reflection_sets,
                                review, agreement (supervisor)
  receive --in FILE|FOLDER [--dry-run]
                                check and take in a packet, or every new one in a folder;
                                --dry-run prints what would change and writes nothing
  reconcile --supervisee ID|REG|NAME --from DATE --to DATE
            [--accept LINE | --keep-mine LINE | --query LINE --note TEXT]
                                their hours beside yours, line by line; settle one line

Secrets: prompted on the terminal, or ALLIANCE_PASSPHRASE (and ALLIANCE_NEW_PASSPHRASE for
new passphrases) for scripts. Exit codes: 0 ok, 1 internal, 2 usage, 3 wrong passphrase or
recovery key, 4 invalid input, 5 not found, 6 vault in use or exists, 7 damaged or unreadable,
8 verify found problems.`;

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        vault: { type: 'string' },
        out: { type: 'string' },
        in: { type: 'string' },
        scale: { type: 'string', default: 'small' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        keep: { type: 'string', default: '10' },
        supervisee: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        layout: { type: 'string', default: 'sessions' },
        backup: { type: 'string' },
        'recovery-key': { type: 'boolean', default: false },
        'audit-head': { type: 'string' },
        'hand-over': { type: 'boolean', default: false },
        create: { type: 'boolean', default: false },
        name: { type: 'string' },
        role: { type: 'string' },
        card: { type: 'string' },
        fingerprint: { type: 'string' },
        'confirm-change': { type: 'boolean', default: false },
        kind: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        accept: { type: 'string' },
        'keep-mine': { type: 'string' },
        query: { type: 'string' },
        note: { type: 'string', default: '' },
      },
    });
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    io.err(USAGE);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, sub] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    const dir = values.vault;
    if (!dir) throw new UsageError('--vault PATH is required.');
    switch (command) {
      case 'init': {
        const role = values.role ?? 'supervisor';
        if (!VAULT_ROLES.includes(role as VaultRole)) throw new UsageError('--role is supervisor or supervisee.');
        return await cmdInit(io, dir, role as VaultRole);
      }
      case 'verify': {
        const head = values['audit-head'];
        const m = head === undefined ? null : /^(\d+):([0-9a-f]{64})$/.exec(head);
        if (head !== undefined && !m)
          throw new UsageError('--audit-head takes SEQ:HASH as an export, backup or PDF log records it.');
        return await cmdVerify(io, dir, m ? { seq: Number(m[1]), hash: m[2]! } : undefined);
      }
      case 'change-passphrase':
        return await cmdChangePassphrase(io, dir);
      case 'demo': {
        const seed = values.seed === undefined ? undefined : Number(values.seed);
        if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed takes a whole number.');
        return await cmdDemo(io, dir, values.scale ?? 'small', seed);
      }
      case 'export':
        if (sub === 'json') return await cmdExportJson(io, dir, values.out);
        if (sub === 'hours') {
          // Without --from and --to: all time, up to today.
          const { supervisee, out } = values;
          const from = values.from ?? '1900-01-01';
          const to = values.to ?? localToday();
          if (!supervisee || !out)
            throw new UsageError(
              'export hours needs --supervisee ID|REGISTRATION|NAME|all --format csv|pdf --out FILE [--from DATE] ' +
                '[--to DATE].',
            );
          if (values.format !== 'csv' && values.format !== 'pdf') throw new UsageError('--format is csv or pdf.');
          for (const [flag, d] of [
            ['--from', from],
            ['--to', to],
          ] as const)
            if (!isoDate.safeParse(d).success) throw new UsageError(`${flag} takes a date like 2026-01-31.`);
          if (from > to) throw new UsageError('--from must be on or before --to.');
          if (values.format === 'pdf') {
            return await cmdExportHoursPdf(io, dir, { supervisee, from, to, out });
          }
          if (values.layout !== 'sessions' && values.layout !== 'weekly')
            throw new UsageError('--layout is sessions or weekly.');
          return await cmdExportHours(io, dir, { supervisee, from, to, out, layout: values.layout });
        }
        if (sub === 'archive') {
          if (!values.out) throw new UsageError('export archive needs --out FILE.');
          return await cmdExportArchive(io, dir, {
            supervisee: values.supervisee,
            out: values.out,
            handOver: values['hand-over'] ?? false,
          });
        }
        throw new UsageError('Known exports: json, hours, archive.');
      case 'list':
        if (sub !== 'supervisees') throw new UsageError('Known lists: supervisees.');
        return await cmdListSupervisees(io, dir);
      case 'import':
        if (sub !== 'json') throw new UsageError('Known import formats: json.');
        if (!values.in) throw new UsageError('import json needs --in FILE.');
        return await cmdImportJson(io, dir, values.in);
      case 'backup': {
        if (!values.out) throw new UsageError('backup needs --out FOLDER.');
        const keep = Number(values.keep);
        if (!Number.isInteger(keep) || keep < 1) throw new UsageError('--keep takes a whole number of at least 1.');
        return await cmdBackup(io, dir, values.out, keep);
      }
      case 'restore':
        if (!values.backup) throw new UsageError('restore needs --backup FILE.');
        return await cmdRestore(io, values.backup, dir, values['recovery-key'] ?? false);
      case 'identity':
        return await cmdIdentity(io, dir, {
          create: values.create ?? false,
          name: values.name,
          role: values.role,
          out: values.out,
        });
      case 'pair':
        if (!values.card || !values.supervisee || !values.fingerprint)
          throw new UsageError('pair needs --card FILE --supervisee ID|REG|NAME --fingerprint FP.');
        return await cmdPair(io, dir, {
          card: values.card,
          supervisee: values.supervisee,
          fingerprint: values.fingerprint,
          confirmChange: values['confirm-change'] ?? false,
        });
      case 'send':
        if (!values.kind || !values.supervisee || !values.out)
          throw new UsageError('send needs --kind KIND --supervisee ID|REG|NAME [--from DATE --to DATE] --out FOLDER.');
        return await cmdSend(io, dir, {
          ...period(values),
          kind: values.kind,
          supervisee: values.supervisee,
          out: values.out,
        });
      case 'receive':
        if (!values.in) throw new UsageError('receive needs --in FILE|FOLDER.');
        return await cmdReceive(io, dir, { in: values.in, dryRun: values['dry-run'] ?? false });
      case 'reconcile': {
        if (!values.supervisee) throw new UsageError('reconcile needs --supervisee ID|REG|NAME --from DATE --to DATE.');
        const { from, to } = period(values);
        if (!from || !to) throw new UsageError('reconcile needs --from DATE --to DATE.');
        const chosen = (['accept', 'keep-mine', 'query'] as const).filter((k) => values[k] !== undefined);
        if (chosen.length > 1) throw new UsageError('Settle one line at a time: --accept, --keep-mine or --query.');
        const keepLine = values['keep-mine'];
        const action = values.accept
          ? { resolution: 'accepted' as const, key: values.accept, note: '' }
          : values.query
            ? { resolution: 'queried' as const, key: values.query, note: values.note ?? '' }
            : keepLine
              ? { resolution: 'kept' as const, key: keepLine, note: '' }
              : undefined;
        return await cmdReconcile(io, dir, { supervisee: values.supervisee, from, to, action });
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return EXIT.usage;
    }
    if (e instanceof AppError) {
      io.err(e.message);
      return exitCodeFor(e.code);
    }
    io.err('Something went wrong inside Alliance; nothing was changed by this command.');
    return EXIT.internal;
  }
}

// --from and --to as a period, both or neither, checked as dates.
function period(values: { from?: string; to?: string }): { from?: string; to?: string } {
  const { from, to } = values;
  if ((from === undefined) !== (to === undefined)) throw new UsageError('Give both --from and --to, or neither.');
  for (const d of [from, to])
    if (d !== undefined && !isoDate.safeParse(d).success) throw new UsageError('Dates look like 2026-01-31.');
  if (from && to && from > to) throw new UsageError('--from must be on or before --to.');
  return { from, to };
}

if (require.main === module) {
  const io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
  run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
