// Bringing in past hours from a spreadsheet: hand-made CSV and Excel files with a few bad rows, the
// preview naming each by row and column, nothing written until they are fixed or left out, totals
// equal to the file's own sums, and Alliance's own CSV exports coming back to identical totals.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryMappingInput, HistoryPreview } from '../../src-main/contract/history';
import type { HoursSummary } from '../../src-main/contract/hours';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { sessionsCsv, weeklyCsv } from '../../src-main/core/hours/hours-csv';
import { dayText } from '../../src-main/contract/dates';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let chosen = '';
const cores: AppCore[] = [];

async function vault(): Promise<{ core: AppCore; sup: Supervisee }> {
  const core = createAppCore({
    vaultDir: join(dir.path, `vault-${cores.length}`),
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    files: { chooseSavePath: async () => null, chooseFolder: async () => null, chooseFile: async () => chosen },
  });
  cores.push(core);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  const sup = unwrap(
    await core.registry.invoke(
      'supervisees.create',
      { fullName: 'Sample Ledger', discipline: 'mft_associate', supervisionStart: '2025-09-01' },
      t,
    ),
  ) as Supervisee;
  return { core, sup };
}
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const c of cores.splice(0)) c.vault.lock();
  dir.cleanup();
});

const call = async <T>(core: AppCore, ch: string, p: unknown) => unwrap(await core.registry.invoke(ch, p, t)) as T;
const allHours = (core: AppCore, sup: Supervisee) =>
  call<HoursSummary>(core, 'hours.summary', { superviseeId: sup.id, period: { range: 'all' } });
const file = (name: string, body: string | Buffer) => {
  chosen = join(dir.path, name);
  writeFileSync(chosen, body);
};

const MAPPING: HistoryMappingInput = {
  date: 'Date',
  minutes: 'Minutes',
  format: 'Type',
  hours: [
    { column: 'Client hours', kind: 'direct', activity: 'individual' },
    { column: 'Notes hours', kind: 'indirect' },
  ],
};

describe('history import', () => {
  it('previews a hand-made CSV row by row, writes nothing while rows are refused, then the rest', async () => {
    const { core, sup } = await vault();
    file(
      'old-tracker.csv',
      [
        'Date,Minutes,Type,Client hours,Notes hours',
        '2026-10-05,60,Individual,6,1.5',
        '10/27/2026,90,group,4,',
        '2026-10-12,45,triadic,3.5,1',
        '2026-13-01,60,individual,2,',
        '2026-10-19,abc,individual,2,',
        '2026-10-20,,,"5,5",2',
        '2026-10-21,60,lecture,1,',
      ].join('\r\n'),
    );
    const table = await call<{ token: string; columns: string[]; rowCount: number; suggested: unknown }>(
      core,
      'history.chooseFile',
      {},
    );
    expect(table).toMatchObject({ columns: ['Date', 'Minutes', 'Type', 'Client hours', 'Notes hours'], rowCount: 7 });
    expect(table.suggested).toBeNull();
    const request = { token: table.token, superviseeId: sup.id, mapping: MAPPING };
    const preview = await call<HistoryPreview>(core, 'history.preview', request);
    expect(preview.rows.filter((r) => !r.ok).map((r) => [r.row, r.problems.map((p) => [p.column, p.message])])).toEqual(
      [
        [5, [['Date', '“2026-13-01” is not a day of the calendar.']]],
        [6, [['Minutes', '“abc” is not a number.']]],
        [8, [['Type', '“lecture” is not a format; use one of: Individual, Triadic, Group.']]],
      ],
    );
    expect(preview.rows.find((r) => r.row === 3)!.saves).toBe(
      'Session 2026-10-27, 90 min group of 3 (size not in the file), 4 direct hours',
    );
    expect(preview.rows.find((r) => r.row === 7)!.saves).toBe(
      'Hours for the week of 2026-10-19 to 2026-10-25: 5.5 direct and 2 indirect hours',
    );
    // The accepted rows' own sums, by hand: 60 + 90 + 45 minutes; 6 + 4 + 3.5 + 5.5 direct; 1.5 + 1 + 2.
    expect(preview).toMatchObject({
      accepted: 4,
      refused: 3,
      totals: { sessions: 3, supervisionHours: 3.25, directHours: 19, indirectHours: 4.5 },
    });

    const refused = await core.registry.invoke('history.import', request, t);
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('3 rows are refused') } });
    expect((await allHours(core, sup)).sessions).toBe(0);

    expect(await call(core, 'history.import', { ...request, leaveOutRefused: true })).toEqual(preview.totals);
    const after = await allHours(core, sup);
    expect([after.sessions, after.supervisionHours, after.directHours, after.indirectHours]).toEqual([
      3, 3.25, 19, 4.5,
    ]);
    // The file is dropped once imported: a second import cannot add it twice.
    expect(await core.registry.invoke('history.import', { ...request, leaveOutRefused: true }, t)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reads an Excel workbook: date cells, day numbers and text dates; a bad row named by column', async () => {
    const { core, sup } = await vault();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hours');
    sheet.addRow(['Date', 'Minutes', 'Type', 'Client hours', 'Notes hours']);
    sheet.addRow([new Date(Date.UTC(2026, 9, 5)), 60, 'individual', 5, 1]);
    sheet.addRow([46303, 50, 'Triadic', 2.5, null]); // Excel's day number for 2026-10-08
    sheet.addRow(['2026-10-14', 60, 'individual', -2, null]);
    sheet.addRow(['2026-10-15', 120, 'group', 3, 0.5]);
    file('hours.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const table = await call<{ token: string; rowCount: number }>(core, 'history.chooseFile', {});
    expect(table.rowCount).toBe(4);
    const request = { token: table.token, superviseeId: sup.id, mapping: MAPPING };
    const preview = await call<HistoryPreview>(core, 'history.preview', request);
    expect(preview.rows.map((r) => [r.row, r.ok, r.problems.map((p) => p.column)])).toEqual([
      [2, true, []],
      [3, true, []],
      [4, false, ['Client hours']],
      [5, true, []],
    ]);
    expect(preview.rows[1]!.saves).toContain('Session 2026-10-08, 50 min triadic');
    await call(core, 'history.import', { ...request, leaveOutRefused: true });
    const after = await allHours(core, sup);
    // 60 + 50 + 120 minutes; 5 + 2.5 + 3 direct; 1 + 0.5 indirect.
    expect([after.sessions, after.supervisionHours, after.directHours, after.indirectHours]).toEqual([
      3, 3.83, 10.5, 1.5,
    ]);
  });

  it('asks which way round an ambiguous date is, and refuses days after today and in signed periods', async () => {
    const { core, sup } = await vault();
    await call(core, 'periods.sign', {
      superviseeId: sup.id,
      from: '2026-10-01',
      to: '2026-10-31',
      supervisorName: 'Sample Supervisor',
      supervisorLicence: 'L-1',
      signedOn: '2026-11-02',
    });
    file('dates.csv', 'Date,Minutes\n03/04/2026,60\n2026-10-06,60\n2099-01-05,60\n');
    const table = await call<{ token: string }>(core, 'history.chooseFile', {});
    const preview = await call<HistoryPreview>(core, 'history.preview', {
      token: table.token,
      superviseeId: sup.id,
      mapping: { date: 'Date', minutes: 'Minutes' },
    });
    expect(preview.rows.map((r) => r.problems[0]?.message)).toEqual([
      '“03/04/2026” could be either day or month first: choose the date format.',
      'That falls in the signed period 2026-10-01 to 2026-10-31. Reopen it first (a reason is recorded).',
      'This day has not happened yet.',
    ]);
    const dmy = await call<HistoryPreview>(core, 'history.preview', {
      token: table.token,
      superviseeId: sup.id,
      mapping: { date: 'Date', dateFormat: 'dmy', minutes: 'Minutes' },
    });
    expect(dmy.rows[0]).toMatchObject({ ok: true, saves: 'Session 2026-04-03, 60 min individual' });
    // A day the calendar lacks, quoted back from a file, is shown as written rather than rolled on.
    expect(dayText('2026-02-30')).toBe('2026-02-30');
  });

  it('brings Alliance’s own sessions and weekly CSVs back to identical totals', async () => {
    const a = await vault();
    const log = (date: string, minutes: number, format: string, extra: Record<string, unknown> = {}) =>
      call(a.core, 'sessions.create', {
        superviseeId: a.sup.id,
        date,
        durationMinutes: minutes,
        format,
        groupSize: format === 'group' ? 5 : null,
        modality: 'video',
        ...extra,
      });
    await log('2026-09-07', 60, 'individual', { hours: [{ kind: 'direct', activity: 'family', hours: 6.5 }] });
    await log('2026-09-09', 90, 'group', { hours: [{ kind: 'indirect', hours: 2 }] });
    await log('2026-09-15', 45, 'triadic', { attendance: 'partial' });
    await log('2026-09-16', 60, 'individual', { attendance: 'no_show' });
    await call(a.core, 'hours.logWeek', {
      superviseeId: a.sup.id,
      weekStart: '2026-09-14',
      entries: [
        { kind: 'direct', activity: 'crisis', hours: 3 },
        { kind: 'indirect', hours: 1.25 },
      ],
    });
    const want = await allHours(a.core, a.sup);
    const csv = (write: typeof sessionsCsv) => {
      let text = '';
      write(a.core.vault.db(), [a.sup], '2026-01-01', '2026-12-31', (c) => (text += c.toString()));
      return text;
    };
    for (const [name, text] of [
      ['sessions.csv', csv(sessionsCsv)],
      ['weekly.csv', csv(weeklyCsv)],
    ] as const) {
      const b = await vault();
      file(name, text);
      const table = await call<{ token: string; suggested: { name: string; mapping: unknown } | null }>(
        b.core,
        'history.chooseFile',
        {},
      );
      expect(table.suggested?.name, name).toBe(
        name === 'sessions.csv' ? 'Alliance sessions CSV' : 'Alliance weekly CSV',
      );
      const request = { token: table.token, superviseeId: b.sup.id, mapping: table.suggested!.mapping };
      expect((await call<HistoryPreview>(b.core, 'history.preview', request)).refused, name).toBe(0);
      await call(b.core, 'history.import', request);
      const got = await allHours(b.core, b.sup);
      expect([got.supervisionHours, got.directHours, got.indirectHours, got.byActivity], name).toEqual([
        want.supervisionHours,
        want.directHours,
        want.indirectHours,
        want.byActivity,
      ]);
      expect(got.byFormat.group, name).toBe(want.byFormat.group);
    }
  });

  it('drops the file it holds when the vault is locked', async () => {
    const { core, sup } = await vault();
    file('held.csv', 'Date,Minutes\n2026-10-05,60\n');
    const table = await call<{ token: string }>(core, 'history.chooseFile', {});
    const request = { token: table.token, superviseeId: sup.id, mapping: { date: 'Date', minutes: 'Minutes' } };
    expect((await call<HistoryPreview>(core, 'history.preview', request)).accepted).toBe(1);
    core.vault.lock();
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    expect(await core.registry.invoke('history.preview', request, t)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Choose the file again: it is no longer open.' },
    });
  });

  it('saves a mapping by name and gives it back', async () => {
    const { core } = await vault();
    await call(core, 'history.saveMapping', { name: 'Old tracker', mapping: MAPPING });
    await call(core, 'history.saveMapping', { name: 'Old tracker', mapping: { ...MAPPING, dateFormat: 'dmy' } });
    const saved = await call<{ name: string; mapping: { dateFormat: string } }[]>(core, 'history.mappings', {});
    expect(saved.map((s) => [s.name, s.mapping.dateFormat])).toEqual([['Old tracker', 'dmy']]);
  });
});
