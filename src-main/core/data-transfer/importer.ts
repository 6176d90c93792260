// Imports an export a record at a time inside one transaction: each record is checked as it
// arrives (its own schema, the app's rules, ids and references) and written while the file has no
// problem so far. At the end the frame (format, version, settings) and references to records that
// came later are checked; any problem throws ImportError and the transaction takes everything back.
// Memory stays flat: what is kept is the ids seen, not the records. The rules of each list are its
// feature's (its transfer.ts); this file keeps the bookkeeping they share.
import { eq, getTableColumns, getTableName, sql, type Placeholder } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError, formatPath } from '../../contract/errors';
import { localToday } from '../../contract/dates';
import { futureMomentProblem, type RuleProblem } from '../../contract/record-rules';
import type { Db } from '../../db/vault';
import { writeSettings } from '../settings/settings';
import { FEATURES } from '../features';
import { setTriggersAside } from './bulk-load';
import { runSteps } from '../shared/steps';
import type { ImportStep } from '../../contract/data-transfer';
import type { RecordSink } from './import-source';
import { EXPORT_FORMAT, EXPORT_VERSION, transferFormat, type TransferFormat } from './json-format';
import type { Feature } from '../feature';
import type { ImportContext, ImportProblem, Later, ReferenceWords } from './transfer-list';
import { IdMap } from './id-map';
import { collectGarbage, tuneHeapForLoads } from '../shared/heap-for-loads';
import { setIndexesAside } from '../../db/secondary-indexes';

export class ImportError extends AppError {
  constructor(
    readonly problems: ImportProblem[],
    readonly total = problems.length,
    // False when checking stopped early: the file has at least `total` problems.
    readonly complete = true,
  ) {
    super(
      'validation',
      complete
        ? `The file has ${total} problem${total === 1 ? '' : 's'}; nothing was imported.`
        : `The file has ${total.toLocaleString('en')} problems or more; checking stopped there and nothing was ` +
            `imported.`,
    );
  }
}

export interface ImportCounts {
  supervisees: number;
  sessions: number;
  caseNotes: number;
  reflections: number;
}

// "5 supervisees, 260 sessions, 65 case notes and 67 reflections", for the people told of an import.
export function countsText(c: ImportCounts): string {
  const part = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return (
    `${part(c.supervisees, 'supervisee', 'supervisees')}, ${part(c.sessions, 'session', 'sessions')}, ` +
    `${part(c.caseNotes, 'case note', 'case notes')} and ${part(c.reflections, 'reflection', 'reflections')}`
  );
}

// Past this many problems the file is plainly not an export; the rest are counted, not listed.
export const PROBLEMS_LISTED = 1000;
// References waiting for a record further on; a file with more than this many is refused for them.
const WAITING_MAX = 100_000;
const EARLIEST = '1900-01-01';
// Every moment a record carries, whatever its kind.
const MOMENT_FIELDS = [
  'createdAt',
  'updatedAt',
  'deletedAt',
  'archivedAt',
  'doneAt',
  'finalisedAt',
  'reopenedAt',
  'signedAt',
];
// Every record belongs to one of the first list's (a supervisee), named in this column, except the
// few that hang off another record.
const OWNER_FIELD = 'superviseeId';

// One prepared statement per table, every column a placeholder: no SQL is built per row.
function preparedInsert(db: Db, table: SQLiteTable) {
  const values: Record<string, Placeholder> = {};
  for (const key of Object.keys(getTableColumns(table))) values[key] = sql.placeholder(key);
  return db
    .insert(table)
    .values(values as never)
    .prepare();
}
const column = (table: SQLiteTable, name: string) => getTableColumns(table)[name] as SQLiteColumn;
function preparedExists(db: Db, table: SQLiteTable) {
  return db
    .select({ one: sql`1` })
    .from(table)
    .where(eq(column(table, 'id'), sql.placeholder('id')))
    .prepare();
}
function preparedOwner(db: Db, table: SQLiteTable) {
  return db
    .select({ owner: column(table, OWNER_FIELD) })
    .from(table)
    .where(eq(column(table, 'id'), sql.placeholder('id')))
    .prepare();
}

// A string kept until the import ends is copied once, so it holds nothing bigger than itself alive:
// a record read from a file is built by JSON.parse from its own text (record-scanner.ts), but an
// in-memory document's strings may be cut from anything.
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
// The columns of each list's IdMap.
const PLACE = 0;
const OWNER = 1;
const isEmpty = (db: Db, table: SQLiteTable) =>
  !db.get<{ one: number } | undefined>(sql`select 1 as one from ${table} limit 1`);

type Check = (record: unknown, at: string) => void;

export class Importer implements RecordSink, ImportContext {
  private readonly format: TransferFormat;
  private readonly listed: ImportProblem[] = [];
  private problemCount = 0;
  private stopped = false;
  private readonly seen: Record<string, number>;
  // Each record's place in its list by id, and for a referenced list whose it is (a number in
  // `people`), for the records that point at it.
  private readonly ids: Record<string, IdMap>;
  private readonly people: string[] = [];
  private readonly personNumber = new Map<string, number>();
  // Lists whose table held nothing when the import began: no id of theirs is looked up in the vault.
  private readonly newInVault = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private readonly touched = new Set<string>();
  private readonly waiting: Later[] = [];
  private readonly insert: Record<string, ReturnType<typeof preparedInsert>>;
  private readonly exists: Record<string, ReturnType<typeof preparedExists>>;
  // The lists this import reads (RecordSink): every feature's.
  readonly lists: readonly string[];
  private readonly vaultOwner = new Map<string, ReturnType<typeof preparedOwner>>();
  private readonly checks: Partial<Record<string, Check>> = {};
  private readonly finishes: (() => void)[] = [];
  readonly now = new Date();
  readonly today = localToday(this.now);
  private readonly rebuild;
  private readonly restoreIndexes;

  // `features`: the app's (FEATURES); a test adds a throwaway one to show the engine needs no edit.
  constructor(
    readonly db: Db,
    features: readonly Feature[] = FEATURES,
  ) {
    tuneHeapForLoads();
    this.format = transferFormat(features.flatMap((f) => f.transfer.lists));
    const perList = <T>(make: (list: string) => T) =>
      Object.fromEntries(this.format.names.map((l) => [l, make(l)])) as Record<string, T>;
    this.lists = this.format.names;
    this.seen = perList(() => 0);
    this.ids = perList((l) => new IdMap(this.format.listOf(l).referenced ? 2 : 1));
    // Hours may come before their session in a hand-made file: references are checked at commit.
    db.run(sql`pragma defer_foreign_keys = on`);
    this.rebuild = setTriggersAside(db);
    this.insert = perList((l) => preparedInsert(db, this.format.listOf(l).table));
    this.exists = perList((l) => preparedExists(db, this.format.listOf(l).table));
    for (const l of this.format.lists)
      if (l.referenced) {
        this.vaultOwner.set(l.list, preparedOwner(db, l.table));
      }
    for (const { transfer } of features) transfer.prepare?.(db);
    for (const l of this.format.lists) if (isEmpty(db, l.table)) this.newInVault.add(l.list);
    // Tables the vault has nothing in are indexed once, after the load (db/secondary-indexes.ts).
    this.restoreIndexes = setIndexesAside(
      db,
      this.format.lists.filter((l) => this.newInVault.has(l.list)).map((l) => getTableName(l.table)),
    );
    for (const { transfer } of features) {
      const { finish, ...lists } = (transfer.checks?.(this) ?? {}) as Record<string, Check> & { finish?: () => void };
      Object.assign(this.checks, lists);
      if (finish) this.finishes.push(finish);
    }
  }

  problem(location: string, message: string): void {
    if (this.problemCount++ < PROBLEMS_LISTED) this.listed.push({ location, message });
  }

  wants(list: string, index: number): boolean {
    this.seen[list] = index + 1;
    if (index >= this.format.limits[list]!) return false;
    if (this.problemCount < PROBLEMS_LISTED) return true;
    this.stopped = true;
    return false;
  }

  record(list: string, index: number, value: unknown): void {
    const at = `entities.${list}[${index}]`;
    const parsed = this.format.listOf(list).record.safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) this.problem(formatPath(['entities', list, index, ...i.path]), i.message);
      // Records that point at this one are not refused again for it: its own problems say enough.
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id.length <= 64) this.refusedIds.add(own(id));
      return;
    }
    const row = parsed.data as { id: string; superviseeId?: string };
    const before = this.problemCount;
    this.checkId(list, index, row.id);
    if (row.superviseeId !== undefined && this.format.listOf(list).referenced)
      this.ids[list]!.set(row.id, this.person(row.superviseeId), OWNER);
    this.moments(at, row);
    this.checks[list]?.(row, at);
    if (this.problemCount === before && this.problemCount === 0) {
      this.insert[list]!.run(row as never);
      if (row.superviseeId !== undefined) this.touched.add(this.shared(row.superviseeId));
    }
  }

  // Ids must be new, in the file and in the vault.
  private checkId(list: string, index: number, id: string): void {
    const loc = `entities.${list}[${index}].id`;
    const ids = this.ids[list]!;
    const first = ids.get(id, PLACE);
    if (first !== undefined) this.problem(loc, `Same id as entities.${list}[${first}].`);
    else {
      ids.set(id, index, PLACE);
      if (this.inVault(list, id))
        this.problem(loc, `${this.format.listOf(list).what} with this id is already in the vault.`);
    }
  }

  private inVault(list: string, id: string): boolean {
    return !this.newInVault.has(list) && !!this.exists[list]!.get({ id });
  }

  vaultHeld(list: string): boolean {
    return !this.newInVault.has(list);
  }

  // A supervisee as a number, for the owner maps.
  private person(superviseeId: string): number {
    let n = this.personNumber.get(superviseeId);
    if (n === undefined) {
      const kept = this.shared(superviseeId);
      n = this.people.push(kept) - 1;
      this.personNumber.set(kept, n);
    }
    return n;
  }

  later(check: Later): void {
    const p = this.waiting.length < WAITING_MAX ? null : check();
    if (p) this.problem(p.location, p.message);
    else this.waiting.push(check);
  }

  checkNowOrLater(check: Later): void {
    if (check()) this.later(check);
  }

  keep = own;

  // Supervisee and framework ids recur on many records: one copy of each.
  private readonly recurring = new Map<string, string>();
  shared(id: string): string {
    let kept = this.recurring.get(id);
    if (kept === undefined) this.recurring.set((kept = own(id)), kept);
    return kept;
  }

  refused(id: string): boolean {
    return this.refusedIds.has(id);
  }

  known(list: string, id: string): boolean {
    return this.ids[list]!.get(id, PLACE) !== undefined || this.refusedIds.has(id) || this.inVault(list, id);
  }

  needsPerson(location: string, superviseeId: string): void {
    this.checkNowOrLater(() =>
      this.known(this.lists[0]!, superviseeId)
        ? null
        : { location, message: 'No supervisee with this id in the file or the vault.' },
    );
  }

  ownerOf(list: string, id: string, inVault: boolean): string | undefined {
    const inFile = this.ids[list]!.get(id, OWNER);
    if (inFile !== undefined) return this.people[inFile];
    if (!inVault || this.newInVault.has(list)) return undefined;
    return (this.vaultOwner.get(list)!.get({ id }) as { owner: string } | undefined)?.owner;
  }

  // A record that points at another (hours at a session, an action at a note) names one that is in
  // the file (or, where allowed, the vault) and is the same supervisee's. The one pointed at may
  // come later in a hand-made file; one refused for its own problems is not reported again.
  belongs(list: string, id: string, superviseeId: string, at: string, field: string, words: ReferenceWords): void {
    const inVault = !!words.inVault;
    const check = (): ImportProblem | null => {
      const owner = this.ownerOf(list, id, inVault);
      if (owner === undefined)
        return this.refusedIds.has(id) ? null : { location: `${at}.${field}`, message: words.missing };
      return owner === superviseeId ? null : { location: `${at}.superviseeId`, message: words.other };
    };
    if (this.ownerOf(list, id, inVault) !== undefined || this.refusedIds.has(id)) {
      const p = check();
      if (p) this.problem(p.location, p.message);
    } else this.later(check);
  }

  day(value: string, location: string, what: string, future = false): void {
    if (value < EARLIEST) this.problem(location, `${what} is before 1900: check the year.`);
    else if (!future && value > this.today) this.problem(location, `${what} is after today.`);
  }

  ruled(at: string, p: RuleProblem | null): void {
    if (p) this.problem(`${at}.${p.field}`, p.message);
  }

  // No moment the app writes is years ahead (docs/security.md: second round).
  private moments(at: string, r: Record<string, unknown>): void {
    for (const field of MOMENT_FIELDS) {
      const v = r[field];
      if (typeof v !== 'string') continue;
      const p = futureMomentProblem(field, v, this.now);
      if (p) this.problem(`${at}.${p.field}`, p.message);
    }
  }

  // Once every check has run, what the import kept of each record is let go and collected with the
  // load's garbage, before the timeline and the search index are filled (shared/heap-for-loads.ts).
  private release(): void {
    for (const list of this.lists) this.ids[list] = new IdMap();
    for (const list of Object.keys(this.checks)) delete this.checks[list];
    this.waiting.length = 0;
    this.finishes.length = 0;
    collectGarbage();
  }

  // Called after the last record with the rest of the document; throws ImportError on any problem,
  // then builds what the load set aside (indexes, per-day totals, timeline, search index).
  finish(frame: unknown): ImportCounts {
    return runSteps(this.finishing(frame));
  }

  // `finish` as steps, each yielded before it runs, for the app to show which is running
  // (import-in-pieces.ts). After the last record these take about 40% of a career-scale import.
  *finishing(frame: unknown): Generator<ImportStep, ImportCounts> {
    yield 'checking';
    const { counts, settings } = this.checked(frame);
    this.release();
    // Before the refills, which read the feature tables by supervisee.
    yield 'indexing';
    this.restoreIndexes();
    yield* this.rebuild(this.touched);
    if (settings && Object.keys(settings).length) writeSettings(this.db, settings);
    return counts;
  }

  // The checks of `finish` alone, for a preview that rolls back: what the load set aside is not
  // built only to be thrown away (at career scale, about 20 s).
  *checking(frame: unknown): Generator<ImportStep, ImportCounts> {
    yield 'checking';
    return this.checked(frame).counts;
  }

  private checked(frame: unknown) {
    const version = (frame as { format?: unknown; version?: unknown } | null)?.version;
    if ((frame as { format?: unknown } | null)?.format === EXPORT_FORMAT && typeof version === 'number')
      if (version > EXPORT_VERSION)
        throw new ImportError([
          {
            location: 'version',
            message:
              `This file is format version ${version}; ` +
              `this Alliance reads up to ${EXPORT_VERSION}. Update Alliance.`,
          },
        ]);
    for (const list of this.lists) {
      const n = this.seen[list]!;
      const limit = this.format.limits[list]!;
      if (n > limit)
        throw new ImportError([
          {
            location: `entities.${list}`,
            message:
              `The file holds ${n.toLocaleString('en')} ${list}; ` +
              `Alliance imports at most ${limit.toLocaleString('en')}.`,
          },
        ]);
    }
    const doc = this.format.document.safeParse(frame);
    if (!doc.success) for (const i of doc.error.issues) this.problem(formatPath(i.path), i.message);
    for (const check of this.waiting) {
      const p = check();
      if (p) this.problem(p.location, p.message);
    }
    for (const finish of this.finishes) finish();
    if (this.problemCount) throw new ImportError(this.listed, this.problemCount, !this.stopped);
    const counts: ImportCounts = {
      supervisees: this.seen.supervisees ?? 0,
      sessions: this.seen.sessions ?? 0,
      caseNotes: this.seen.caseNotes ?? 0,
      reflections: this.seen.reflections ?? 0,
    };
    return { counts, settings: doc.success ? doc.data.entities.settings : undefined };
  }
}
