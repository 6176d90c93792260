import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { runCli } from '../helpers/cli';
import { sessionRecord } from '../helpers/records';
import { tempDir } from '../helpers/temp-vault';

const ROOT = resolve(__dirname, '..', '..');
const PASS = 'heron-basalt-quince-88';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = runCli(args, { ALLIANCE_PASSPHRASE: PASS, ...env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: ReturnType<typeof tempDir>;
let vault: string;
beforeEach(() => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
});
afterEach(() => dir.cleanup());

// Each test runs the command line in its own processes (tsx, Argon2id): up to about 25 s each on
// a busy machine, so three minutes leaves room to spare (docs/testing.md).
const SLOW = { timeout: 180_000 };

describe('cli', SLOW, () => {
  it('runs through `npm run cli` as the README says', () => {
    const r = spawnSync('npm', ['run', '-s', 'cli', '--', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: npm run cli -- <command>/);
  });

  it('init, verify, and a distinct exit code for a wrong passphrase', () => {
    const init = cli(['init', '--vault', vault]);
    expect(init.code).toBe(EXIT.ok);
    expect(init.out).toMatch(/Recovery key.*\n\s+([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
    expect(cli(['verify', '--vault', vault]).code).toBe(EXIT.ok);
    const wrong = cli(['verify', '--vault', vault], { ALLIANCE_PASSPHRASE: 'not the right one' });
    expect(wrong.code).toBe(EXIT.wrongSecret);
    expect(wrong.err).toMatch(/does not unlock/);
    expect(cli(['init', '--vault', vault]).code).toBe(EXIT.conflict);
    expect(cli(['verify', '--vault', join(dir.path, 'nowhere')]).code).toBe(EXIT.notFound);
    expect(cli(['frobnicate', '--vault', vault]).code).toBe(EXIT.usage);
    expect(cli(['verify']).code).toBe(EXIT.usage);
  });

  it('changes the passphrase', () => {
    cli(['init', '--vault', vault]);
    expect(cli(['change-passphrase', '--vault', vault], { ALLIANCE_NEW_PASSPHRASE: 'too short' }).code).toBe(
      EXIT.invalidInput,
    );
    expect(
      cli(['change-passphrase', '--vault', vault], { ALLIANCE_NEW_PASSPHRASE: 'a-whole-new-passphrase' }).code,
    ).toBe(EXIT.ok);
    expect(cli(['verify', '--vault', vault]).code).toBe(EXIT.wrongSecret);
    expect(cli(['verify', '--vault', vault], { ALLIANCE_PASSPHRASE: 'a-whole-new-passphrase' }).code).toBe(EXIT.ok);
  });

  it('exports a demo vault to JSON and imports it into a fresh vault, identically', () => {
    expect(cli(['demo', '--vault', vault]).code).toBe(EXIT.ok);
    const file = join(dir.path, 'export.json');
    expect(cli(['export', 'json', '--vault', vault, '--out', file]).code).toBe(EXIT.ok);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'alliance-export', version: 8 });
    expect(exported.entities.supervisees).toHaveLength(5);
    expect(exported.entities.sessions).toHaveLength(5 * 52);
    expect(exported.entities.clientHours).toHaveLength(5 * 52 * 3);
    // A note for one session in four, and action items on some of them.
    expect(exported.entities.caseNotes).toHaveLength(65);
    expect(exported.entities.noteActions.length).toBeGreaterThan(0);

    const other = join(dir.path, 'other');
    cli(['init', '--vault', other]);
    const imported = cli(['import', 'json', '--vault', other, '--in', file]);
    expect(imported.code).toBe(EXIT.ok);
    expect(imported.out).toMatch(/Imported 5 supervisees, 260 sessions, 65 case notes and \d+ reflections\./);
    // What it is doing, a line a step, on stderr: nothing of the records.
    expect(imported.err.trim().split('\n')).toEqual([
      'Reading and checking every record in the file…',
      'Step 1 of 5: checking how the records link to each other…',
      'Step 2 of 5: indexing the records…',
      'Step 3 of 5: adding up hours by day…',
      'Step 4 of 5: building the timeline…',
      'Step 5 of 5: building the search index…',
    ]);
    const again = JSON.parse(cli(['export', 'json', '--vault', other]).out);
    expect(again.entities).toEqual(exported.entities);
    // Importing the same file twice would duplicate ids: refused, each problem located.
    const dup = cli(['import', 'json', '--vault', other, '--in', file]);
    expect(dup.code).toBe(EXIT.invalidInput);
    expect(dup.err).toMatch(/entities\.supervisees\[0\]\.id: A supervisee with this id is already in the vault/);
    // Refused at the first step: none after it is begun.
    expect(dup.err).toMatch(/Step 1 of 5/);
    expect(dup.err).not.toMatch(/Step 2 of 5/);
  });

  it('backs up and restores through the command line', () => {
    cli(['demo', '--vault', vault]);
    const out = join(dir.path, 'backups');
    const b = cli(['backup', '--vault', vault, '--out', out, '--keep', '3']);
    expect(b.code).toBe(EXIT.ok);
    const file = /Backed up to (\S+\.alliance-backup)/.exec(b.out)![1]!;
    expect(cli(['restore', '--vault', vault, '--backup', file]).code).toBe(EXIT.conflict);
    expect(
      cli(['restore', '--vault', join(dir.path, 'r1'), '--backup', file], { ALLIANCE_PASSPHRASE: 'wrong wrong wrong' })
        .code,
    ).toBe(EXIT.wrongSecret);
    const r = cli(['restore', '--vault', join(dir.path, 'r2'), '--backup', file]);
    expect(r.code).toBe(EXIT.ok);
    const original = JSON.parse(cli(['export', 'json', '--vault', vault]).out).entities;
    expect(JSON.parse(cli(['export', 'json', '--vault', join(dir.path, 'r2')]).out).entities).toEqual(original);
    writeFileSync(file, readFileSync(file).subarray(0, 2000));
    const damaged = cli(['restore', '--vault', join(dir.path, 'r3'), '--backup', file]);
    expect(damaged.code).toBe(EXIT.io);
    expect(damaged.err).toMatch(/damaged.*another/);
  });

  it('writes an archive of everything, or a hand-over copy of one supervisee, from the command line', () => {
    cli(['demo', '--vault', vault]);
    const people = cli(['list', 'supervisees', '--vault', vault])
      .out.trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const all = join(dir.path, 'all.html');
    const r = cli(['export', 'archive', '--vault', vault, '--out', all]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/opens in any web browser with the vault's passphrase or recovery key/);
    const html = readFileSync(all, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    for (const [, name] of people) expect(html.includes(name!)).toBe(false);
    expect(
      JSON.parse(/id="archive-head">(.*?)<\/script>/s.exec(html)![1]!).slots.map((x: { kind: string }) => x.kind),
    ).toEqual(['vault-passphrase', 'vault-recovery']);

    const one = join(dir.path, 'one.html');
    const short = cli(
      ['export', 'archive', '--vault', vault, '--out', one, '--supervisee', people[0]![0]!, '--hand-over'],
      {
        ALLIANCE_ARCHIVE_PASSPHRASE: 'short',
      },
    );
    expect(short.code).toBe(EXIT.usage);
    expect(short.err).toMatch(/at least 12 characters/);
    const handed = cli(
      ['export', 'archive', '--vault', vault, '--out', one, '--supervisee', people[0]![0]!, '--hand-over'],
      { ALLIANCE_ARCHIVE_PASSPHRASE: 'otter-saffron-beacon-12' },
    );
    expect(handed.code).toBe(EXIT.ok);
    expect(JSON.parse(/id="archive-head">(.*?)<\/script>/s.exec(readFileSync(one, 'utf8'))![1]!).slots).toHaveLength(1);
    expect(cli(['export', 'archive', '--vault', vault]).code).toBe(EXIT.usage);
  });

  it('exports the hour log as CSV from the command line', () => {
    cli(['demo', '--vault', vault]);
    const out = join(dir.path, 'hours.csv');
    const base = [
      'export',
      'hours',
      '--vault',
      vault,
      '--supervisee',
      'all',
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--out',
      out,
    ];
    expect(cli([...base, '--format', 'pdf']).code).toBe(EXIT.usage); // a PDF is per supervisee
    const someone = JSON.parse(cli(['export', 'json', '--vault', vault]).out).entities.supervisees[0].id;
    const pdf = join(dir.path, 'log.pdf');
    expect(
      cli([
        'export',
        'hours',
        '--vault',
        vault,
        '--supervisee',
        someone,
        '--from',
        '2026-01-01',
        '--to',
        '2026-06-30',
        '--format',
        'pdf',
        '--out',
        pdf,
      ]).code,
    ).toBe(EXIT.ok);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      cli([...base.slice(0, 7), '--from', '2026-13-01', '--to', '2026-12-31', '--out', out, '--format', 'csv']).code,
    ).toBe(EXIT.usage);
    expect(cli([...base, '--format', 'csv']).code).toBe(EXIT.ok);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      [
        'supervisee',
        'registration_number',
        'entry',
        'date',
        'week_start',
        'start_time',
        'duration_minutes',
        'attendance',
        'supervision_hours',
        'format',
        'group_size',
        'modality',
        'observation',
        'site',
        'cases_discussed',
        'topics',
        'direct_hours',
        'direct_individual_hours',
        'direct_group_hours',
        'direct_family_hours',
        'direct_couples_hours',
        'direct_assessment_hours',
        'direct_intake_hours',
        'direct_crisis_hours',
        'direct_career_hours',
        'direct_other_hours',
        'indirect_hours',
        'signed',
        'signature_sha256',
      ].join(','),
    );
    const exported = JSON.parse(cli(['export', 'json', '--vault', vault]).out);
    const inYear = exported.entities.sessions.filter(
      (s: { date: string }) => s.date >= '2026-01-01' && s.date <= '2026-12-31',
    );
    expect(lines).toHaveLength(inYear.length + 1);
    expect(cli([...base, '--format', 'csv', '--layout', 'weekly']).code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^supervisee,registration_number,week_start,week_end/);
  });

  it('still imports a version 1 file (supervisees and settings only)', () => {
    cli(['init', '--vault', vault]);
    const file = join(dir.path, 'v1.json');
    const person = {
      id: '1b6b90dc-add2-430d-9827-1c304c1d23e1',
      fullName: 'Vesper Oakhurst',
      discipline: 'other',
      licenceTrack: '',
      registrationNumber: '',
      program: '',
      site: '',
      supervisionStart: '2025-01-01',
      supervisionEnd: null,
      status: 'active',
      rulePack: null,
      archivedAt: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    writeFileSync(
      file,
      JSON.stringify({
        format: 'alliance-export',
        version: 1,
        exportedAt: '2025-06-01T00:00:00.000Z',
        entities: { supervisees: [person], settings: { theme: 'dark' } },
      }),
    );
    expect(cli(['import', 'json', '--vault', vault, '--in', file]).code).toBe(EXIT.ok);
    const back = JSON.parse(cli(['export', 'json', '--vault', vault]).out);
    expect(back.entities.supervisees).toEqual([person]);
    expect(back.entities.settings.theme).toBe('dark');
  });

  it('refuses sessions that point at nobody, naming where', () => {
    cli(['init', '--vault', vault]);
    const file = join(dir.path, 'orphan.json');
    const ts = '2026-01-05T10:00:00.000Z';
    const s = sessionRecord({
      id: '2b6b90dc-add2-430d-9827-1c304c1d23e1',
      superviseeId: '3b6b90dc-add2-430d-9827-1c304c1d23e1',
      date: '2026-01-05',
    });
    writeFileSync(
      file,
      JSON.stringify({
        format: 'alliance-export',
        version: 2,
        exportedAt: ts,
        entities: { supervisees: [], sessions: [s], clientHours: [] },
      }),
    );
    const r = cli(['import', 'json', '--vault', vault, '--in', file]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/entities\.sessions\[0\]\.superviseeId: No supervisee with this id/);
  });

  it('validates the whole import first and writes nothing when any record is bad', () => {
    cli(['demo', '--vault', vault]);
    const file = join(dir.path, 'export.json');
    cli(['export', 'json', '--vault', vault, '--out', file]);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.entities.supervisees[1].status = 'retired';
    doc.entities.supervisees[3].supervisionStart = '2026-13-01';
    writeFileSync(file, JSON.stringify(doc));
    const target = join(dir.path, 'target');
    cli(['init', '--vault', target]);
    const r = cli(['import', 'json', '--vault', target, '--in', file]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/entities\.supervisees\[1\]\.status: /);
    expect(r.err).toMatch(/entities\.supervisees\[3\]\.supervisionStart: /);
    expect(r.err).toMatch(/2 problems; nothing was imported/);
    expect(JSON.parse(cli(['export', 'json', '--vault', target]).out).entities.supervisees).toEqual([]);
    writeFileSync(file, JSON.stringify({ ...doc, version: 9 }));
    expect(cli(['import', 'json', '--vault', target, '--in', file]).err).toMatch(/version 9.*Update Alliance/);
  });
});

describe('finding a supervisee from the command line', SLOW, () => {
  it('lists supervisees; takes a registration number or a name for an id; all time by default', () => {
    expect(cli(['demo', '--vault', vault]).code).toBe(EXIT.ok);
    const list = cli(['list', 'supervisees', '--vault', vault]);
    expect(list.code).toBe(EXIT.ok);
    const rows = list.out
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) expect(r[0]).toMatch(/^[0-9a-f-]{36}$/);
    const [id, name, registration] = rows.find((r) => r[2] !== '-')!;
    const out = (n: string) => join(dir.path, `${n}.csv`);
    // No --from or --to: all time. The same rows whichever way the supervisee is named.
    const byId = cli(['export', 'hours', '--vault', vault, '--supervisee', id!, '--format', 'csv', '--out', out('id')]);
    expect(byId.code, byId.err).toBe(EXIT.ok);
    const refs: [string, string][] = [
      ['reg', registration!],
      ['name', name!.toUpperCase()],
      ['part', name!.split(' ')[1]!],
    ];
    for (const [n, ref] of refs) {
      const r = cli(['export', 'hours', '--vault', vault, '--supervisee', ref, '--format', 'csv', '--out', out(n)]);
      expect(r.code, `${n}: ${r.err}`).toBe(EXIT.ok);
      expect(readFileSync(out(n), 'utf8')).toBe(readFileSync(out('id'), 'utf8'));
    }
    const ambiguous = cli([
      'export',
      'hours',
      '--vault',
      vault,
      '--supervisee',
      'e',
      '--format',
      'csv',
      '--out',
      out('x'),
    ]);
    expect(ambiguous.code).toBe(EXIT.usage);
    expect(ambiguous.err).toMatch(/matches \d+ supervisees/);
    const nobody = cli([
      'export',
      'hours',
      '--vault',
      vault,
      '--supervisee',
      'Nobody Atall',
      '--format',
      'csv',
      '--out',
      out('y'),
    ]);
    expect(nobody.code).toBe(EXIT.notFound);
  });
});
