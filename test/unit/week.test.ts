// The supervisor's week (core/week) on a small caseload whose answers are worked out by hand below.
// Today is Tuesday 10 March 2026: this week runs 9 to 15 March.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { weekOverview as weekOverviewSchema } from '../../src-main/contract/week';
import { nextSessionDue, weekOverview } from '../../src-main/core/week/week';
import * as schema from '../../src-main/db/schema';
import type { Db } from '../../src-main/db/vault';
import { MIGRATIONS } from '../helpers/temp-vault';

const TODAY = '2026-03-10';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const GONE = '00000000-0000-4000-8000-00000000000d';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function caseload(): { sqlite: Database.Database; db: Db } {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const run = (q: string, ...args: unknown[]) => sqlite.prepare(q).run(...args);
  for (const [who, name, pack] of [
    [A, 'Sample Avery', 'ca-bbs'],
    [B, 'Sample Blake', null],
    [C, 'Sample Casey', null],
    [GONE, 'Sample Gone', null],
  ] as const)
    run(
      `insert into supervisees (id, full_name, discipline, supervision_start, rule_pack, created_at, updated_at) ` +
        `values (?, ?, 'counseling_associate', '2026-01-05', ?, 't', 't')`,
      who,
      name,
      pack,
    );
  run(`update supervisees set archived_at = 't' where id = ?`, GONE);
  const agreement = (who: string, frequency: string, evaluations: string[]) =>
    run(
      `insert into agreements (id, supervisee_id, version, frequency, evaluation_dates, agreed_on, created_at) ` +
        `values (?, ?, 1, ?, ?, '2026-01-05', 't')`,
      id(),
      who,
      frequency,
      JSON.stringify(evaluations),
    );
  agreement(A, 'weekly', ['2026-01-20', '2026-03-20', '2026-09-20']);
  agreement(B, 'monthly', ['2026-06-01']);
  agreement(GONE, 'weekly', ['2026-03-01']);
  const session = (who: string, date: string, minutes: number) =>
    run(
      `insert into supervision_sessions (id, supervisee_id, date, duration_minutes, format, modality, created_at, ` +
        `updated_at) values (?, ?, ?, ?, 'individual', 'video', 't', 't')`,
      id(),
      who,
      date,
      minutes,
    );
  session(A, '2026-02-23', 60);
  session(A, '2026-03-02', 90);
  session(B, '2026-03-02', 60);
  session(C, '2026-01-12', 60); // before the last four weeks, inside the last eight
  session(GONE, '2026-03-03', 60);
  run(
    `insert into client_hours (id, supervisee_id, period_start, period_end, kind, activity, hours, created_at) ` +
      `values (?, ?, '2026-03-02', '2026-03-08', 'direct', 'individual', 12.5, 't')`,
    id(),
    A,
  );
  // 1.5 + 12.5 + 30 = 44 hours in A's week of 2 March: over the California limit of 40 in a week.
  run(
    `insert into client_hours (id, supervisee_id, period_start, period_end, kind, activity, hours, created_at) ` +
      `values (?, ?, '2026-03-02', '2026-03-08', 'indirect', null, 30, 't')`,
    id(),
    A,
  );
  // B's week of 2 March is signed; A's is not.
  run(
    `insert into signed_periods (id, supervisee_id, period_start, period_end, supervisor_name, supervisor_licence, ` +
      `signed_on, content_sha256, created_at) values (?, ?, '2026-03-02', '2026-03-08', 'Sample Supervisor', 'L-1', ` +
      `'2026-03-09', 'h', 't')`,
    id(),
    B,
  );
  const note = (who: string, flags: string[]) => {
    const noteId = id();
    run(
      `insert into case_notes (id, supervisee_id, date, case_code, risk_flags, created_at, updated_at) values (?, ` +
        `?, '2026-03-02', 'C-9', ?, 't', 't')`,
      noteId,
      who,
      JSON.stringify(flags),
    );
    return noteId;
  };
  const aNote = note(A, []);
  const action = (due: string | null, done: string | null) =>
    run(
      `insert into note_actions (id, note_id, supervisee_id, text, due, done_at, done_on, created_at) values (?, ` +
        `?, ?, 'Send the safety plan', ?, ?, ?, 't')`,
      id(),
      aNote,
      A,
      due,
      done,
      done?.slice(0, 10) ?? null,
    );
  action('2026-03-05', null); // overdue
  action('2026-03-10', null); // due today: not overdue
  action('2026-03-04', '2026-03-04T10:00:00Z'); // done
  action(null, null); // no due date
  note(B, ['suicide_risk']);
  note(GONE, ['boundary']);
  return { sqlite, db: db as unknown as Db };
}

describe("the supervisor's week", () => {
  it('works out the next session by the agreed frequency, month ends included', () => {
    expect(nextSessionDue('2026-03-02', 'weekly')).toBe('2026-03-09');
    expect(nextSessionDue('2026-03-02', 'fortnightly')).toBe('2026-03-16');
    expect(nextSessionDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextSessionDue('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(nextSessionDue('2026-12-15', 'monthly')).toBe('2027-01-15');
    expect(nextSessionDue('2026-03-02', 'as_needed')).toBeNull();
  });

  it('lists what is due, overdue, open, unsigned and warned about, for current supervisees only', () => {
    const { sqlite, db } = caseload();
    const w = weekOverview(db, TODAY);
    // What main sends is what the contract promises the page.
    expect(weekOverviewSchema.parse(w)).toEqual(w);
    expect(w.weekStart).toBe('2026-03-09');
    // A meets weekly and last met on 2 March: due 9 March. B meets monthly: due 2 April. C has no
    // agreement, so no rhythm to be due by. The archived supervisee is left out everywhere.
    expect(w.sessionsDue).toEqual([
      {
        superviseeId: A,
        superviseeName: 'Sample Avery',
        frequency: 'weekly',
        lastSession: '2026-03-02',
        dueOn: '2026-03-09',
      },
    ]);
    expect(w.overdueActions.map((a) => [a.superviseeName, a.due])).toEqual([['Sample Avery', '2026-03-05']]);
    expect(w.openRisks.map((r) => [r.superviseeName, r.riskFlags])).toEqual([['Sample Blake', ['suicide_risk']]]);
    // A's evaluation of 20 March is within two weeks and no final review answers it (20 January's
    // is older, but a later date supersedes it). B's is in June.
    expect(w.reviewsDue).toEqual([
      { superviseeId: A, superviseeName: 'Sample Avery', evaluationOn: '2026-03-20', draftReviewId: null },
    ]);
    // Ended weeks with activity and no signature: A's weeks of 23 February and 2 March, C's of
    // 12 January; B's week of 2 March is signed.
    expect(w.unsignedPeriods.map((u) => [u.superviseeName, u.from, u.days])).toEqual([
      ['Sample Avery', '2026-03-02', 2],
      ['Sample Avery', '2026-02-23', 1],
      ['Sample Casey', '2026-01-12', 1],
    ]);
    // (The California pack also asks for supervision units in a week with over 10 direct hours.)
    expect(w.ruleWarnings.map((r) => [r.superviseeName, r.when, r.rule])).toEqual([
      ['Sample Avery', 'week of 2026-03-02', 'No more than 40 hours claimed in any 7 days'],
      ['Sample Avery', 'week of 2026-03-02', expect.stringMatching(/supervision/i)],
    ]);
    // The last four weeks, 16 February to 15 March: A had 60 + 90 minutes of supervision and 12.5
    // direct hours; B 60 minutes; C nothing in the range.
    expect(w.rollup.from).toBe('2026-02-16');
    expect(w.rollup.to).toBe('2026-03-15');
    expect(w.rollup.rows.map((r) => [r.superviseeName, r.sessions, r.supervisionHours, r.directHours])).toEqual([
      ['Sample Avery', 2, 2.5, 12.5],
      ['Sample Blake', 1, 1, 0],
      ['Sample Casey', 0, 0, 0],
    ]);
    sqlite.close();
  });

  it('counts a final review written shortly before an evaluation date, and offers a draft to finish', () => {
    const { sqlite, db } = caseload();
    const framework = '00000000-0000-4000-8000-0000000000f1';
    sqlite
      .prepare(
        `insert into frameworks (id, family, version, name, scale_min, scale_max, competencies, created_at) values ` +
          `(?, 'fam', 1, 'Sample framework', 1, 5, '[]', 't')`,
      )
      .run(framework);
    const review = (on: string, status: string) => {
      const r = id();
      sqlite
        .prepare(
          `insert into competency_reviews (id, supervisee_id, framework_id, reviewed_on, status, created_at, ` +
            `updated_at) values (?, ?, ?, ?, ?, 't', 't')`,
        )
        .run(r, A, framework, on, status);
      return r;
    };
    const draft = review('2026-03-09', 'draft');
    expect(weekOverview(db, TODAY).reviewsDue).toEqual([
      { superviseeId: A, superviseeName: 'Sample Avery', evaluationOn: '2026-03-20', draftReviewId: draft },
    ]);
    sqlite.prepare(`update competency_reviews set status = 'final' where id = ?`).run(draft);
    expect(weekOverview(db, TODAY).reviewsDue).toEqual([]);
    sqlite.close();
  });
});
