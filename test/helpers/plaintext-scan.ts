// Finds files that contain any canary string (UTF-8 or UTF-16LE) under the given folders. Used by the
// unit and e2e plaintext checks. The project folder holds the test tools' own artifacts (vitest's
// transform cache, Playwright traces) and may sit inside /tmp on CI, so it is never scanned; nor
// are Playwright's browser profiles, which belong to the test browser, not to Alliance.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(__dirname, '..', '..');

export function filesUnder(dir: string, since: number, out: string[] = []): string[] {
  if (dir === PROJECT) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('playwright_') || name.startsWith('playwright-artifacts')) continue;
    const p = join(dir, name);
    try {
      const st = statSync(p);
      if (st.isDirectory()) filesUnder(p, since, out);
      else if (st.isFile() && st.mtimeMs >= since && st.size < 64 * 1024 * 1024) out.push(p);
    } catch {
      // Vanished while scanning (another process's temp file): nothing to check.
    }
  }
  return out;
}

export function filesContaining(files: string[], canaries: string[]): string[] {
  return files.filter((f) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      return false; // removed by a parallel test between listing and reading
    }
    return canaries.some((c) => bytes.includes(c) || bytes.includes(Buffer.from(c, 'utf16le')));
  });
}
