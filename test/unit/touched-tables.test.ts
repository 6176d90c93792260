// A reply says which tables the request wrote, the triggers' own writes included, and a channel that
// declares the tables it reads is made stale by every write that changes its answer (checked here
// by reading each declared channel before and after a supervisor's writes, not by trusting the list).
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_READS, type ChannelName } from '../../src-main/contract';
import type { Result } from '../../src-main/contract/errors';
import { TABLES } from '../../src-main/contract/tables';
import * as schema from '../../src-main/db/schema';
import { coreWithSupervisee, type CoreWithSupervisee } from '../helpers/core-with-supervisee';
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
  it('names every table of the schema, and only those', () => {
    const tables = Object.values(schema)
      .filter((x) => is(x, SQLiteTable))
      .map((x) => getTableName(x as SQLiteTable));
    expect([...TABLES].sort()).toEqual(tables.sort());
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

  it('makes every declared read stale whenever a write changes its answer', async () => {
    const id = v.sup.id;
    const reads: [ChannelName, unknown][] = [
      ['audit.list', { limit: 50 }],
      ['audit.verify', {}],
      ['timeline.page', { superviseeId: id }],
      ['timeline.page', {}],
      ['week.overview', { today: '2026-01-09' }],
      ['hours.summary', { superviseeId: id, period: { range: 'all' } }],
      ['rules.evaluate', { superviseeId: id }],
      ['reflections.prepared', { superviseeId: id }],
    ];
    for (const [ch] of reads) expect(CHANNEL_READS[ch], ch).toBeDefined();
    const answers = async () =>
      Promise.all(reads.map(async ([ch, input]) => JSON.stringify(unwrap(await invoke(ch, input)))));
    const session = unwrap(
      await invoke('sessions.create', {
        superviseeId: id,
        date: '2026-01-05',
        durationMinutes: 50,
        format: 'individual',
        modality: 'in_person',
      }),
    ) as { id: string };
    // A supervisor's week: each write, and the answers it must make stale.
    const writes: [ChannelName, unknown][] = [
      [
        'sessions.update',
        {
          id: session.id,
          patch: { date: '2026-01-05', durationMinutes: 75, format: 'individual', modality: 'in_person' },
        },
      ],
      [
        'notes.create',
        {
          superviseeId: id,
          date: '2026-01-05',
          caseCode: 'C-7',
          presentingConcern: 'Sleep',
          riskFlags: ['suicide_risk'],
          actions: [{ text: 'Safety plan review', due: '2026-01-08' }],
        },
      ],
      ['goals.create', { superviseeId: id, text: 'Lead a group', targetDate: '2026-09-01' }],
      [
        'checkins.create',
        {
          superviseeId: id,
          sessionId: session.id,
          checkedOn: '2026-01-05',
          respondent: 'supervisee',
          goals: 8,
          tasks: 7,
          bond: 9,
          comment: '',
        },
      ],
      [
        'feedback.create',
        { superviseeId: id, receivedOn: '2026-01-06', source: 'supervisee', feedback: 'More structure', changed: '' },
      ],
      ['supervisees.update', { id, patch: { fullName: 'Wren Halloway-Vance' } }],
      ['supervisees.update', { id, patch: { rulePack: 'ca-bbs' } }],
      ['hours.logWeek', { superviseeId: id, weekStart: '2025-12-29', entries: [{ kind: 'indirect', hours: 2 }] }],
      ['reflections.prepare', { superviseeId: id, prompts: [{ setId: 'gibbs', promptId: 'feeling' }] }],
      [
        'sessions.create',
        { superviseeId: id, date: '2026-01-07', durationMinutes: 60, format: 'individual', modality: 'video' },
      ],
      [
        'rules.saveCustom',
        {
          pack: {
            id: 'custom',
            name: 'Ours',
            version: '1',
            source: 'Our program handbook',
            targets: [{ id: 't', label: 'Total', metric: 'total_hours', min: 10 }],
            rules: [],
          },
        },
      ],
      ['supervisees.update', { id, patch: { rulePack: 'custom' } }],
      // The pack they now follow changes: their requirements change with no record of theirs touched.
      [
        'rules.saveCustom',
        {
          pack: {
            id: 'custom',
            name: 'Ours',
            version: '2',
            source: 'Our program handbook',
            targets: [{ id: 't', label: 'Total', metric: 'total_hours', min: 20 }],
            rules: [],
          },
        },
      ],
      ['hours.exportCsv', { superviseeId: id, from: '2026-01-01', to: '2026-01-31', layout: 'sessions' }],
      ['sessions.delete', { id: session.id }],
    ];
    let changedSomething = 0;
    for (const [ch, input] of writes) {
      const before = await answers();
      const r = await invoke(ch, input);
      expect(r.ok, `${ch}: ${JSON.stringify(r)}`).toBe(true);
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
