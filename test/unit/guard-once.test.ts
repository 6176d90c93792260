// Saving a note reads its text for client identifiers once: the form's own check (notes.findIdentifiers)
// and the save that follows it do not both scan the same text. Counted as texts sent to the guard's
// real thread.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src-main/contract/notes';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src-main/core/notes/guard-thread', async (original) => {
  const real = await original<typeof import('../../src-main/core/notes/guard-thread')>();
  return {
    ...real,
    scanOffThread: (texts: { field: string; text: string }[]) => {
      scans.count += texts.filter((t) => t.text).length;
      return real.scanOffThread(texts);
    },
  };
});

let v: RegistryVault;
let who: string;
beforeAll(async () => {
  v = await openRegistryVault();
  who = await v.person('Sample Person');
});
afterAll(() => v.close());

const note = {
  date: '2026-11-17',
  caseCode: 'HV-201',
  presentingConcern: 'Low mood after a move',
  discussion: 'Pacing of the work; the client avoids the topic.',
  actions: [{ text: 'Bring a recording' }],
};
const texts = [
  { field: 'presentingConcern', text: note.presentingConcern },
  { field: 'discussion', text: note.discussion },
  { field: 'actions.0.text', text: 'Bring a recording' },
];

describe('the de-identification guard', () => {
  it('reads a clean note once when the form checked it just before saving', async () => {
    scans.count = 0;
    expect(await v.call('notes.findIdentifiers', { texts })).toEqual([]);
    expect(scans.count).toBe(3);
    await v.call<Note>('notes.create', { superviseeId: who, ...note });
    expect(scans.count).toBe(3);
  });

  it('reads again any text that changed, and still refuses what it finds', async () => {
    scans.count = 0;
    const changed = { ...note, discussion: 'Call her sister on 555-201-3344.' };
    const refused = await v.invoke('notes.create', { superviseeId: who, ...changed });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['discussion'] }] } });
    expect(scans.count).toBe(3);
  });
});
