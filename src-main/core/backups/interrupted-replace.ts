// "Replace with backup" renames the open vault aside, then the verified restored copy into its
// place. A crash between the two leaves nothing at the vault's path: only `<vault>.before-restore-T`
// and `<vault>.restored-T`. Before anything decides there is "no vault", this finishes that
// replace (the staged copy was verified before the first rename) or, with no staged copy of the
// same moment, puts the old vault back. An empty folder at the vault's path (some file managers
// or sync tools recreate one) counts as nothing there. Which copy was moved aside last is read from
// the folders' change times, which the rename itself sets: the stamps in their names come from the
// clock, and a clock set wrong made an older copy look newer.
import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type ReplaceRepair = 'finished' | 'rolled-back' | null;

function emptyFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

function changedAt(path: string): number {
  try {
    return statSync(path).ctimeMs;
  } catch {
    return 0;
  }
}

export function repairInterruptedReplace(dir: string): ReplaceRepair {
  if (existsSync(dir) && !emptyFolder(dir)) return null;
  let names: string[];
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return null;
  }
  const base = basename(dir);
  const parent = dirname(dir);
  const stamps = (prefix: string) =>
    names.filter((n) => n.startsWith(`${base}.${prefix}-`)).map((n) => n.slice(base.length + prefix.length + 2));
  const staged = new Set(stamps('restored'));
  // The interrupted replace is the one whose restored copy is still waiting; with none, the copy
  // moved aside last.
  const latest = (list: string[]) =>
    list.sort(
      (a, b) =>
        changedAt(join(parent, `${base}.before-restore-${b}`)) - changedAt(join(parent, `${base}.before-restore-${a}`)),
    )[0];
  const asides = stamps('before-restore');
  const aside = latest(asides.filter((s) => staged.has(s))) ?? latest(asides);
  if (aside === undefined) return null;
  if (existsSync(dir)) rmdirSync(dir); // empty, checked above: a rename cannot replace it on Windows
  if (staged.has(aside)) {
    renameSync(join(parent, `${base}.restored-${aside}`), dir);
    return 'finished';
  }
  renameSync(join(parent, `${base}.before-restore-${aside}`), dir);
  return 'rolled-back';
}
