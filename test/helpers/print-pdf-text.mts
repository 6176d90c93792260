// `node --import tsx test/helpers/print-pdf-text.mts <file.pdf>` prints the PDF's pages as a JSON
// array of text, for the end-to-end tests (Playwright loads specs as CommonJS; pdfjs-dist is ESM).
import { readFileSync } from 'node:fs';
import { pdfPages } from './pdf-text';

process.stdout.write(JSON.stringify(await pdfPages(readFileSync(process.argv[2]!))));
