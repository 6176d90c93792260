// Prompt sets: the built-in ones (data in builtin.ts) and the supervisor's own, kept in the vault.
// Editing an own set rewrites its prompts and raises its version; answers keep the text and
// version they were asked with, so nothing answered changes. A retired set stays for its answers.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import type { OwnSetInput, PromptSet } from '../../contract/reflections';
import { promptSets as promptSetsTable } from './tables';
import type { Db } from '../../db/vault';
import { BUILTIN_PROMPT_SETS } from './builtin';

type Row = typeof promptSetsTable.$inferSelect;

const OWN_MODEL = 'Own questions';

const fromRow = (r: Row): PromptSet => ({
  id: r.id,
  name: r.name,
  model: r.model || OWN_MODEL,
  version: String(r.version),
  prompts: r.prompts,
  builtIn: false,
  retired: r.retiredAt !== null,
});

const BUILT_IN: PromptSet[] = BUILTIN_PROMPT_SETS.map((s) => ({
  ...s,
  builtIn: true,
  retired: false,
}));

export function listPromptSets(db: Db, includeRetired = false): PromptSet[] {
  const own = db.select().from(promptSetsTable).orderBy(asc(promptSetsTable.name), asc(promptSetsTable.id)).all();
  return [...BUILT_IN, ...own.map(fromRow).filter((s) => includeRetired || !s.retired)];
}

// A set by id, retired or not; null when there is none.
export function findPromptSet(db: Db, id: string): PromptSet | null {
  const builtIn = BUILT_IN.find((s) => s.id === id);
  if (builtIn) return builtIn;
  const row = db.select().from(promptSetsTable).where(eq(promptSetsTable.id, id)).get();
  return row ? fromRow(row) : null;
}

function ownRow(db: Db, id: string): Row {
  if (BUILT_IN.some((s) => s.id === id))
    throw invalid(issue('id', 'Built-in sets cannot be changed; make your own set instead.'));
  const row = db.select().from(promptSetsTable).where(eq(promptSetsTable.id, id)).get();
  if (!row) throw new AppError('not_found', 'That prompt set was not found.');
  return row;
}

// Prompt ids: kept where given (they must be this set's), new ones numbered after the highest so
// far, so an id is never reused for a different question.
function numberPrompts(input: OwnSetInput, before: PromptSet['prompts']): PromptSet['prompts'] {
  const known = new Set(before.map((p) => p.id));
  let next = Math.max(0, ...before.map((p) => Number(/^p(\d+)$/.exec(p.id)?.[1] ?? 0))) + 1;
  const seen = new Set<string>();
  return input.prompts.map((p, i) => {
    if (p.id !== undefined && (!known.has(p.id) || seen.has(p.id)))
      throw invalid(issue(['prompts', i, 'id'], 'That prompt is not one of this set’s.'));
    const id = p.id ?? `p${next++}`;
    seen.add(id);
    return { id, text: p.text };
  });
}

export function createPromptSet(db: Db, input: OwnSetInput, now = new Date()): PromptSet {
  const at = now.toISOString();
  const row: Row = {
    id: randomUUID(),
    name: input.name,
    model: input.model,
    version: 1,
    prompts: numberPrompts(input, []),
    retiredAt: null,
    createdAt: at,
    updatedAt: at,
  };
  db.insert(promptSetsTable).values(row).run();
  return fromRow(row);
}

export function updatePromptSet(db: Db, input: OwnSetInput & { id: string }, now = new Date()): PromptSet {
  const before = ownRow(db, input.id);
  const prompts = numberPrompts(input, fromRow(before).prompts);
  const changed =
    before.name !== input.name ||
    before.model !== input.model ||
    JSON.stringify(before.prompts) !== JSON.stringify(prompts);
  if (!changed) return fromRow(before);
  const row: Row = {
    ...before,
    name: input.name,
    model: input.model,
    version: before.version + 1,
    prompts,
    updatedAt: now.toISOString(),
  };
  db.update(promptSetsTable).set(row).where(eq(promptSetsTable.id, input.id)).run();
  return fromRow(row);
}

export function retirePromptSet(db: Db, id: string, retired: boolean, now = new Date()): PromptSet {
  const before = ownRow(db, id);
  const row: Row = {
    ...before,
    retiredAt: retired ? (before.retiredAt ?? now.toISOString()) : null,
  };
  db.update(promptSetsTable).set({ retiredAt: row.retiredAt }).where(eq(promptSetsTable.id, id)).run();
  return fromRow(row);
}
