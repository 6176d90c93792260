// "Replace with backup" renames the open vault aside, then the verified restored copy into its
// place. A crash between the two leaves nothing at the vault's path: only `<vault>.before-restore-T`
// and `<vault>.restored-T`. Before anything decides there is "no vault", this finishes that
// replace (the staged copy was verified before the first rename) or, with no staged copy of the
// same moment, puts the old vault back.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type ReplaceRepair = 'finished' | 'rolled-back' | null;

export function repairInterruptedReplace(dir: string): ReplaceRepair {
  if (existsSync(dir)) return null;
  let names: string[];
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return null;
  }
  const base = basename(dir);
  const stampOf = (prefix: string) =>
    names
      .filter((n) => n.startsWith(`${base}.${prefix}-`))
      .map((n) => n.slice(base.length + prefix.length + 2))
      .sort()
      .at(-1);
  const aside = stampOf('before-restore');
  if (aside === undefined) return null;
  const staged = names.includes(`${base}.restored-${aside}`);
  if (staged) {
    renameSync(join(dirname(dir), `${base}.restored-${aside}`), dir);
    return 'finished';
  }
  renameSync(join(dirname(dir), `${base}.before-restore-${aside}`), dir);
  return 'rolled-back';
}
