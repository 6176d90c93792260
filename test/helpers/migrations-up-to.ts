// A copy of drizzle/ whose journal stops after the first `count` migrations, to build a database as
// an earlier release left it. Copies go in one scratch folder, removed with `cleanup`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from './temp-vault';

export function migrationCopies(): { upTo(count: number): string; cleanup(): void } {
  const scratch = mkdtempSync(join(tmpdir(), 'alliance-migrations-'));
  return {
    upTo(count) {
      const dir = join(scratch, `upto-${count}`);
      cpSync(MIGRATIONS, dir, { recursive: true });
      const j = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      j.entries = j.entries.slice(0, count);
      writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(j));
      return dir;
    },
    cleanup: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
