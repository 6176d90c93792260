// The archive's one HTML file: a passphrase form, the sealed records, hash-wasm's Argon2id and the
// viewer script, both inlined, under a CSP that allows exactly those two scripts (by hash), the one
// style sheet, and WebAssembly; nothing may be fetched, framed or submitted anywhere.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ArchiveHead } from './seal';
import { VIEWER_SCRIPT } from './viewer-script';

const STYLE = `
:root { color-scheme: light dark; --line: #c8c8d0; --muted: #5a5a66; }
@media (prefers-color-scheme: dark) { :root { --line: #44444f; --muted: #b4b4bf; } }
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
form { max-width: 28rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input { font: inherit; width: 100%; box-sizing: border-box; padding: .4rem; }
button { font: inherit; margin-top: .75rem; padding: .35rem .9rem; }
#said { min-height: 1.5em; font-weight: 600; }
.note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
dt { font-weight: 600; margin-top: .4rem; }
dd { margin: 0 0 0 1rem; white-space: pre-wrap; }
.person { border-top: 2px solid var(--line); margin-top: 2rem; }
.record { margin-bottom: 1rem; }
@media print { .no-print, nav { display: none; } .person { break-before: page; } body { margin: 0; } }
`;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

let argon2Script: string | null = null;
// hash-wasm's own browser build, read from the installed package (MIT, about 30 KB with its WebAssembly).
function argon2Source(): string {
  argon2Script ??= readFileSync(createRequire(__filename).resolve('hash-wasm/dist/argon2.umd.min.js'), 'utf8');
  return argon2Script;
}

// Writes the page in order: the head, the sealed pieces one line each as they are made, the scripts.
export function writeArchiveHtml(write: (text: string) => void, head: ArchiveHead, pieces: Iterable<string>): void {
  const argon2 = argon2Source();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(argon2)} ${sha256(VIEWER_SCRIPT)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(STYLE)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Base64 and JSON of base64 and numbers only: nothing in them can close a script element.
  write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alliance archive</title>
<style>${STYLE}</style>
</head>
<body>
<form id="unlock" class="no-print">
<h1>Alliance archive</h1>
<p>These supervision records are encrypted. Type the passphrase or the recovery key they were written with.
Nothing leaves this computer: the file opens here, with no network.</p>
<label for="secret">Passphrase or recovery key</label>
<input id="secret" type="password" autocomplete="off" autofocus required>
<button id="open" type="submit">Open</button>
<p id="said" role="status" aria-live="polite"></p>
</form>
<main id="records" hidden></main>
<script type="application/json" id="archive-head">${JSON.stringify(head)}</script>
<script type="application/octet-stream" id="archive-body">
`);
  for (const line of pieces) write(`${line}\n`);
  write(`</script>
<script>${argon2}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`);
}
