// The de-identification guard runs on its own thread: while it reads a long note the main process
// keeps answering (its event loop turns), the built app's worker file works the same as the
// sources', and one save reads the text once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTexts } from '../../src-main/core/notes/notes';
import { stopGuardThread } from '../../src-main/core/notes/guard-thread';

afterAll(() => stopGuardThread());

const BUILT = resolve(__dirname, '..', '..', 'out', 'main', 'guard-worker.js');

describe('the guard’s thread', () => {
  it('leaves the main event loop free while it reads a note at its longest', async () => {
    // Dates written out, the model's slowest input, up to a field's 8,000 characters.
    const slow = '1 March 2020, '.repeat(570);
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    try {
      const found = await scanTexts([{ field: 'discussion', text: slow }]);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.field === 'discussion' && f.kind === 'date')).toBe(true);
    } finally {
      clearInterval(tick);
    }
    // On the main thread the loop could not have turned once before the answer.
    expect(turns).toBeGreaterThan(0);
  });

  it('answers many saves in turn, each with its own findings', async () => {
    const answers = await Promise.all(
      ['Call 555-201-3344 today.', 'Nothing identifying here.', 'E-mail kay@example.org.'].map((text, i) =>
        scanTexts([{ field: `f${i}`, text }]),
      ),
    );
    expect(answers.map((a) => a.map((f) => `${f.field}:${f.kind}`))).toEqual([['f0:phone'], [], ['f2:email']]);
  });

  // Built by `npm run build`, which the README's test command runs before the unit tests.
  it.skipIf(!existsSync(BUILT))('the built app’s worker file finds the same things', async () => {
    const w = new Worker(BUILT);
    try {
      const reply = await new Promise<{ id: number; findings: { kind: string }[] }>((done, fail) => {
        w.once('message', done);
        w.once('error', fail);
        w.postMessage({ id: 7, texts: [{ field: 'plan', text: 'Her cell is 5552013344.' }] });
      });
      expect(reply.id).toBe(7);
      expect(reply.findings.map((f) => f.kind)).toEqual(['phone']);
    } finally {
      await w.terminate();
    }
  });
});
