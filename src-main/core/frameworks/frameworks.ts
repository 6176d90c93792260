// The frameworks in the vault: built-in templates (written as rows the first time something needs
// them, so a rating always has its version's row) and the user's own. A version is never changed
// under ratings: editing a framework in use makes the next version.
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import type { Framework, FrameworkDefinition } from '../../contract/frameworks';
import { competencyReviews, frameworks } from './tables';
import type { Db } from '../../db/vault';
import { BUILTIN_FRAMEWORKS, newestBuiltins, type BuiltinFramework } from './builtin';

type Row = typeof frameworks.$inferSelect;

const fromBuiltin = (b: BuiltinFramework, row?: Row): Framework => ({
  ...b,
  builtIn: true,
  retiredAt: row?.retiredAt ?? null,
  createdAt: row?.createdAt ?? '1970-01-01T00:00:00.000Z',
});

// Writes a template's row if it is not there yet.
function materialise(db: Db, b: BuiltinFramework, now = new Date()): Row {
  db.insert(frameworks)
    .values({ ...b, builtIn: true, retiredAt: null, createdAt: now.toISOString() })
    .onConflictDoNothing()
    .run();
  return db.select().from(frameworks).where(eq(frameworks.id, b.id)).get()!;
}

// Every template version as a row, for records that rate against them (imports, sample data).
export function materialiseBuiltins(db: Db, now = new Date()): void {
  for (const b of BUILTIN_FRAMEWORKS) materialise(db, b, now);
}

// Any version, by id; a template is written as a row on first use.
export function getFramework(db: Db, id: string): Framework {
  const row = db.select().from(frameworks).where(eq(frameworks.id, id)).get();
  if (row) return row;
  const b = BUILTIN_FRAMEWORKS.find((f) => f.id === id);
  if (!b) throw new AppError('not_found', 'That framework was not found.');
  return materialise(db, b);
}

function newestOf(db: Db, family: string): Row | undefined {
  return db.select().from(frameworks).where(eq(frameworks.family, family)).orderBy(desc(frameworks.version)).get();
}

function versionInUse(db: Db, id: string): boolean {
  return !!db
    .select({ id: competencyReviews.id })
    .from(competencyReviews)
    .where(eq(competencyReviews.frameworkId, id))
    .limit(1)
    .get();
}

export function listFrameworks(db: Db, includeRetired: boolean): (Framework & { inUse: boolean })[] {
  const used = new Set(
    db
      .selectDistinct({ family: frameworks.family })
      .from(competencyReviews)
      .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
      .all()
      .map((r) => r.family),
  );
  const rows = db
    .select()
    .from(frameworks)
    .where(
      sql`${frameworks.version} = (select max(f2.version) from frameworks f2 where f2.family = ${frameworks.family})`,
    )
    .all();
  const byFamily = new Map(rows.map((r) => [r.family, r]));
  const builtins = newestBuiltins().map((b) => {
    const row = byFamily.get(b.family);
    // A template's newest version is the one shipped; the row carries only whether it is retired.
    return fromBuiltin(b, row);
  });
  const own = rows.filter((r) => !r.builtIn).sort((a, b) => a.name.localeCompare(b.name));
  return [...builtins, ...own]
    .filter((f) => includeRetired || !f.retiredAt)
    .map((f) => ({ ...f, inUse: used.has(f.family) }));
}

export function createFramework(db: Db, def: FrameworkDefinition, now = new Date()): Framework {
  const id = randomUUID();
  const row: Row = {
    id,
    family: id,
    version: 1,
    builtIn: false,
    retiredAt: null,
    createdAt: now.toISOString(),
    ...def,
  };
  db.insert(frameworks).values(row).run();
  return row;
}

// Changes the newest version in place while nothing is rated against it; otherwise writes the next.
export function updateFramework(db: Db, family: string, def: FrameworkDefinition, now = new Date()): Framework {
  const current = newestOf(db, family);
  if (!current) {
    if (BUILTIN_FRAMEWORKS.some((b) => b.family === family))
      throw new AppError('conflict', 'A built-in template can’t be edited. Make your own copy of it and edit that.');
    throw new AppError('not_found', 'That framework was not found.');
  }
  if (current.builtIn)
    throw new AppError('conflict', 'A built-in template can’t be edited. Make your own copy of it and edit that.');
  if (!versionInUse(db, current.id)) {
    db.update(frameworks).set(def).where(eq(frameworks.id, current.id)).run();
    return db.select().from(frameworks).where(eq(frameworks.id, current.id)).get()!;
  }
  const row: Row = {
    ...current,
    ...def,
    id: randomUUID(),
    version: current.version + 1,
    retiredAt: null,
    createdAt: now.toISOString(),
  };
  db.insert(frameworks).values(row).run();
  return row;
}

// Retired: no longer offered for new reviews; its reviews and ratings stay.
export function retireFramework(db: Db, family: string, retired: boolean, now = new Date()): void {
  const builtin = newestBuiltins().find((b) => b.family === family);
  if (builtin) materialise(db, builtin, now);
  const changed = db
    .update(frameworks)
    .set({ retiredAt: retired ? now.toISOString() : null })
    .where(eq(frameworks.family, family))
    .run();
  if (!changed.changes) throw new AppError('not_found', 'That framework was not found.');
}

// For a new review: the framework must be offered (not retired).
export function frameworkForNewReview(db: Db, id: string): Framework {
  const f = getFramework(db, id);
  if (f.retiredAt)
    throw invalid(issue('frameworkId', 'That framework is retired. Bring it back first to review with it.'));
  return f;
}
