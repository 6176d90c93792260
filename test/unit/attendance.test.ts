// Attendance: held, partly held, cancelled with notice, cancelled late, no-show. Only held time
// counts, in the totals, the weekly CSV, the sessions CSV, the PDF log and the agreed frequency.
// The week of 2026-03-02, worked by hand: held 60 min individual with 4 direct hours, partly held
// 30 of a planned 60 min, and three sessions that did not take place (60, 90 and 45 min).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { HoursSummary } from '../../src-main/contract/hours';
import type { Session } from '../../src-main/contract/sessions';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { WeekOverview } from '../../src-main/contract/week';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import type { ExportDocument } from '../../src-main/core/data-transfer/json-format';
import { sessionsCsv, weeklyCsv } from '../../src-main/core/hours/hours-csv';
import { weeklyLogPdf } from '../../src-main/core/hours/hours-pdf';
import { rebuildHoursByDay } from '../../src-main/core/hours/hours-by-day-sql';
import { loggedBetween } from '../../src-main/core/sessions/logged-between';
import { sql } from 'drizzle-orm';
import { importProblems } from '../helpers/import-problems';
import { pdfPages } from '../helpers/pdf-text';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let sup: Supervisee;

beforeEach(async () => {
  v = await openRegistryVault();
  sup = await v.call<Supervisee>('supervisees.create', {
    fullName: 'Sample Attendee',
    discipline: 'mft_associate',
    supervisionStart: '2026-01-05',
  });
});
afterEach(() => v.close());

const log = (date: string, minutes: number, attendance: Session['attendance'], direct = 0) =>
  v.call<Session>('sessions.create', {
    superviseeId: sup.id,
    date,
    durationMinutes: minutes,
    format: 'individual',
    modality: 'video',
    attendance,
    hours: direct ? [{ kind: 'direct', activity: 'individual', hours: direct }] : [],
  });
const week = () =>
  v.call<HoursSummary>('hours.summary', {
    superviseeId: sup.id,
    period: { range: 'custom', from: '2026-03-02', to: '2026-03-08' },
  });
async function theWeek() {
  await log('2026-03-02', 60, 'held', 4);
  await log('2026-03-03', 30, 'partial');
  await log('2026-03-04', 60, 'cancelled_notice');
  await log('2026-03-05', 90, 'cancelled_late');
  await log('2026-03-06', 45, 'no_show');
}
const csvRows = (write: (w: (c: string | Buffer) => void) => void) => {
  let text = '';
  write((c) => (text += c.toString()));
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
};

describe('attendance', () => {
  it('counts only held time in the totals: 60 + 30 minutes, 2 sessions, 4 direct hours', async () => {
    await theWeek();
    const w = await week();
    expect([w.sessions, w.supervisionHours, w.directHours]).toEqual([2, 1.5, 4]);
    expect(w.weeks).toEqual([expect.objectContaining({ sessions: 2, supervisionHours: 1.5 })]);
  });

  it('keeps the running totals equal to a rebuild as attendance changes back and forth', async () => {
    await theWeek();
    const held = await log('2026-03-07', 60, 'held', 2);
    const patch = { ...held, hours: [] as Session['hours'] };
    const { id, superviseeId: _s, createdAt: _c, updatedAt: _u, ...fields } = patch;
    await v.call('sessions.update', { id, patch: { ...fields, attendance: 'no_show' } });
    expect((await week()).supervisionHours).toBe(1.5);
    await v.call('sessions.update', { id, patch: { ...fields, attendance: 'held', hours: held.hours } });
    expect((await week()).supervisionHours).toBe(2.5);
    const db = v.core.vault.db();
    const kept = db.all(sql`select * from hours_by_day order by supervisee_id, day`);
    rebuildHoursByDay(db, () => sql`true`);
    expect(db.all(sql`select * from hours_by_day order by supervisee_id, day`)).toEqual(kept);
  });

  it('refuses client hours on a session that did not take place, beside its attendance', async () => {
    const r = await v.invoke('sessions.create', {
      superviseeId: sup.id,
      date: '2026-03-04',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      attendance: 'cancelled_late',
      hours: [{ kind: 'direct', activity: 'individual', hours: 2 }],
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: ['hours'],
            message: 'A session that did not take place has no client hours; log them for their week instead.',
          },
        ],
      },
    });
  });

  it('counts no hours for cancelled and missed sessions in the weekly CSV, the sessions CSV and the PDF', async () => {
    await theWeek();
    const db = v.core.vault.db();
    const weekly = csvRows((w) => weeklyCsv(db, [sup], '2026-03-01', '2026-03-31', w));
    expect(weekly.map((r) => [r.week_start, r.sessions, r.supervision_hours, r.direct_hours])).toEqual([
      ['2026-03-02', '2', '1.5', '4'],
    ]);
    const sessions = csvRows((w) => sessionsCsv(db, [sup], '2026-03-01', '2026-03-31', w));
    expect(sessions.map((r) => [r.date, r.attendance, r.duration_minutes, r.supervision_hours])).toEqual([
      ['2026-03-02', 'held', '60', '1'],
      ['2026-03-03', 'partial', '30', '0.5'],
      ['2026-03-04', 'cancelled_notice', '60', '0'],
      ['2026-03-05', 'cancelled_late', '90', '0'],
      ['2026-03-06', 'no_show', '45', '0'],
    ]);
    const text = (await pdfPages(await weeklyLogPdf(db, sup, '2026-03-01', '2026-03-31'))).join('\n');
    // The week's row and the total: 2 sessions, 1.50 hours of individual supervision, 4.00 direct.
    expect(text).toMatch(/Total\s+2\s+1\.50\s+0\.00\s+1\.50\s+4\.00\s+0\.00/);
  });

  it('keeps the agreed frequency by held sessions only', async () => {
    await v.call('agreement.save', {
      superviseeId: sup.id,
      frequency: 'weekly',
      format: 'individual, video',
      feedback: 'Each session',
      evaluationDates: [],
      endsOn: '2026-12-31',
      endingSteps: [],
      endingPlan: '',
      agreedOn: '2026-01-10',
    });
    await log('2026-03-02', 60, 'held');
    await log('2026-03-09', 60, 'no_show');
    const w = await v.call<WeekOverview>('week.overview', { today: '2026-03-11' });
    // Last held on 2 March: due 9 March, overdue now; the no-show did not keep the rhythm.
    expect(w.sessionsDue).toEqual([expect.objectContaining({ lastSession: '2026-03-02', dueOn: '2026-03-09' })]);
  });

  it('signs what was recorded: a held session hashes as before, any other attendance is in the hash', async () => {
    await log('2026-03-02', 60, 'held');
    await log('2026-03-03', 60, 'cancelled_late');
    const logged = loggedBetween(v.core.vault.db(), sup.id, '2026-03-02', '2026-03-08');
    expect(logged.sessions.map((s) => ('attendance' in s ? s.attendance : '(none)'))).toEqual([
      '(none)',
      'cancelled_late',
    ]);
  });

  it('imports attendance, and refuses hours filed on a session that did not take place', async () => {
    await log('2026-03-02', 60, 'held', 3);
    await log('2026-03-05', 90, 'cancelled_late');
    const doc = JSON.parse(JSON.stringify(exportVault(v.core.vault.db()))) as ExportDocument;
    const into = await openRegistryVault();
    try {
      expect(importProblems(into.core.vault.db(), doc)).toEqual([]);
      const w = await into.call<HoursSummary>('hours.summary', {
        superviseeId: sup.id,
        period: { range: 'custom', from: '2026-03-02', to: '2026-03-08' },
      });
      expect([w.sessions, w.supervisionHours, w.directHours]).toEqual([1, 1, 3]);
    } finally {
      into.close();
    }
    const records = doc.entities as unknown as {
      sessions: { id: string; attendance: string }[];
      clientHours: { sessionId: string | null }[];
    };
    const cancelled = records.sessions.find((s) => s.attendance === 'cancelled_late')!;
    records.clientHours[0]!.sessionId = cancelled.id;
    const fresh = await openRegistryVault();
    try {
      expect(importProblems(fresh.core.vault.db(), doc).map((p) => [p.location, p.message])).toContainEqual([
        'entities.clientHours[0].sessionId',
        'A session that did not take place has no client hours; log them for their week instead.',
      ]);
    } finally {
      fresh.close();
    }
  });
});
