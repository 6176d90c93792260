// The PDF reader the unit tests use (test/helpers/pdf-text.ts, over pdfjs-dist, which is ESM only),
// run in its own Node process through tsx: Playwright loads specs as CommonJS.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function pdfText(path: string): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/print-pdf-text.mts', path], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as string[]).join('\n');
}
