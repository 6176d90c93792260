import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HoursSummary } from '../../src-main/contract/hours';
import type { Session } from '../../src-main/contract/sessions';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { Result } from '../../src-main/contract/errors';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { addDays, localToday, rangeFor, weekStart } from '../../src-main/contract/dates';
import { DIRECT_ACTIVITIES } from '../../src-main/contract/enums';
import { SESSION_CSV_FIELDS } from '../../src-main/core/hours/hours-csv';
import { coreWithSupervisee, type CoreWithSupervisee } from '../helpers/core-with-supervisee';
import { MIGRATIONS, PASSPHRASE, tempDir, TEST_KDF, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: CoreWithSupervisee['dir'];
let core: AppCore;
let sup: Supervisee;
let saved: CoreWithSupervisee['saved'];
let close: () => void;

beforeEach(async () => {
  ({ core, sup, saved, dir, close } = await coreWithSupervisee({
    fullName: 'Ione Pebblebrook',
    discipline: 'mft_associate',
    registrationNumber: 'AMFT-0001',
    supervisionStart: '2025-09-01',
  }));
});
afterEach(() => close());

const call = async <T>(ch: string, payload: unknown) => unwrap(await core.registry.invoke(ch, payload, t)) as T;
const log = (p: object) => call<Session>('sessions.create', { superviseeId: sup.id, modality: 'in_person', ...p });

describe('dates', () => {
  it('finds Monday-start weeks and calendar ranges', () => {
    expect(weekStart('2026-03-04')).toBe('2026-03-02'); // Wednesday
    expect(weekStart('2026-03-02')).toBe('2026-03-02'); // Monday
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // Sunday
    expect(rangeFor({ range: 'week' }, '2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(rangeFor({ range: 'month' }, '2026-02-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(rangeFor({ range: 'year' }, '2026-02-10')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(rangeFor({ range: 'all' }, '2026-02-10')).toEqual({ from: null, to: null });
  });
});

describe('sessions', () => {
  it('refuses bad values with every problem on its own path, array indexes kept', async () => {
    const bad = async (p: object) => {
      const r = (await core.registry.invoke(
        'sessions.create',
        {
          superviseeId: sup.id,
          date: '2026-01-05',
          durationMinutes: 60,
          format: 'individual',
          modality: 'video',
          ...p,
        },
        t,
      )) as Result<unknown>;
      if (r.ok) throw new Error('expected a refusal');
      expect(r.error.code).toBe('validation');
      return r.error.issues ?? [];
    };
    expect(await bad({ durationMinutes: -30 })).toEqual([
      { path: ['durationMinutes'], message: expect.stringMatching(/^At least 1 minute/) },
    ]);
    expect((await bad({ durationMinutes: 24 * 60 }))[0]).toMatchObject({ path: ['durationMinutes'] });
    expect((await bad({ format: 'group', groupSize: 2 }))[0]).toEqual({
      path: ['groupSize'],
      message: expect.stringMatching(/^A group has at least 3/),
    });
    expect((await bad({ format: 'triadic', groupSize: 3 }))[0]?.message).toMatch(/^Only group sessions/);
    expect(await bad({ date: addDays(localToday(), 2) })).toEqual([
      { path: ['date'], message: "A session can't be logged for a day that hasn't happened yet." },
    ]);
    expect((await bad({ startTime: '25:00' }))[0]).toEqual({ path: ['startTime'], message: 'Use a time like 14:30.' });
    // Three problems at once: all of them come back, each with its own path.
    const many = await bad({
      durationMinutes: Number.NaN,
      hours: [
        { kind: 'direct', activity: 'individual', hours: 2 },
        { kind: 'direct', hours: 2 },
        { kind: 'indirect', activity: null, hours: -1 },
      ],
    });
    expect(many.map((i) => i.path)).toEqual([['durationMinutes'], ['hours', 1, 'activity'], ['hours', 2, 'hours']]);
    expect(many[0]!.message).toBe('Enter the length in minutes, like 60.');
    for (const i of many) expect(i.message).not.toMatch(/Invalid input|expected|NaN/);
    expect(await call<Session[]>('sessions.list', { superviseeId: sup.id })).toEqual([]);
  });

  it('logs, lists newest first, offers the last session as defaults, edits, deletes and undoes', async () => {
    const a = await log({
      date: '2026-01-05',
      durationMinutes: 60,
      format: 'individual',
      observation: 'video',
      site: 'Cedar Hollow',
      hours: [{ kind: 'direct', activity: 'individual', hours: 8 }],
    });
    const b = await log({ date: '2026-01-12', durationMinutes: 120, format: 'group', groupSize: 5, modality: 'video' });
    expect((await call<Session[]>('sessions.list', { superviseeId: sup.id })).map((s) => s.id)).toEqual([b.id, a.id]);
    expect((await call<Session>('sessions.last', { superviseeId: sup.id })).id).toBe(b.id);
    expect(a.hours).toEqual([{ kind: 'direct', activity: 'individual', hours: 8 }]);
    const edited = await call<Session>('sessions.update', {
      id: a.id,
      patch: {
        date: '2026-01-05',
        durationMinutes: 90,
        format: 'triadic',
        modality: 'in_person',
        hours: [{ kind: 'indirect', hours: 1.5 }],
      },
    });
    expect(edited).toMatchObject({
      durationMinutes: 90,
      format: 'triadic',
      hours: [{ kind: 'indirect', activity: null, hours: 1.5 }],
    });
    await call('sessions.delete', { id: b.id });
    expect((await call<Session[]>('sessions.list', { superviseeId: sup.id })).map((s) => s.id)).toEqual([a.id]);
    expect(await core.registry.invoke('sessions.delete', { id: b.id }, t)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await call('sessions.restore', { id: b.id });
    expect(await call<Session[]>('sessions.list', { superviseeId: sup.id })).toHaveLength(2);
  });
});

describe('hours summary', () => {
  // Hand-worked week of 2026-01-05 (Mon) to 2026-01-11 (Sun):
  //   Mon 60 min individual in person, live observation, 6 h individual + 2 h family direct
  //   Wed 90 min group (4 people) by video, 3 h indirect
  //   Fri 30 min triadic by phone; plus a weekly entry of 2 h direct intake and 1 h indirect
  // Supervision 3.0 h (ind/tri 1.5, group 1.5); direct 10 h; indirect 4 h.
  // Next week: Mon 2026-01-12, 45 min individual by video, no client hours. A deleted session
  // with 5 direct hours in the first week must count for nothing.
  async function handWorked() {
    await log({
      date: '2026-01-05',
      durationMinutes: 60,
      format: 'individual',
      observation: 'live',
      hours: [
        { kind: 'direct', activity: 'individual', hours: 6 },
        { kind: 'direct', activity: 'family', hours: 2 },
      ],
    });
    await log({
      date: '2026-01-07',
      durationMinutes: 90,
      format: 'group',
      groupSize: 4,
      modality: 'video',
      hours: [{ kind: 'indirect', hours: 3 }],
    });
    await log({ date: '2026-01-09', durationMinutes: 30, format: 'triadic', modality: 'phone' });
    await call('hours.logWeek', {
      superviseeId: sup.id,
      weekStart: '2026-01-08',
      entries: [
        { kind: 'direct', activity: 'intake', hours: 2 },
        { kind: 'indirect', hours: 1 },
      ],
    });
    await log({ date: '2026-01-12', durationMinutes: 45, format: 'individual', modality: 'video' });
    const gone = await log({
      date: '2026-01-06',
      durationMinutes: 60,
      format: 'individual',
      hours: [{ kind: 'direct', activity: 'crisis', hours: 5 }],
    });
    await call('sessions.delete', { id: gone.id });
  }

  it('adds up a hand-worked week by format, modality, observation and activity', async () => {
    await handWorked();
    const s = await call<HoursSummary>('hours.summary', {
      superviseeId: sup.id,
      period: { range: 'custom', from: '2026-01-05', to: '2026-01-11' },
    });
    expect(s).toMatchObject({
      sessions: 3,
      supervisionHours: 3,
      byFormat: { individual: 1, triadic: 0.5, group: 1.5 },
      byModality: { in_person: 1, video: 1.5, phone: 0.5 },
      byObservation: { live: 1, none: 2, video: 0, audio: 0 },
      directHours: 10,
      indirectHours: 4,
      byActivity: { individual: 6, family: 2, intake: 2, crisis: 0 },
    });
    expect(s.weeks).toEqual([
      {
        weekStart: '2026-01-05',
        sessions: 3,
        supervisionHours: 3,
        individualTriadicHours: 1.5,
        groupHours: 1.5,
        directHours: 10,
        indirectHours: 4,
      },
    ]);
    const all = await call<HoursSummary>('hours.summary', { superviseeId: sup.id, period: { range: 'all' } });
    expect(all.weeks.map((w) => [w.weekStart, w.supervisionHours])).toEqual([
      ['2026-01-05', 3],
      ['2026-01-12', 0.75],
    ]);
    expect(all.supervisionHours).toBe(3.75);
  });

  it('exports sessions as CSV that parses back to the same totals, and a weekly CSV', async () => {
    await handWorked();
    const r = await call<{ path: string }>('hours.exportCsv', {
      superviseeId: sup.id,
      from: '2026-01-01',
      to: '2026-01-31',
      layout: 'sessions',
    });
    // Whose log, and the first and last days it holds (not the request's bounds).
    expect(r.path).toMatch(/alliance-hours-sessions-ione-pebblebrook-2026-01-05-to-2026-01-\d\d\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(saved[0]!.content, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(SESSION_CSV_FIELDS);
    // Four sessions and the week entry, which is its own row dated on the Sunday it is counted on.
    expect(parsed.data.map((r) => [r.entry, r.date, r.week_start])).toEqual([
      ['session', '2026-01-05', ''],
      ['session', '2026-01-07', ''],
      ['session', '2026-01-09', ''],
      ['week', '2026-01-11', '2026-01-05'],
      ['session', '2026-01-12', ''],
    ]);
    const sum = (k: string) => parsed.data.reduce((n, row) => n + Number(row[k]), 0);
    expect(sum('supervision_hours')).toBe(3.75);
    // The file's sums match the screen's all-time totals, week entry included.
    const screen = await call<HoursSummary>('hours.summary', { superviseeId: sup.id, period: { range: 'all' } });
    expect([sum('direct_hours'), sum('indirect_hours')]).toEqual([screen.directHours, screen.indirectHours]);
    expect([sum('direct_hours'), sum('indirect_hours')]).toEqual([10, 4]);
    expect(parsed.data[3]).toMatchObject({ direct_intake_hours: '2', duration_minutes: '', format: '' });
    // Split by activity as boards ask (6 individual and 2 family in the hand-worked log).
    expect([sum('direct_individual_hours'), sum('direct_family_hours'), sum('direct_group_hours')]).toEqual([6, 2, 0]);
    expect(parsed.data[0]).toMatchObject({
      supervisee: 'Ione Pebblebrook',
      registration_number: 'AMFT-0001',
      date: '2026-01-05',
      format: 'individual',
    });
    await call('hours.exportCsv', { superviseeId: 'all', from: '2026-01-01', to: '2026-01-31', layout: 'weekly' });
    const weekly = Papa.parse<Record<string, string>>(saved[1]!.content, { header: true, skipEmptyLines: true }).data;
    expect(weekly.map((w) => [w.week_start, w.week_end, w.direct_hours])).toEqual([
      ['2026-01-05', '2026-01-11', '10'],
      ['2026-01-12', '2026-01-18', '0'],
    ]);
    // Each week's direct hours split by activity add up to its direct hours.
    for (const w of weekly) {
      const split = DIRECT_ACTIVITIES.reduce((n, a) => n + Number(w[`direct_${a}_hours`]), 0);
      expect(split, w.week_start).toBeCloseTo(Number(w.direct_hours), 2);
    }
    expect(weekly[0]!.direct_individual_hours).toBe('6');
    // "All time" is named by the days the file holds, not by the request's 1900-01-01.
    const allTime = await call<{ path: string }>('hours.exportCsv', {
      superviseeId: sup.id,
      from: '1900-01-01',
      to: '2026-12-31',
      layout: 'weekly',
    });
    expect(allTime.path).not.toMatch(/1900/);
    expect(allTime.path).toMatch(/alliance-hours-weekly-ione-pebblebrook-2026-01-05-to-/);
  });

  it("exports every supervisee's sessions in one file, a supervisee at a time, with no blank lines", async () => {
    await handWorked();
    const other = await call<Supervisee>('supervisees.create', {
      fullName: 'Aster Vale',
      discipline: 'other',
      supervisionStart: '2025-09-01',
    });
    await call('sessions.create', {
      superviseeId: other.id,
      date: '2026-01-06',
      durationMinutes: 50,
      format: 'individual',
      modality: 'phone',
      hours: [{ kind: 'indirect', hours: 1.5 }],
    });
    await call('hours.exportCsv', { superviseeId: 'all', from: '2026-01-01', to: '2026-01-31', layout: 'sessions' });
    const text = saved[0]!.content;
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => l.length > 0)).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text, { header: true }).data.filter((r) => r.supervisee);
    expect(rows.map((r) => [r.supervisee, r.date])).toEqual([
      ['Aster Vale', '2026-01-06'],
      ...['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-11', '2026-01-12'].map((d) => ['Ione Pebblebrook', d]),
    ]);
    expect(rows[0]).toMatchObject({ indirect_hours: '1.5', direct_hours: '0', duration_minutes: '50' });
  });

  it('refuses plainly when the chosen folder cannot be written, leaving nothing behind', async () => {
    await handWorked();
    // Outside the vault's folder (writing inside it is refused before anything else; see vault-guard).
    const outside = tempDir();
    const nowhere = join(outside.path, 'no-such-folder', 'hours.csv');
    const other = createAppCore({
      vaultDir: dir.path,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      files: { chooseSavePath: async () => nowhere, chooseFolder: async () => null, chooseFile: async () => null },
    });
    core.vault.lock();
    unwrap(await other.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    const r = await other.registry.invoke(
      'hours.exportCsv',
      { superviseeId: 'all', from: '2026-01-01', to: '2026-01-31', layout: 'sessions' },
      t,
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'io',
        message: expect.stringMatching(/could not be written there \(ENOENT: that folder does not exist\)/),
      },
    });
    expect(existsSync(join(outside.path, 'no-such-folder'))).toBe(false);
    other.vault.lock();
    outside.cleanup();
  });

  it('neutralises spreadsheet formulas in exported text', async () => {
    await log({ date: '2026-01-05', durationMinutes: 60, format: 'individual', topics: '=HYPERLINK("http://x")' });
    await call('hours.exportCsv', { superviseeId: sup.id, from: '2026-01-01', to: '2026-01-31', layout: 'sessions' });
    const row = Papa.parse<Record<string, string>>(saved[0]!.content, { header: true, skipEmptyLines: true }).data[0]!;
    expect(row.topics).toBe(`'=HYPERLINK("http://x")`);
  });
});
