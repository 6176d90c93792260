// Imports an export a record at a time inside one transaction: each record is checked as it
// arrives (its own schema, the app's rules, ids and references) and written while the file has no
// problem so far. At the end the frame (format, version, settings) and references to records that
// came later are checked; any problem throws ImportError and the transaction takes everything back.
// Memory stays flat: what is kept is the ids seen, not the records.
import { eq, getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError, formatPath } from '../../contract/errors';
import { localToday } from '../../contract/dates';
import {
  agreements,
  caseNotes,
  clientHours,
  goalReviews,
  goals,
  noteActions,
  preparedPrompts,
  promptSets,
  reflections,
  signedPeriods,
  supervisees,
  supervisionSessions,
} from '../../db/schema';
import { BUILTIN_PROMPT_SETS } from '../reflections/builtin';
import type { Db } from '../../db/vault';
import { activePeriods, signedRefusal } from '../signing/signing';
import { writeSettings } from '../settings/settings';
import { setTriggersAside } from './bulk-load';
import type { RecordSink } from './import-source';
import {
  exportDocument,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_LIMITS,
  importRecord,
  IMPORT_LISTS,
  type ImportList,
  type ImportProblem,
} from './json-format';

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
        : `The file has ${total.toLocaleString('en')} problems or more; checking stopped there and nothing was imported.`,
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
  return `${part(c.supervisees, 'supervisee', 'supervisees')}, ${part(c.sessions, 'session', 'sessions')}, ${part(c.caseNotes, 'case note', 'case notes')} and ${part(c.reflections, 'reflection', 'reflections')}`;
}

// Past this many problems the file is plainly not an export; the rest are counted, not listed.
export const PROBLEMS_LISTED = 1000;
// References waiting for a record further on; a file with more than this many is refused for them.
const WAITING_MAX = 100_000;
const EARLIEST = '1900-01-01';
const TABLES = {
  supervisees,
  sessions: supervisionSessions,
  clientHours,
  signedPeriods,
  caseNotes,
  noteActions,
  agreements,
  goals,
  goalReviews,
  promptSets,
  reflections,
  preparedPrompts,
} satisfies Record<ImportList, SQLiteTable>;
const WHAT: Record<ImportList, string> = {
  supervisees: 'A supervisee',
  sessions: 'A session',
  clientHours: 'An hours entry',
  signedPeriods: 'A signed period',
  caseNotes: 'A case note',
  noteActions: 'An action item',
  agreements: 'An agreement version',
  goals: 'A goal',
  goalReviews: 'A goal review',
  promptSets: 'A prompt set',
  reflections: 'A reflection',
  preparedPrompts: 'A prepared prompt',
};
const BUILT_IN_SETS = new Set(BUILTIN_PROMPT_SETS.map((s) => s.id));

// One prepared statement per table, every column a placeholder: no SQL is built per row.
function preparedInsert(db: Db, table: SQLiteTable) {
  const values: Record<string, Placeholder> = {};
  for (const key of Object.keys(getTableColumns(table))) values[key] = sql.placeholder(key);
  return db
    .insert(table)
    .values(values as never)
    .prepare();
}
function preparedExists(db: Db, table: SQLiteTable) {
  return db
    .select({ one: sql`1` })
    .from(table)
    .where(eq((table as unknown as typeof supervisees).id, sql.placeholder('id')))
    .prepare();
}

// A string cut from the tokenizer's text can keep the whole 256 KB chunk it came from alive; an id
// kept for the length of the import is copied out, or the file ends up in memory after all.
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

type Parsed<L extends ImportList> = ReturnType<(typeof importRecord)[L]['parse']>;
type Later = () => ImportProblem | null;

export class Importer implements RecordSink {
  private readonly listed: ImportProblem[] = [];
  private problemCount = 0;
  private stopped = false;
  private readonly seen = Object.fromEntries(IMPORT_LISTS.map((l) => [l, 0])) as Record<ImportList, number>;
  private readonly ids = Object.fromEntries(IMPORT_LISTS.map((l) => [l, new Map()])) as Record<
    ImportList,
    Map<string, number>
  >;
  private readonly noteOwner = new Map<string, string>();
  private readonly goalOwner = new Map<string, string>();
  // Agreement versions of each supervisee in the file, to refuse the same version twice.
  private readonly agreementVersions = new Set<string>();
  private readonly agreementPeople = new Set<string>();
  private readonly sessionOwner = new Map<string, string>();
  private readonly refused = new Set<string>();
  private readonly touched = new Set<string>();
  private readonly later: Later[] = [];
  private readonly insert: Record<ImportList, ReturnType<typeof preparedInsert>>;
  private readonly exists: Record<ImportList, ReturnType<typeof preparedExists>>;
  private readonly signed;
  private readonly vaultSession;
  private readonly vaultGoal;
  private readonly vaultAgreement;
  private readonly today = localToday();
  private readonly restoreTriggers;

  constructor(private readonly db: Db) {
    // Hours may come before their session in a hand-made file: references are checked at commit.
    db.run(sql`pragma defer_foreign_keys = on`);
    this.restoreTriggers = setTriggersAside(db);
    const each = <T>(make: (table: SQLiteTable) => T) =>
      Object.fromEntries(IMPORT_LISTS.map((l) => [l, make(TABLES[l])])) as Record<ImportList, T>;
    this.insert = each((table) => preparedInsert(db, table));
    this.exists = each((table) => preparedExists(db, table));
    this.vaultSession = db
      .select({ superviseeId: supervisionSessions.superviseeId })
      .from(supervisionSessions)
      .where(eq(supervisionSessions.id, sql.placeholder('id')))
      .prepare();
    this.vaultGoal = db
      .select({ superviseeId: goals.superviseeId })
      .from(goals)
      .where(eq(goals.id, sql.placeholder('id')))
      .prepare();
    // An agreement in the file may not add versions to one already in the vault.
    this.vaultAgreement = db
      .select({ id: agreements.id })
      .from(agreements)
      .where(eq(agreements.superviseeId, sql.placeholder('superviseeId')))
      .limit(1)
      .prepare();
    // The vault's own signed periods, read once; the file's come with their records.
    this.signed = activePeriods(db);
  }

  private problem(location: string, message: string): void {
    if (this.problemCount++ < PROBLEMS_LISTED) this.listed.push({ location, message });
  }

  wants(list: ImportList, index: number): boolean {
    this.seen[list] = index + 1;
    if (index >= IMPORT_LIMITS[list]) return false;
    if (this.problemCount < PROBLEMS_LISTED) return true;
    this.stopped = true;
    return false;
  }

  record(list: ImportList, index: number, value: unknown): void {
    const at = `entities.${list}[${index}]`;
    const parsed = importRecord[list].safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) this.problem(formatPath(['entities', list, index, ...i.path]), i.message);
      // Records that point at this one are not refused again for it: its own problems say enough.
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id.length <= 64) this.refused.add(own(id));
      return;
    }
    const row = parsed.data as { id: string };
    const before = this.problemCount;
    this.checkId(list, index, row.id);
    this.rules(list, at, parsed.data as never);
    if (this.problemCount === before && this.problemCount === 0) {
      this.insert[list].run(row as never);
      const whose = (row as { superviseeId?: string }).superviseeId;
      if (whose !== undefined) this.touched.add(this.person(whose));
    }
  }

  // Ids must be new, in the file and in the vault.
  private checkId(list: ImportList, index: number, id: string): void {
    const loc = `entities.${list}[${index}].id`;
    const first = this.ids[list].get(id);
    if (first !== undefined) this.problem(loc, `Same id as entities.${list}[${first}].`);
    else {
      this.ids[list].set(own(id), index);
      if (this.exists[list].get({ id })) this.problem(loc, `${WHAT[list]} with this id is already in the vault.`);
    }
  }

  private wait(check: Later): void {
    const p = this.later.length < WAITING_MAX ? null : check();
    if (p) this.problem(p.location, p.message);
    else this.later.push(check);
  }

  // Supervisee ids recur on every record: one copy of each.
  private readonly people = new Map<string, string>();
  private person(id: string): string {
    let kept = this.people.get(id);
    if (kept === undefined) this.people.set((kept = own(id)), kept);
    return kept;
  }

  private personKnown = (id: string) =>
    this.ids.supervisees.has(id) || this.refused.has(id) || !!this.exists.supervisees.get({ id });

  private needsPerson(location: string, superviseeId: string): void {
    const check = () =>
      this.personKnown(superviseeId)
        ? null
        : { location, message: 'No supervisee with this id in the file or the vault.' };
    if (check()) this.wait(check);
  }

  // A reflection names a built-in set, one in the file, or one already in the vault.
  private needsSet(location: string, setId: string): void {
    const check = () =>
      BUILT_IN_SETS.has(setId) ||
      this.ids.promptSets.has(setId) ||
      this.refused.has(setId) ||
      this.exists.promptSets.get({ id: setId })
        ? null
        : { location, message: 'No prompt set with this id in the file, the vault or the built-in sets.' };
    if (check()) this.wait(check);
  }

  private day(value: string, location: string, what: string, future = false): void {
    if (value < EARLIEST) this.problem(location, `${what} is before 1900: check the year.`);
    else if (!future && value > this.today) this.problem(location, `${what} is after today.`);
  }

  private unsigned(superviseeId: string, from: string, to: string, location: string): void {
    const p = this.signed.get(superviseeId)?.find((x) => x.periodStart <= to && from <= x.periodEnd);
    if (p) this.problem(location, signedRefusal(p));
  }

  // The rules the app applies to what is typed: no day before 1900, no session or hours after today,
  // nothing added inside a period signed in this vault, hours on their own supervisee's session.
  private rules(list: ImportList, at: string, r: Parsed<ImportList>): void {
    if (list === 'supervisees') {
      // Supervision may be planned to start later, as in the app.
      this.day((r as Parsed<'supervisees'>).supervisionStart, `${at}.supervisionStart`, 'The start', true);
    } else if (list === 'signedPeriods') {
      this.needsPerson(`${at}.superviseeId`, (r as Parsed<'signedPeriods'>).superviseeId);
    } else if (list === 'sessions') {
      const s = r as Parsed<'sessions'>;
      this.needsPerson(`${at}.superviseeId`, s.superviseeId);
      this.sessionOwner.set(own(s.id), this.person(s.superviseeId));
      this.day(s.date, `${at}.date`, 'The session date');
      this.unsigned(s.superviseeId, s.date, s.date, `${at}.date`);
    } else if (list === 'clientHours') {
      const h = r as Parsed<'clientHours'>;
      this.needsPerson(`${at}.superviseeId`, h.superviseeId);
      if (h.sessionId !== null)
        this.belongs(this.sessionOwner, h.sessionId, h.superviseeId, at, 'sessionId', {
          missing: 'No session with this id in the file.',
          other: 'These hours belong to a session of another supervisee.',
        });
      this.day(h.periodStart, `${at}.periodStart`, 'The period');
      this.unsigned(h.superviseeId, h.periodStart, h.periodEnd, `${at}.periodStart`);
    } else if (list === 'caseNotes') {
      const n = r as Parsed<'caseNotes'>;
      this.needsPerson(`${at}.superviseeId`, n.superviseeId);
      this.noteOwner.set(own(n.id), this.person(n.superviseeId));
      // A note may be about a session logged earlier, already in the vault.
      if (n.sessionId !== null)
        this.belongs(this.sessionOwner, n.sessionId, n.superviseeId, at, 'sessionId', {
          missing: 'No session with this id in the file or the vault.',
          other: 'This note is about a session of another supervisee.',
          inVault: (id) => this.vaultSession.get({ id })?.superviseeId,
        });
      this.day(n.date, `${at}.date`, 'The note date');
    } else if (list === 'agreements') {
      const a = r as Parsed<'agreements'>;
      this.needsPerson(`${at}.superviseeId`, a.superviseeId);
      const key = `${a.superviseeId}|${a.version}`;
      // The first of a supervisee's versions in the file meets the vault as it was before the import.
      const first = !this.agreementPeople.has(a.superviseeId);
      if (this.agreementVersions.has(key))
        this.problem(`${at}.version`, 'The file has this version of this supervisee’s agreement twice.');
      else if (first && this.vaultAgreement.get({ superviseeId: a.superviseeId }))
        this.problem(`${at}.superviseeId`, 'This supervisee already has an agreement in the vault.');
      this.agreementVersions.add(own(key));
      this.agreementPeople.add(this.person(a.superviseeId));
    } else if (list === 'goals') {
      const g = r as Parsed<'goals'>;
      this.needsPerson(`${at}.superviseeId`, g.superviseeId);
      this.goalOwner.set(own(g.id), this.person(g.superviseeId));
    } else if (list === 'goalReviews') {
      const g = r as Parsed<'goalReviews'>;
      this.needsPerson(`${at}.superviseeId`, g.superviseeId);
      this.belongs(this.goalOwner, g.goalId, g.superviseeId, at, 'goalId', {
        missing: 'No goal with this id in the file.',
        other: 'This review is of a goal of another supervisee.',
      });
      this.day(g.reviewedOn, `${at}.reviewedOn`, 'The review date');
    } else if (list === 'promptSets') {
      if (BUILT_IN_SETS.has((r as Parsed<'promptSets'>).id))
        this.problem(`${at}.id`, 'That is the id of a built-in prompt set.');
    } else if (list === 'reflections' || list === 'preparedPrompts') {
      const x = r as Parsed<'reflections' | 'preparedPrompts'>;
      this.needsPerson(`${at}.superviseeId`, x.superviseeId);
      if (x.sessionId !== null)
        this.belongs(this.sessionOwner, x.sessionId, x.superviseeId, at, 'sessionId', {
          missing: 'No session with this id in the file or the vault.',
          other: 'This is about a session of another supervisee.',
          inVault: (id) => this.vaultSession.get({ id })?.superviseeId,
        });
      this.needsSet(`${at}.setId`, x.setId);
      const goalId = (x as Parsed<'reflections'>).goalId;
      if (list === 'reflections' && goalId)
        this.belongs(this.goalOwner, goalId, x.superviseeId, at, 'goalId', {
          missing: 'No goal with this id in the file or the vault.',
          other: 'This is about a goal of another supervisee.',
          inVault: (id) => this.vaultGoal.get({ id })?.superviseeId,
        });
    } else {
      const a = r as Parsed<'noteActions'>;
      this.needsPerson(`${at}.superviseeId`, a.superviseeId);
      this.belongs(this.noteOwner, a.noteId, a.superviseeId, at, 'noteId', {
        missing: 'No case note with this id in the file.',
        other: 'This action item is on a note of another supervisee.',
      });
    }
  }

  // A record that points at another (hours at a session, an action at a note) names one that is in
  // the file (or, where allowed, the vault) and is the same supervisee's. The one pointed at may
  // come later in a hand-made file; one refused for its own problems is not reported again.
  private belongs(
    owners: Map<string, string>,
    id: string,
    superviseeId: string,
    at: string,
    field: string,
    words: { missing: string; other: string; inVault?: (id: string) => string | undefined },
  ): void {
    const check = (): ImportProblem | null => {
      const owner = owners.get(id) ?? words.inVault?.(id);
      if (owner === undefined)
        return this.refused.has(id) ? null : { location: `${at}.${field}`, message: words.missing };
      return owner === superviseeId ? null : { location: `${at}.superviseeId`, message: words.other };
    };
    if (owners.has(id) || this.refused.has(id) || words.inVault?.(id) !== undefined) {
      const p = check();
      if (p) this.problem(p.location, p.message);
    } else this.wait(check);
  }

  // Called after the last record with the rest of the document; throws ImportError on any problem.
  finish(frame: unknown): ImportCounts {
    const version = (frame as { format?: unknown; version?: unknown } | null)?.version;
    if ((frame as { format?: unknown } | null)?.format === EXPORT_FORMAT && typeof version === 'number')
      if (version > EXPORT_VERSION)
        throw new ImportError([
          {
            location: 'version',
            message: `This file is format version ${version}; this Alliance reads up to ${EXPORT_VERSION}. Update Alliance.`,
          },
        ]);
    for (const list of Object.keys(this.seen) as ImportList[]) {
      const n = this.seen[list];
      if (n > IMPORT_LIMITS[list])
        throw new ImportError([
          {
            location: `entities.${list}`,
            message: `The file holds ${n.toLocaleString('en')} ${list}; Alliance imports at most ${IMPORT_LIMITS[list].toLocaleString('en')}.`,
          },
        ]);
    }
    const doc = exportDocument.safeParse(frame);
    if (!doc.success) for (const i of doc.error.issues) this.problem(formatPath(i.path), i.message);
    for (const check of this.later) {
      const p = check();
      if (p) this.problem(p.location, p.message);
    }
    if (this.problemCount) throw new ImportError(this.listed, this.problemCount, !this.stopped);
    this.restoreTriggers(this.touched);
    const settings = doc.success ? doc.data.entities.settings : undefined;
    if (settings && Object.keys(settings).length) writeSettings(this.db, settings);
    return {
      supervisees: this.seen.supervisees,
      sessions: this.seen.sessions,
      caseNotes: this.seen.caseNotes,
      reflections: this.seen.reflections,
    };
  }
}
