// Per-vault preferences, stored as JSON values so a new setting needs no migration.
import { eq } from 'drizzle-orm';
import { AppError } from '../../contract/errors';
import { DEFAULT_SETTINGS, settingsValue, type Settings } from '../../contract/settings';
import { settings } from './tables';
import type { Db } from '../../db/vault';

export function readSettings(db: Db): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of db.select().from(settings).all()) {
    if (row.key in DEFAULT_SETTINGS) merged[row.key] = JSON.parse(row.value);
  }
  const parsed = settingsValue.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export function writeSettings(db: Db, patch: Partial<Settings>, now = Date.now()): Settings {
  const next = settingsValue.safeParse({ ...readSettings(db), ...patch });
  if (!next.success) throw new AppError('validation', 'Those settings are not valid.');
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(patch)) {
      tx.insert(settings)
        .values({ key, value: JSON.stringify(value), updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: now } })
        .run();
    }
  });
  return next.data;
}

// One stored value by key, for other features' small state (a custom rule pack, pending exports):
// the raw JSON text, or null when none is kept.
export function readSetting(db: Db, key: string): string | null {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

// Keeps one value by key; null removes it.
export function writeSetting(db: Db, key: string, value: string | null, now = Date.now()): void {
  if (value === null) {
    db.delete(settings).where(eq(settings.key, key)).run();
    return;
  }
  db.insert(settings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
}
