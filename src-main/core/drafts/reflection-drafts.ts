// Reflect drafts: one per supervisee and prompt set, replaced as the answers change and removed once
// they are kept or the draft is thrown away.
import { eq } from 'drizzle-orm';
import type { ReflectionDraft, ReflectionDraftKey, ReflectionDraftValues } from '../../contract/drafts';
import { reflectionDrafts } from './tables';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

const keyOf = (k: ReflectionDraftKey) => `${k.superviseeId}:${k.setId}`;

export function getReflectionDraft(db: Db, k: ReflectionDraftKey): ReflectionDraft | null {
  const row = db
    .select()
    .from(reflectionDrafts)
    .where(eq(reflectionDrafts.key, keyOf(k)))
    .get();
  return row
    ? { superviseeId: row.superviseeId, setId: row.setId, values: row.values, updatedAt: row.updatedAt }
    : null;
}

export function saveReflectionDraft(
  db: Db,
  k: ReflectionDraftKey,
  values: ReflectionDraftValues,
  now = new Date(),
): ReflectionDraft {
  getSupervisee(db, k.superviseeId);
  const updatedAt = now.toISOString();
  db.insert(reflectionDrafts)
    .values({ key: keyOf(k), ...k, values, updatedAt })
    .onConflictDoUpdate({ target: reflectionDrafts.key, set: { values, updatedAt } })
    .run();
  return { ...k, values, updatedAt };
}

export function discardReflectionDraft(db: Db, k: ReflectionDraftKey): { done: true } {
  db.delete(reflectionDrafts)
    .where(eq(reflectionDrafts.key, keyOf(k)))
    .run();
  return { done: true };
}
