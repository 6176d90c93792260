// A reply says which tables the request wrote, the triggers' own writes included, and a channel that
// declares the tables it reads is made stale by every write that changes its answer (checked here
// by reading each declared channel before and after a supervisor's writes, not by trusting the list).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_READS, type ChannelName } from '../../src-main/contract';
import type { Result } from '../../src-main/contract/errors';
import { importJson } from '../../src-main/core/data-transfer/workflows';
import { FEATURE_ROW_SETS } from '../../src-main/core/features';
import { sessionRecord, STAMP, superviseeRecord } from '../helpers/records';
import { coreWithSupervisee, type CoreWithSupervisee } from '../helpers/core-with-supervisee';
import { SCHEMA_TABLES } from '../helpers/tables-read';
import { unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let v: CoreWithSupervisee;
beforeEach(async () => {
  v = await coreWithSupervisee({
    fullName: 'Wren Halloway',
    discipline: 'mft_associate',
    supervisionStart: '2025-09-01',
  });
});
afterEach(() => v.close());

const invoke = (ch: ChannelName, input: unknown) => v.core.registry.invoke(ch, input, t) as Promise<Result<unknown>>;
const touched = async (ch: ChannelName, input: unknown) => {
  const r = await invoke(ch, input);
  expect(r.ok, ch).toBe(true);
  return r.ok ? [...(r.touched ?? [])].sort() : [];
};

describe('tables a request touched', () => {
  it('lets channels name only the schema’s tables and the features’ row sets', () => {
    const names = new Set([...SCHEMA_TABLES, ...FEATURE_ROW_SETS.map((r) => r.name)]);
    for (const [channel, reads] of Object.entries(CHANNEL_READS))
      for (const table of reads ?? []) expect(names.has(table), `${channel} reads ${table}`).toBe(true);
    expect(Object.keys(CHANNEL_READS).length).toBeGreaterThan(30);
  });

  it('reports a bulk import once, as a write to every table, and keeps reporting after a refused one', async () => {
    const log = v.core.vault.touches()!;
    const file = (sessions: unknown[]) => ({
      format: 'alliance-export',
      version: 6,
      exportedAt: STAMP,
      entities: { supervisees: [superviseeRecord()], sessions },
    });
    const mark = log.mark();
    importJson(v.core.vault.db(), file([sessionRecord()]));
    const wrote = log.since(mark);
    for (const table of ['supervisees', 'supervision_sessions', 'case_notes', 'weekly_hours', 'timeline_events'])
      expect(wrote).toContain(table);
    // Put back on this connection only: never into the vault file, where another connection would
    // meet triggers that call a function it does not have.
    const sqlite = v.core.vault.openVault().sqlite;
    const named = (schema: string) =>
      sqlite.prepare(`select count(*) from ${schema} where type = 'trigger' and name like 'touched%'`).pluck().get();
    expect(named('sqlite_master')).toBe(0);
    expect(named('sqlite_temp_master')).toBeGreaterThan(80);
    // Refused (a session in the future): the rollback brings the reporting triggers back with it.
    expect(() => importJson(v.core.vault.db(), file([sessionRecord({ date: '2999-01-01' })]))).toThrow();
    const after = await touched('sessions.create', {
      superviseeId: v.sup.id,
      date: '2026-01-06',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      hours: [],
    });
    expect(after).toContain('supervision_sessions');
    expect(after).not.toContain('case_notes');
  });

  it('reports a write with what its triggers wrote, nothing for a read or a refusal', async () => {
    const session = { superviseeId: v.sup.id, date: '2026-01-06', durationMinutes: 60, format: 'individual' };
    const wrote = await touched('sessions.create', {
      ...session,
      modality: 'video',
      topics: 'Pacing exposure work',
      hours: [{ kind: 'direct', activity: 'individual', hours: 6 }],
    });
    for (const table of ['supervision_sessions', 'client_hours', 'hours_by_day', 'timeline_events', 'search_rows'])
      expect(wrote).toContain(table);
    expect(wrote).not.toContain('audit_events');
    expect(await touched('sessions.list', { superviseeId: v.sup.id, limit: 10 })).toEqual([]);
    const refused = await invoke('sessions.create', { ...session, date: '2999-01-01', modality: 'video' });
    expect(refused).toMatchObject({ ok: false });
    expect('touched' in refused).toBe(false);
  });

  it('reports an export as a write to the security log only, so the log on screen is refreshed', async () => {
    const wrote = await touched('hours.exportCsv', {
      superviseeId: v.sup.id,
      from: '2026-01-01',
      to: '2026-01-31',
      layout: 'weekly',
    });
    // And settings, where the path being written is kept until it is complete (pending-writes.ts).
    expect(wrote.filter((table) => table !== 'settings')).toEqual(['audit_events']);
    expect(CHANNEL_READS['audit.list']).toContain('audit_events');
  });

  it('reports the rows finer than a table only when such a row is written', async () => {
    const session = (date: string) => ({
      superviseeId: v.sup.id,
      date,
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      hours: [{ kind: 'direct', activity: 'individual', hours: 1 }],
    });
    // A session's own hours are not a week's hours, and nothing is signed yet.
    const first = await touched('sessions.create', session('2026-01-06'));
    expect(first).toContain('client_hours');
    expect(first).not.toContain('weekly_hours');
    expect(first).not.toContain('signed_period_content');
    const week = { superviseeId: v.sup.id, weekStart: '2025-12-29', entries: [{ kind: 'indirect', hours: 2 }] };
    expect(await touched('hours.logWeek', week)).toContain('weekly_hours');
    const sign = {
      superviseeId: v.sup.id,
      from: '2026-01-05',
      to: '2026-01-11',
      supervisorName: 'Sable Rookwood',
      supervisorLicence: 'LMFT 0000',
      signedOn: '2026-01-12',
    };
    const period = unwrap(await invoke('periods.sign', sign)) as { id: string };
    unwrap(await invoke('periods.reopen', { id: period.id, reason: 'A duration was wrong', reopenedBy: 'Dr. T' }));
    // Inside the reopened period, what the signature covered changes; outside it, it does not.
    expect(await touched('sessions.create', session('2026-01-07'))).toContain('signed_period_content');
    expect(await touched('sessions.create', session('2026-01-13'))).not.toContain('signed_period_content');
  });

  it('makes every declared read stale whenever a write changes its answer', async () => {
    const id = v.sup.id;
    // Ids of records made along the way, for the reads and writes that name them.
    const made: Record<string, string> = { note: 'none', review: 'none', period: 'none', action: 'none' };
    const reads: [ChannelName, () => unknown][] = [
      ['actions.open', () => ({ superviseeId: id })],
      ['agreement.versions', () => ({ superviseeId: id })],
      ['agreement.countersignatures', () => ({ superviseeId: id })],
      ['audit.list', () => ({ limit: 50 })],
      ['audit.verify', () => ({})],
      ['backup.status', () => ({})],
      ['checkins.list', () => ({ superviseeId: id })],
      ['constellation.list', () => ({ superviseeId: id })],
      ['drafts.get', () => ({ superviseeId: id, noteId: null })],
      ['drafts.reflectionGet', () => ({ superviseeId: id, setId: 'gibbs' })],
      ['exchange.status', () => ({ superviseeId: id })],
      ['exchange.reconcile', () => ({ superviseeId: id, from: '2026-01-01', to: '2026-01-31' })],
      ['exchange.received', () => ({ superviseeId: id })],
      ['exchange.waiting', () => ({})],
      ['feedback.list', () => ({ superviseeId: id })],
      ['frameworks.list', () => ({ includeRetired: true })],
      ['goals.list', () => ({ superviseeId: id })],
      ['growth.frameworks', () => ({ superviseeId: id })],
      ['growth.series', () => ({ superviseeId: id, family: 'apa-pwc' })],
      ['growth.compare', () => ({ superviseeId: id, family: 'apa-pwc' })],
      ['hours.summary', () => ({ superviseeId: id, period: { range: 'all' } })],
      ['hours.weekEntries', () => ({ superviseeId: id })],
      ['notes.case', () => ({ superviseeId: id, caseCode: 'C-7' })],
      ['notes.get', () => ({ id: made.note })],
      ['notes.list', () => ({ superviseeId: id, limit: 50 })],
      ['notes.openRisks', () => ({})],
      ['periods.list', () => ({ superviseeId: id })],
      ['reflections.list', () => ({ superviseeId: id })],
      ['reflections.prepared', () => ({ superviseeId: id })],
      ['reflections.fromSupervisor', () => ({ superviseeId: id })],
      ['reflections.sets', () => ({ includeRetired: true })],
      ['reflections.themes', () => ({ superviseeId: id })],
      ['reviews.evidenceOptions', () => ({ superviseeId: id, upTo: '2026-01-31' })],
      ['reviews.get', () => ({ id: made.review })],
      ['reviews.selfRating', () => ({ id: made.review })],
      ['reviews.list', () => ({ superviseeId: id })],
      ['rules.evaluate', () => ({ superviseeId: id })],
      ['history.mappings', () => ({})],
      ['supervisor.page', () => ({ today: '2026-01-09' })],
      ['rules.forecast', () => ({ superviseeId: id, directPerWeek: 10, today: '2026-01-09' })],
      ['rules.packs', () => ({})],
      ['retention.get', () => ({ superviseeId: id })],
      ['search.query', () => ({ text: 'sleep' })],
      ['sessions.last', () => ({ superviseeId: id })],
      ['sessions.list', () => ({ superviseeId: id })],
      ['settings.get', () => ({})],
      ['supervisees.get', () => ({ id })],
      ['supervisees.list', () => ({})],
      ['timeline.page', () => ({ superviseeId: id })],
      ['timeline.page', () => ({})],
      ['week.overview', () => ({ today: '2026-01-09' })],
    ];
    expect([...new Set(reads.map(([ch]) => ch))].sort()).toEqual(Object.keys(CHANNEL_READS).sort());
    const answers = async () =>
      Promise.all(reads.map(async ([ch, input]) => JSON.stringify(await invoke(ch, input()))));
    const session = unwrap(
      await invoke('sessions.create', {
        superviseeId: id,
        date: '2026-01-05',
        durationMinutes: 50,
        format: 'individual',
        modality: 'in_person',
        hours: [{ kind: 'direct', activity: 'individual', hours: 2 }],
      }),
    ) as { id: string };
    const pack = (version: string, min: number) => ({
      pack: {
        id: 'custom',
        name: 'Ours',
        version,
        source: 'Our program handbook',
        targets: [{ id: 't', label: 'Total', metric: 'total_hours', min }],
        rules: [],
      },
    });
    const sessionPatch = (durationMinutes: number) => ({
      id: session.id,
      patch: { date: '2026-01-05', durationMinutes, format: 'individual', modality: 'in_person' },
    });
    // A supervisor's month: each write, and the answers it must make stale. `keep` notes the ids of
    // what it made.
    const writes: [ChannelName, () => unknown, ((value: { id: string }) => void)?][] = [
      ['sessions.update', () => sessionPatch(75)],
      [
        'notes.create',
        () => ({
          superviseeId: id,
          date: '2026-01-05',
          caseCode: 'C-7',
          presentingConcern: 'Sleep',
          riskFlags: ['suicide_risk'],
          actions: [{ text: 'Safety plan review', due: '2026-01-08' }],
        }),
        (n) => {
          made.note = n.id;
          made.action = (n as unknown as { actions: { id: string }[] }).actions[0]!.id;
        },
      ],
      ['actions.setDone', () => ({ id: made.action, done: true })],
      ['notes.update', () => ({ id: made.note, patch: { date: '2026-01-05', caseCode: 'C-7', riskFlags: [] } })],
      ['goals.create', () => ({ superviseeId: id, text: 'Lead a group', targetDate: '2026-09-01' })],
      [
        'agreement.save',
        () => ({
          superviseeId: id,
          frequency: 'weekly',
          format: 'Individual',
          feedback: 'Both ways, monthly',
          evaluationDates: ['2026-01-10'],
          endsOn: '2027-01-01',
          endingSteps: ['final_evaluation'],
          endingPlan: 'A final meeting',
          reason: '',
        }),
      ],
      [
        'checkins.create',
        () => ({
          superviseeId: id,
          sessionId: session.id,
          checkedOn: '2026-01-05',
          respondent: 'supervisee',
          goals: 8,
          tasks: 7,
          bond: 9,
          comment: '',
        }),
      ],
      [
        'feedback.create',
        () => ({ superviseeId: id, receivedOn: '2026-01-06', source: 'supervisee', feedback: 'More', changed: '' }),
      ],
      ['constellation.add', () => ({ superviseeId: id, name: 'Dr. Example', role: 'site_supervisor', covers: '' })],
      [
        'reflections.save',
        () => ({
          superviseeId: id,
          setId: 'gibbs',
          sessionId: session.id,
          caseCode: 'C-7',
          themes: ['relief'],
          answers: [{ promptId: 'feeling', answer: 'Anxious, then relieved' }],
        }),
      ],
      ['reflections.createSet', () => ({ name: 'Mine', model: 'Solution-focused', prompts: [{ text: 'Went well?' }] })],
      [
        'reviews.create',
        () => ({ superviseeId: id, frameworkId: 'apa-pwc-1', reviewedOn: '2026-01-07' }),
        (r) => (made.review = r.id),
      ],
      [
        'reviews.save',
        () => ({
          id: made.review,
          reviewedOn: '2026-01-07',
          strengths: 'Warm',
          limitations: '',
          ratings: [
            {
              competencyCode: 'RES',
              level: 3,
              comment: '',
              evidence: [
                { kind: 'session', id: session.id },
                { kind: 'note', id: made.note },
              ],
            },
          ],
        }),
      ],
      ['reviews.finalise', () => ({ id: made.review })],
      ['supervisees.update', () => ({ id, patch: { fullName: 'Wren Halloway-Vance' } })],
      ['supervisees.update', () => ({ id, patch: { rulePack: 'ca-bbs' } })],
      [
        'hours.logWeek',
        () => ({ superviseeId: id, weekStart: '2025-12-29', entries: [{ kind: 'indirect', hours: 2 }] }),
      ],
      ['reflections.prepare', () => ({ superviseeId: id, prompts: [{ setId: 'gibbs', promptId: 'feeling' }] })],
      [
        'sessions.create',
        () => ({ superviseeId: id, date: '2026-01-07', durationMinutes: 60, format: 'individual', modality: 'video' }),
      ],
      [
        'periods.sign',
        () => ({
          superviseeId: id,
          from: '2026-01-05',
          to: '2026-01-05',
          supervisorName: 'Sable Rookwood',
          supervisorLicence: 'LMFT 0000',
          signedOn: '2026-01-09',
        }),
        (p) => (made.period = p.id),
      ],
      ['periods.reopen', () => ({ id: made.period, reason: 'A duration was wrong', reopenedBy: 'Dr. Tamarisk' })],
      // Inside the reopened period: the period now reads as changed.
      ['sessions.update', () => sessionPatch(80)],
      ['rules.saveCustom', () => pack('1', 10)],
      ['supervisees.update', () => ({ id, patch: { rulePack: 'custom' } })],
      // The pack they now follow changes: their requirements change with no record of theirs touched.
      ['rules.saveCustom', () => pack('2', 20)],
      ['settings.update', () => ({ autoLockMinutes: 30 })],
      ['hours.exportCsv', () => ({ superviseeId: id, from: '2026-01-01', to: '2026-01-31', layout: 'sessions' })],
      ['reviews.reopen', () => ({ id: made.review, reason: 'A level was wrong' })],
      [
        'reviews.save',
        () => ({ id: made.review, reviewedOn: '2026-01-07', strengths: 'Warm', limitations: '', ratings: [] }),
      ],
      ['notes.delete', () => ({ id: made.note })],
      ['sessions.delete', () => ({ id: session.id })],
    ];
    let changedSomething = 0;
    for (const [ch, input, keep] of writes) {
      const before = await answers();
      const r = await invoke(ch, input());
      expect(r.ok, `${ch}: ${JSON.stringify(r)}`).toBe(true);
      if (r.ok) keep?.(r.value as { id: string });
      const wrote = r.ok ? (r.touched ?? []) : [];
      const after = await answers();
      reads.forEach(([read], i) => {
        if (before[i] === after[i]) return;
        changedSomething++;
        expect(
          CHANNEL_READS[read]!.some((table) => wrote.includes(table)),
          `${ch} changed ${read} but touched only ${wrote.join(', ')}`,
        ).toBe(true);
      });
    }
    expect(changedSomething).toBeGreaterThan(writes.length);
  });
});
