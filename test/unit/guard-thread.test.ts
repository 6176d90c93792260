// The de-identification guard runs on its own thread: while it reads a long note the main process
// keeps answering (its event loop turns), the built app's worker file works the same as the
// sources', and one save reads the text once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTexts } from '../../src-main/core/notes/notes';
import { setGuardWorkerForTests, stopGuardThread } from '../../src-main/core/notes/guard-thread';
import { openRegistryVault } from '../helpers/registry-vault';

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

  it('refuses a save whose check does not answer in time, keeps nothing, and starts a new thread', async () => {
    const v = await openRegistryVault();
    const person = await v.person('Oriel Thistlewood');
    const note = { superviseeId: person, date: '2026-01-05', caseCode: 'C-3', discussion: 'Call 555-201-3344.' };
    await stopGuardThread();
    // A thread that never answers, as one stuck on some text would be.
    setGuardWorkerForTests(() => new Worker('setInterval(() => {}, 1000);', { eval: true }), 300);
    try {
      const refused = await v.invoke('notes.create', note);
      expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(!refused.ok && refused.error.message).toMatch(/took too long and was stopped\. Nothing was saved/);
      expect(await v.call('notes.list', { superviseeId: person })).toEqual([]);
    } finally {
      setGuardWorkerForTests();
    }
    // The next check runs on a new, working thread.
    const found = await scanTexts([{ field: 'discussion', text: 'Call 555-201-3344.' }]);
    expect(found.map((f) => f.kind)).toEqual(['phone']);
    v.close();
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
