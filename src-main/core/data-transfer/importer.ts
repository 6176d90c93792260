// Imports an export a record at a time inside one transaction: each record is checked as it
// arrives (its own schema, the app's rules, ids and references) and written while the file has no
// problem so far. At the end the frame (format, version, settings) and references to records that
// came later are checked; any problem throws ImportError and the transaction takes everything back.
// Memory stays flat: what is kept is the ids seen, not the records.
import { and, eq, getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError, formatPath } from '../../contract/errors';
import { localToday } from '../../contract/dates';
import {
  agreements,
  caseNotes,
  frameworks,
  goals,
  reflections,
  supervisees,
  supervisionSessions,
  competencyReviews,
} from '../../db/schema';
import { BUILTIN_FRAMEWORKS } from '../frameworks/builtin';
import { materialiseBuiltins } from '../frameworks/frameworks';
import { isLevel, type Scale } from '../../contract/levels';
import { LIST_TABLES } from './tables';
import { BUILTIN_PROMPT_SETS } from '../reflections/builtin';
import type { Db } from '../../db/vault';
import { activePeriods, signedRefusal } from '../signing/signing';
import { writeSettings } from '../settings/settings';
import {
  agreementDatesProblem,
  futureMomentProblem,
  goalReviewProblem,
  hoursPeriodProblem,
  type RuleProblem,
} from '../../contract/record-rules';
import { MAX_ACTIONS_PER_NOTE } from '../../contract/notes';
import { MAX_HOURS_PER_SESSION } from '../../contract/sessions';
import { findShapedIdentifiers } from '../notes/identifiers';
import { TEXT_FIELDS } from '../notes/notes';
import { IDENTIFIER_LABELS } from '../../contract/enums';
import { MAX_EVIDENCE_PER_RATING } from '../../contract/frameworks';
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
  frameworks: 'A framework version',
  competencyReviews: 'A competency review',
  ratings: 'A rating',
  ratingEvidence: 'An evidence link',
  constellationMembers: 'A constellation member',
  allianceCheckins: 'An alliance check-in',
  feedbackReceived: 'A feedback record',
};
const BUILT_IN_SETS = new Set(BUILTIN_PROMPT_SETS.map((s) => s.id));
const BUILT_IN_FRAMEWORKS = new Map(BUILTIN_FRAMEWORKS.map((f) => [f.id, f]));
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
const BUILT_IN_FAMILIES = new Set(BUILTIN_FRAMEWORKS.map((f) => f.family));
type FrameworkFacts = { scale: Scale; codes: Set<string>; family: string };
const factsOf = (f: Scale & { family: string; competencies: { code: string }[] }): FrameworkFacts => ({
  family: own(f.family),
  scale: { scaleMin: f.scaleMin, scaleMax: f.scaleMax, halfLevels: f.halfLevels },
  codes: new Set(f.competencies.map((c) => own(c.code))),
});

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
  // Notes in the file that keep a reason for identifying text: their action items are not checked.
  private readonly notesWithReason = new Set<string>();
  private readonly linksPerRating = new Map<string, number>();
  private readonly actionsPerNote = new Map<string, number>();
  private readonly hoursPerSession = new Map<string, number>();
  private readonly sessionDate = new Map<string, string>();
  private readonly goalSetOn = new Map<string, string>();
  // Each supervisee's agreement versions in the file, to check they run 1, 2, 3… at the end.
  private readonly agreementNumbers = new Map<string, { versions: number[]; at: string }>();
  private readonly reviewDays = new Set<string>();
  private readonly familiesInFile = new Set<string>();
  private readonly goalOwner = new Map<string, string>();
  // Agreement versions of each supervisee in the file, to refuse the same version twice.
  private readonly agreementVersions = new Set<string>();
  private readonly agreementPeople = new Set<string>();
  private readonly sessionOwner = new Map<string, string>();
  private readonly reflectionOwner = new Map<string, string>();
  private readonly reviewOwner = new Map<string, string>();
  private readonly reviewFramework = new Map<string, string>();
  private readonly ratingOwner = new Map<string, string>();
  private readonly frameworkVersions = new Set<string>();
  // The scale and codes of each framework a rating may be checked against, from the file or the vault.
  private readonly frameworkFacts = new Map<string, FrameworkFacts | null>();
  private readonly refused = new Set<string>();
  private readonly touched = new Set<string>();
  private readonly later: Later[] = [];
  private readonly insert: Record<ImportList, ReturnType<typeof preparedInsert>>;
  private readonly exists: Record<ImportList, ReturnType<typeof preparedExists>>;
  private readonly signed;
  private readonly vaultSession;
  private readonly vaultGoal;
  private readonly vaultAgreement;
  private readonly vaultNote;
  private readonly vaultReflection;
  private readonly vaultFramework;
  private readonly vaultFrameworkVersion;
  private readonly vaultFamily;
  private readonly vaultReviewDay;
  private readonly vaultSessionDate;
  private readonly now = new Date();
  private readonly today = localToday(this.now);
  private readonly restoreTriggers;

  constructor(private readonly db: Db) {
    // Hours may come before their session in a hand-made file: references are checked at commit.
    db.run(sql`pragma defer_foreign_keys = on`);
    this.restoreTriggers = setTriggersAside(db);
    const each = <T>(make: (table: SQLiteTable) => T) =>
      Object.fromEntries(IMPORT_LISTS.map((l) => [l, make(LIST_TABLES[l])])) as Record<ImportList, T>;
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
    this.vaultNote = db
      .select({ superviseeId: caseNotes.superviseeId })
      .from(caseNotes)
      .where(eq(caseNotes.id, sql.placeholder('id')))
      .prepare();
    this.vaultReflection = db
      .select({ superviseeId: reflections.superviseeId })
      .from(reflections)
      .where(eq(reflections.id, sql.placeholder('id')))
      .prepare();
    this.vaultFramework = db
      .select()
      .from(frameworks)
      .where(eq(frameworks.id, sql.placeholder('id')))
      .prepare();
    this.vaultFamily = db
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(eq(frameworks.family, sql.placeholder('family')))
      .limit(1)
      .prepare();
    this.vaultReviewDay = db
      .select({ id: competencyReviews.id })
      .from(competencyReviews)
      .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
      .where(
        and(
          eq(competencyReviews.superviseeId, sql.placeholder('superviseeId')),
          eq(frameworks.family, sql.placeholder('family')),
          eq(competencyReviews.reviewedOn, sql.placeholder('day')),
        ),
      )
      .limit(1)
      .prepare();
    this.vaultSessionDate = db
      .select({ date: supervisionSessions.date })
      .from(supervisionSessions)
      .where(eq(supervisionSessions.id, sql.placeholder('id')))
      .prepare();
    this.vaultFrameworkVersion = db
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(and(eq(frameworks.family, sql.placeholder('family')), eq(frameworks.version, sql.placeholder('version'))))
      .prepare();
    // Reviews in the file may rate against templates this vault has not used yet: their rows are
    // written first (taken back with everything else if the file is refused), so no reference waits
    // as a deferred foreign-key violation, which would make every later insert search for it.
    materialiseBuiltins(db);
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
    // The owner maps below key on the same copy the id map keeps.
    row.id = this.checkId(list, index, row.id);
    this.moments(at, parsed.data as Record<string, unknown>);
    this.rules(list, at, parsed.data as never);
    if (this.problemCount === before && this.problemCount === 0) {
      this.insert[list].run(row as never);
      const whose = (row as { superviseeId?: string }).superviseeId;
      if (whose !== undefined) this.touched.add(this.shared(whose));
    }
  }

  // Ids must be new, in the file and in the vault. Returns the id as a copy of its own, the one
  // copy every map of the import keeps (at career scale, half a million of them).
  private checkId(list: ImportList, index: number, id: string): string {
    const loc = `entities.${list}[${index}].id`;
    const first = this.ids[list].get(id);
    const kept = own(id);
    if (first !== undefined) this.problem(loc, `Same id as entities.${list}[${first}].`);
    else {
      this.ids[list].set(kept, index);
      if (this.exists[list].get({ id })) this.problem(loc, `${WHAT[list]} with this id is already in the vault.`);
    }
    return kept;
  }

  private wait(check: Later): void {
    const p = this.later.length < WAITING_MAX ? null : check();
    if (p) this.problem(p.location, p.message);
    else this.later.push(check);
  }

  // Supervisee and framework ids recur on many records: one copy of each.
  private readonly recurring = new Map<string, string>();
  private shared(id: string): string {
    let kept = this.recurring.get(id);
    if (kept === undefined) this.recurring.set((kept = own(id)), kept);
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

  // The de-identification guard's fixed-shape kinds (phone, e-mail, ID numbers, addresses, numeric
  // dates) on a note's text that carries no kept reason. Names and written-out dates need the
  // language model, milliseconds a note: a whole vault's notes would take minutes, so an import does
  // not look for them (README, Security).
  private identifying(text: string, location: string): void {
    const kinds = [...new Set(findShapedIdentifiers(text).map((f) => IDENTIFIER_LABELS[f.kind]))];
    if (kinds.length)
      this.problem(
        location,
        `This may identify the client (${kinds.join(', ')}) and the note keeps no reason for it (identifiersReason). Edit it in the file, or import it with the reason it was kept.`,
      );
  }

  // No moment the app writes is years ahead (README, Security: second round).
  private moments(at: string, r: Record<string, unknown>): void {
    for (const field of MOMENT_FIELDS) {
      const v = r[field];
      if (typeof v !== 'string') continue;
      const p = futureMomentProblem(field, v, this.now);
      if (p) this.problem(`${at}.${p.field}`, p.message);
    }
  }

  private ruled(at: string, p: RuleProblem | null): void {
    if (p) this.problem(`${at}.${p.field}`, p.message);
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
      this.sessionOwner.set(s.id, this.shared(s.superviseeId));
      this.sessionDate.set(s.id, s.date);
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
      if (h.sessionId === null) this.ruled(at, hoursPeriodProblem(h, null));
      else {
        const lines = (this.hoursPerSession.get(h.sessionId) ?? 0) + 1;
        this.hoursPerSession.set(h.sessionId, lines);
        if (lines === MAX_HOURS_PER_SESSION + 1)
          this.problem(
            `${at}.sessionId`,
            `At most ${MAX_HOURS_PER_SESSION} lines of hours on one session, as in the app.`,
          );
        const check = (): ImportProblem | null => {
          const date = this.sessionDate.get(h.sessionId!) ?? this.vaultSessionDate.get({ id: h.sessionId! })?.date;
          const p = date === undefined ? null : hoursPeriodProblem(h, date);
          return p && { location: `${at}.${p.field}`, message: p.message };
        };
        if (this.sessionDate.has(h.sessionId))
          this.ruled(at, hoursPeriodProblem(h, this.sessionDate.get(h.sessionId)!));
        else this.wait(check);
      }
    } else if (list === 'caseNotes') {
      const n = r as Parsed<'caseNotes'>;
      this.needsPerson(`${at}.superviseeId`, n.superviseeId);
      this.noteOwner.set(n.id, this.shared(n.superviseeId));
      // A note may be about a session logged earlier, already in the vault.
      if (n.sessionId !== null)
        this.belongs(this.sessionOwner, n.sessionId, n.superviseeId, at, 'sessionId', {
          missing: 'No session with this id in the file or the vault.',
          other: 'This note is about a session of another supervisee.',
          inVault: (id) => this.vaultSession.get({ id })?.superviseeId,
        });
      this.day(n.date, `${at}.date`, 'The note date');
      if (n.identifiersReason) this.notesWithReason.add(n.id);
      else for (const field of TEXT_FIELDS) this.identifying(n[field], `${at}.${field}`);
    } else if (list === 'agreements') {
      const a = r as Parsed<'agreements'>;
      this.needsPerson(`${at}.superviseeId`, a.superviseeId);
      const key = `${a.superviseeId}|${a.version}`;
      // The first of a supervisee's versions in the file meets the vault as it was before the import.
      const first = !this.agreementPeople.has(a.superviseeId);
      const twice = this.agreementVersions.has(key);
      if (twice) this.problem(`${at}.version`, 'The file has this version of this supervisee’s agreement twice.');
      else if (first && this.vaultAgreement.get({ superviseeId: a.superviseeId }))
        this.problem(`${at}.superviseeId`, 'This supervisee already has an agreement in the vault.');
      this.agreementVersions.add(own(key));
      this.agreementPeople.add(this.shared(a.superviseeId));
      this.ruled(at, agreementDatesProblem(a));
      const numbers = this.agreementNumbers.get(a.superviseeId);
      if (numbers) {
        if (!twice) numbers.versions.push(a.version);
      } else if (!this.vaultAgreement.get({ superviseeId: a.superviseeId }))
        this.agreementNumbers.set(this.shared(a.superviseeId), { versions: [a.version], at: `${at}.version` });
    } else if (list === 'goals') {
      const g = r as Parsed<'goals'>;
      this.needsPerson(`${at}.superviseeId`, g.superviseeId);
      this.goalOwner.set(g.id, this.shared(g.superviseeId));
      this.goalSetOn.set(g.id, g.setOn);
    } else if (list === 'goalReviews') {
      const g = r as Parsed<'goalReviews'>;
      this.needsPerson(`${at}.superviseeId`, g.superviseeId);
      this.belongs(this.goalOwner, g.goalId, g.superviseeId, at, 'goalId', {
        missing: 'No goal with this id in the file.',
        other: 'This review is of a goal of another supervisee.',
      });
      this.day(g.reviewedOn, `${at}.reviewedOn`, 'The review date');
      const setOn = this.goalSetOn.get(g.goalId);
      if (setOn !== undefined) this.ruled(at, goalReviewProblem(g.reviewedOn, setOn));
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
      if (list === 'reflections') this.reflectionOwner.set(x.id, this.shared(x.superviseeId));
      const goalId = (x as Parsed<'reflections'>).goalId;
      if (list === 'reflections' && goalId)
        this.belongs(this.goalOwner, goalId, x.superviseeId, at, 'goalId', {
          missing: 'No goal with this id in the file or the vault.',
          other: 'This is about a goal of another supervisee.',
          inVault: (id) => this.vaultGoal.get({ id })?.superviseeId,
        });
    } else if (list === 'frameworks') {
      const f = r as Parsed<'frameworks'>;
      if (BUILT_IN_FRAMEWORKS.has(f.id) || BUILT_IN_FAMILIES.has(f.family))
        this.problem(`${at}.id`, 'That is the id of a built-in framework template.');
      const key = `${f.family}|${f.version}`;
      if (this.frameworkVersions.has(key))
        this.problem(`${at}.version`, 'The file has this version of this framework twice.');
      else if (this.vaultFrameworkVersion.get({ family: f.family, version: f.version }))
        this.problem(`${at}.version`, 'This version of this framework is already in the vault.');
      // Only the first version of a family in the file meets the vault as it was: the file's own
      // earlier versions are in it by now.
      else if (!this.familiesInFile.has(f.family) && this.vaultFamily.get({ family: f.family }))
        this.problem(
          `${at}.family`,
          'This framework is already in the vault: its new versions are made there, by editing it, not by an import.',
        );
      this.frameworkVersions.add(own(key));
      this.familiesInFile.add(own(f.family));
      this.frameworkFacts.set(own(f.id), factsOf(f));
    } else if (list === 'competencyReviews') {
      const c = r as Parsed<'competencyReviews'>;
      this.needsPerson(`${at}.superviseeId`, c.superviseeId);
      this.day(c.reviewedOn, `${at}.reviewedOn`, 'The review date');
      this.reviewOwner.set(c.id, this.shared(c.superviseeId));
      this.reviewFramework.set(c.id, this.shared(c.frameworkId));
      const clash = (): ImportProblem | null => {
        const family = this.familyOf(c.frameworkId);
        if (family === null) return null;
        const key = `${c.superviseeId}|${family}|${c.reviewedOn}`;
        if (
          this.reviewDays.has(key) ||
          this.vaultReviewDay.get({ superviseeId: c.superviseeId, family, day: c.reviewedOn })
        )
          return {
            location: `${at}.reviewedOn`,
            message: 'There is already a review against this framework on that date, as the app allows only one.',
          };
        this.reviewDays.add(key);
        return null;
      };
      if (this.familyOf(c.frameworkId) !== null) {
        const p = clash();
        if (p) this.problem(p.location, p.message);
      } else this.wait(clash);
      const check = () =>
        this.facts(c.frameworkId) !== null || this.refused.has(c.frameworkId)
          ? null
          : {
              location: `${at}.frameworkId`,
              message: 'No framework with this id in the file, the vault or the templates.',
            };
      if (check()) this.wait(check);
    } else if (list === 'ratings') {
      const x = r as Parsed<'ratings'>;
      this.needsPerson(`${at}.superviseeId`, x.superviseeId);
      this.ratingOwner.set(x.id, this.shared(x.superviseeId));
      this.belongs(this.reviewOwner, x.reviewId, x.superviseeId, at, 'reviewId', {
        missing: 'No competency review with this id in the file.',
        other: 'This rating is in a review of another supervisee.',
      });
      // The code and level are the review's framework's; known once the review and framework are.
      const check = (): ImportProblem | null => {
        const facts = this.facts(this.reviewFramework.get(x.reviewId));
        if (!facts) return null;
        if (!facts.codes.has(x.competencyCode))
          return { location: `${at}.competencyCode`, message: 'Not a competency of the review’s framework.' };
        if (x.level !== null && !isLevel(facts.scale, x.level))
          return { location: `${at}.level`, message: 'Not a level on the framework’s scale.' };
        return null;
      };
      if (this.facts(this.reviewFramework.get(x.reviewId))) {
        const p = check();
        if (p) this.problem(p.location, p.message);
      } else this.wait(check);
    } else if (list === 'ratingEvidence') {
      const e = r as Parsed<'ratingEvidence'>;
      const links = (this.linksPerRating.get(e.ratingId) ?? 0) + 1;
      this.linksPerRating.set(e.ratingId, links);
      if (links === MAX_EVIDENCE_PER_RATING + 1)
        this.problem(`${at}.ratingId`, `At most ${MAX_EVIDENCE_PER_RATING} records behind one rating, as in the app.`);
      const target = e.sessionId
        ? { owners: this.sessionOwner, id: e.sessionId, field: 'sessionId', vault: this.vaultSession }
        : e.noteId
          ? { owners: this.noteOwner, id: e.noteId, field: 'noteId', vault: this.vaultNote }
          : { owners: this.reflectionOwner, id: e.reflectionId!, field: 'reflectionId', vault: this.vaultReflection };
      // Checked again at the end if the rating or the record comes later in a hand-made file.
      const check = (): ImportProblem | null => {
        const who = this.ratingOwner.get(e.ratingId);
        if (who === undefined)
          return this.refused.has(e.ratingId)
            ? null
            : { location: `${at}.ratingId`, message: 'No rating with this id in the file.' };
        const owner = target.owners.get(target.id) ?? target.vault.get({ id: target.id })?.superviseeId;
        if (owner === undefined)
          return this.refused.has(target.id)
            ? null
            : { location: `${at}.${target.field}`, message: 'No record with this id in the file or the vault.' };
        return owner === who
          ? null
          : { location: `${at}.${target.field}`, message: 'This evidence is a record of another supervisee.' };
      };
      if (check()) this.wait(check);
    } else if (list === 'allianceCheckins') {
      const c = r as Parsed<'allianceCheckins'>;
      this.needsPerson(`${at}.superviseeId`, c.superviseeId);
      this.day(c.checkedOn, `${at}.checkedOn`, 'The check-in date');
      if (c.sessionId !== null)
        this.belongs(this.sessionOwner, c.sessionId, c.superviseeId, at, 'sessionId', {
          missing: 'No session with this id in the file or the vault.',
          other: 'This check-in is about a session of another supervisee.',
          inVault: (id) => this.vaultSession.get({ id })?.superviseeId,
        });
    } else if (list === 'feedbackReceived') {
      const f = r as Parsed<'feedbackReceived'>;
      this.needsPerson(`${at}.superviseeId`, f.superviseeId);
      this.day(f.receivedOn, `${at}.receivedOn`, 'The date received');
    } else if (list === 'constellationMembers') {
      this.needsPerson(`${at}.superviseeId`, (r as Parsed<'constellationMembers'>).superviseeId);
    } else {
      const a = r as Parsed<'noteActions'>;
      this.needsPerson(`${at}.superviseeId`, a.superviseeId);
      const count = (this.actionsPerNote.get(a.noteId) ?? 0) + 1;
      this.actionsPerNote.set(a.noteId, count);
      if (count === MAX_ACTIONS_PER_NOTE + 1)
        this.problem(`${at}.noteId`, `At most ${MAX_ACTIONS_PER_NOTE} action items on one note, as in the app.`);
      // A note's kept reason covers its action items, as in the app.
      if (!this.notesWithReason.has(a.noteId)) this.identifying(a.text, `${at}.text`);
      this.belongs(this.noteOwner, a.noteId, a.superviseeId, at, 'noteId', {
        missing: 'No case note with this id in the file.',
        other: 'This action item is on a note of another supervisee.',
      });
    }
  }

  private familyOf(id: string): string | null {
    return this.facts(id)?.family ?? null;
  }

  // A framework's scale and codes: one in the file, a template, or one already in the vault.
  private facts(id: string | undefined): FrameworkFacts | null {
    if (id === undefined) return null;
    const known = this.frameworkFacts.get(id);
    if (known !== undefined) return known;
    const builtin = BUILT_IN_FRAMEWORKS.get(id);
    const row = builtin ?? this.vaultFramework.get({ id });
    const facts = row ? factsOf(row) : null;
    // Only what is settled is remembered: a framework later in the file may still come.
    if (facts) this.frameworkFacts.set(own(id), facts);
    return facts;
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
    // A supervisee's agreement starts at version 1 and each amendment adds one, as in the app.
    for (const { versions, at } of this.agreementNumbers.values())
      if (versions.sort((a, b) => a - b).some((v, i) => v !== i + 1))
        this.problem(at, 'The agreement’s versions must run 1, 2, 3… with none missing, as the app numbers them.');
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
