// The queries the benchmark times, written against core's own functions so the encrypted vault and
// the plain baseline run exactly the same SQL. Later features add theirs to this list.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionsCsv } from '../../core/hours/hours-csv';
import { weeklyLogPdf } from '../../core/hours/hours-pdf';
import { hoursRollup, hoursSummary } from '../../core/hours/hours-summary';
import { createRng } from '../../core/sample-data/prng';
import { SCALES } from '../../core/sample-data/generate';
import { search } from '../../core/search/search';
import { caseThread, listNotes } from '../../core/notes/notes';
import { findIdentifiers } from '../../core/notes/identifiers';
import { evidenceOptions } from '../../core/frameworks/evidence';
import { growthComparison, growthSeries } from '../../core/frameworks/growth';
import { growthReportData } from '../../core/frameworks/report-export';
import { growthReportPdf } from '../../core/frameworks/report-pdf';
import { sql } from 'drizzle-orm';
import { timelinePageInput, type TimelinePageInput } from '../../contract/timeline';
import { timelinePage } from '../../core/timeline/timeline';
import { weekOverview } from '../../core/week/week';
import { getSupervisee, listSupervisees } from '../../core/supervisees/supervisees';
import { writeFileAtomicStreaming } from '../../db/atomic-write';
import type { Db } from '../../db/vault';
import { caseCodes, reviewedFamilies, timelineMiddles } from './datasets';

export interface BenchQuery {
  name: string;
  // Indexed lookups are the ones the scaling check compares across scales.
  indexed: boolean;
  // docs/targets.md ceiling on p99 (or on every run, for one-shot exports), besides <= 1.25x plain.
  p99CeilingMs?: number;
  // Heavy one-shot work is timed a few times, not thousands.
  maxIterations?: number;
  prepare(db: Db): () => unknown;
}

// Every per-person query picks among the same number of supervisees at every scale: a career's 200.
// Scaling then compares what one lookup costs in 10x the data with the same working set. Picking
// among all 2,000 at program scale makes nearly every call read its pages from disk, since the two
// 11 GB program files do not fit in this machine's page cache together (docs/performance.md).
const WORKING_SET = SCALES.career.supervisees;

function ids(db: Db): string[] {
  return listSupervisees(db, {
    search: '',
    status: 'any',
    archived: 'include',
  })
    .map((s) => s.id)
    .slice(0, WORKING_SET);
}

const amongIds = <T extends { superviseeId: string }>(db: Db, rows: T[]): T[] => {
  const set = new Set(ids(db));
  return rows.filter((r) => set.has(r.superviseeId));
};

// Supervisees with their framework family: the ones the growth rows read.
const reviewed = (db: Db) => amongIds(db, reviewedFamilies(db));

const page = (q: TimelinePageInput) => timelinePageInput.parse(q);

// For each supervisee of the working set, the cursor of the event halfway down their stream.
const middles = (db: Db) => timelineMiddles(db, ids(db));

export const QUERIES: BenchQuery[] = [
  {
    name: 'supervisee by id',
    indexed: true,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(3);
      return () => getSupervisee(db, rng.pick(all));
    },
  },
  {
    // Returns every active supervisee, so its cost grows with the data: not a scaling-check query.
    name: 'supervisee list, active, sorted',
    indexed: false,
    prepare: (db) => () =>
      listSupervisees(db, {
        search: '',
        status: 'active',
        archived: 'exclude',
      }),
  },
  {
    name: 'supervisee search (name, program, site)',
    indexed: false,
    prepare(db) {
      const rng = createRng(5);
      const terms = ['ash', 'Riverbend', 'Clinic', 'row', 'SAMPLE-1', 'zzz'];
      return () =>
        listSupervisees(db, {
          search: rng.pick(terms),
          status: 'any',
          archived: 'include',
        });
    },
  },
  {
    name: "one supervisee's hours summary by category and week, all time",
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(9);
      return () => hoursSummary(db, rng.pick(all), null, null);
    },
  },
  {
    name: 'hours rollup across all supervisees for one year',
    indexed: false,
    p99CeilingMs: 50,
    prepare: (db) => () => hoursRollup(db, '2025-11-02', '2026-11-01'),
  },
  {
    name: 'full-text search over notes, reflections and sessions, top 20',
    indexed: false,
    p99CeilingMs: 20,
    prepare(db) {
      const rng = createRng(13);
      const words = ['risk', 'rupture', 'pacing exp', 'safety plan', 'rescue', 'hurry', 'cult', 'counter', 'zzz'];
      return () => search(db, { text: rng.pick(words), risk: false, limit: 20 });
    },
  },
  {
    // What the Case notes view reads for one supervisee: the first page of their newest notes (100,
    // of about 150 words each at career scale) with their action items.
    name: "a supervisee's notes page",
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(17);
      return () => listNotes(db, rng.pick(all));
    },
  },
  {
    name: 'a case thread (every note on one case, oldest first)',
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const cases = amongIds(db, caseCodes(db));
      const rng = createRng(19);
      return () => {
        const c = rng.pick(cases);
        return caseThread(db, c.superviseeId, c.caseCode);
      };
    },
  },
  {
    // The levels of every competency at every review of one supervisee (about 1,000 ratings each at
    // career scale), what the growth view's chart and heat map read.
    name: "a supervisee's growth series, every competency",
    indexed: true,
    p99CeilingMs: 10,
    prepare(db) {
      const all = reviewed(db);
      const rng = createRng(23);
      return () => {
        const r = rng.pick(all);
        return growthSeries(db, r.superviseeId, r.family);
      };
    },
  },
  {
    name: 'the latest review against the previous one',
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const all = reviewed(db);
      const rng = createRng(29);
      return () => {
        const r = rng.pick(all);
        return growthComparison(db, r.superviseeId, r.family);
      };
    },
  },
  {
    name: "one supervisee's timeline page (50 newest events)",
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(31);
      return () => timelinePage(db, page({ superviseeId: rng.pick(all) }));
    },
  },
  {
    name: "one supervisee's timeline page from a cursor in the middle",
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const cursors = middles(db);
      const rng = createRng(37);
      return () => {
        const c = rng.pick(cursors);
        return timelinePage(db, page({ superviseeId: c.superviseeId, cursor: c.cursor }));
      };
    },
  },
  {
    name: "one supervisee's timeline, jump to a date",
    indexed: true,
    p99CeilingMs: 5,
    prepare(db) {
      const cursors = middles(db);
      const rng = createRng(41);
      return () => {
        const c = rng.pick(cursors);
        return timelinePage(db, page({ superviseeId: c.superviseeId, from: c.cursor.at }));
      };
    },
  },
  {
    name: "everyone's timeline, first page of 50",
    indexed: true,
    p99CeilingMs: 20,
    prepare: (db) => () => timelinePage(db, page({})),
  },
  {
    // The same first page read through the projection (the view of every feature's rows, sorted at
    // read time) instead of the trigger-kept table: the measurement behind the choice (docs/performance.md).
    name: "one supervisee's timeline page through the projection (for comparison)",
    indexed: false,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(31);
      return () =>
        db.all(sql`select * from timeline_source where supervisee_id = ${rng.pick(all)}
                   order by at desc, kind desc, id desc limit 50`);
    },
  },
  {
    // What a rating's evidence picker lists: every session, note and reflection of one supervisee up
    // to the review's day, newest first (about 1,500 records each at career scale).
    name: "a review's evidence options (one supervisee's sessions, notes and reflections)",
    indexed: true,
    p99CeilingMs: 100,
    prepare(db) {
      const all = ids(db);
      const rng = createRng(41);
      return () => evidenceOptions(db, rng.pick(all), '9999-12-31');
    },
  },
  {
    // The de-identification guard on one note at its longest (docs/guide.md: 2,000 + 3 x 8,000 +
    // 4,000 characters), of text like a real note's: names, dates, numbers, places. It runs on its own
    // thread in the app; this is its work, timed here in the benchmark's thread.
    name: 'de-identification guard, one note at its longest (30,000 characters)',
    indexed: false,
    // Reported: it has no target of its own, and the window does not wait on it.
    maxIterations: 10,
    prepare() {
      const sentence =
        'Discussed the client seen on 3 March 2020 at the Oak Street clinic, who called 555 201 3344 twice; ' +
        'Dr. Rivera suggested pacing the work and reviewing the safety plan by Friday. ';
      const fill = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
      const fields = [fill(2000), fill(8000), fill(8000), fill(8000), fill(4000)];
      return () => fields.map((f) => findIdentifiers(f));
    },
  },
  {
    // The landing page's one read: what is due, unsigned, warned and coming up across the caseload.
    // Its share of docs/targets.md's "from the unlock until This week shows, <= 1 s".
    name: 'This week (the overview across every current supervisee)',
    indexed: false,
    p99CeilingMs: 1000,
    maxIterations: 10,
    prepare(db) {
      return () => weekOverview(db, '2026-11-20');
    },
  },
  {
    name: 'CSV export of every session',
    indexed: false,
    p99CeilingMs: 1000,
    maxIterations: 5,
    // Written to a real file, as the app does; the generated data is fictional and the file is
    // removed when the benchmark exits.
    prepare(db) {
      const people = listSupervisees(db, {
        search: '',
        status: 'any',
        archived: 'include',
      });
      const dir = mkdtempSync(join(tmpdir(), 'alliance-bench-csv-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      return () =>
        writeFileAtomicStreaming(join(dir, 'sessions.csv'), (write) =>
          sessionsCsv(db, people, '0000-01-01', '9999-12-31', write),
        );
    },
  },
];

// One-shot async work (the PDF), timed separately because its builder is asynchronous.
export const ASYNC_QUERIES: {
  name: string;
  ceilingMs: number;
  prepare(db: Db): () => Promise<unknown>;
}[] = [
  {
    name: 'PDF weekly log for one supervisee, one year',
    ceilingMs: 1500,
    prepare(db) {
      const person = listSupervisees(db, {
        search: '',
        status: 'active',
        archived: 'exclude',
      })[0]!;
      return () => weeklyLogPdf(db, person, '2025-11-02', '2026-11-01');
    },
  },
  {
    name: 'growth report PDF for one supervisee',
    ceilingMs: 1500,
    prepare(db) {
      const r = reviewed(db)[0]!;
      return () => growthReportPdf(growthReportData(db, { ...r, title: 'Yearly assessment' }));
    },
  },
];
