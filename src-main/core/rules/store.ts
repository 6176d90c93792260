// The built-in packs plus the user's own custom pack, kept in the vault's settings table.
import { invalid, issue } from '../../contract/errors';
import { rulePack, type RulePack } from '../../contract/rules';
import { readSetting, writeSetting } from '../settings/settings';
import type { Db } from '../../db/vault';
import { BUILTIN_RULE_PACKS } from './builtin';

const CUSTOM_KEY = 'rulePack.custom';
export const CUSTOM_PACK_ID = 'custom';

export function customPack(db: Db): RulePack | null {
  const value = readSetting(db, CUSTOM_KEY);
  if (!value) return null;
  const parsed = rulePack.safeParse(JSON.parse(value));
  return parsed.success ? parsed.data : null;
}

export function allPacks(db: Db): (RulePack & { builtin: boolean })[] {
  const custom = customPack(db);
  return [
    ...BUILTIN_RULE_PACKS.map((p) => ({ ...p, builtin: true })),
    ...(custom ? [{ ...custom, builtin: false }] : []),
  ];
}

export function findPack(db: Db, id: string | null): RulePack | null {
  if (!id) return null;
  return allPacks(db).find((p) => p.id === id) ?? null;
}

export function saveCustomPack(db: Db, pack: RulePack, now = Date.now()): RulePack {
  if (pack.id !== CUSTOM_PACK_ID) throw invalid(issue('pack.id', `The custom pack's id is "${CUSTOM_PACK_ID}".`));
  writeSetting(db, CUSTOM_KEY, JSON.stringify(pack), now);
  return pack;
}
