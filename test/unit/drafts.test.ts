// Note drafts through the registry: kept per new note of a supervisee and per note being edited,
// replaced as typed, refused for a note that is not that supervisee's, gone when discarded, and
// gone with their supervisee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import type { NoteDraft, NoteDraftValues } from '../../src-main/contract/drafts';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let ana: string;
let ben: string;
const invoke = (ch: ChannelName, input: unknown) => v.invoke(ch, input);
const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);
const values = (over: Partial<NoteDraftValues> = {}): NoteDraftValues => ({
  sessionId: null,
  date: '2026-03-0',
  caseCode: 'C-',
  presentingConcern: '',
  discussion: 'Half a thought about pac',
  guidance: '',
  reactions: '',
  plan: '',
  riskFlags: ['legal'],
  identifiersReason: null,
  actions: [{ text: 'Ring the', due: null, done: false }],
  ...over,
});

beforeAll(async () => {
  v = await openRegistryVault();
  ana = await v.person('Ansel Marchbank');
  ben = await v.person('Brielle Fenwold');
});
afterAll(() => v.close());

describe('note drafts', () => {
  it('keeps a half-written note as typed, one per new note and one per note being edited', async () => {
    const fresh = { superviseeId: ana, noteId: null };
    expect(await call('drafts.get', fresh)).toBeNull();
    await call('drafts.save', { ...fresh, values: values() });
    const later = await call<NoteDraft>('drafts.save', {
      ...fresh,
      values: values({ discussion: 'Half a thought about pacing' }),
    });
    expect(later.values.discussion).toBe('Half a thought about pacing');
    expect(await call('drafts.get', fresh)).toEqual(later);
    // A refused note keeps its draft; a saved one takes it, as kept answers take theirs.
    const refused = await invoke('notes.create', { superviseeId: ana, date: '2999-01-01', caseCode: 'C-1' });
    expect(refused).toMatchObject({ ok: false });
    expect(await call('drafts.get', fresh)).toEqual(later);
    const note = await call<{ id: string }>('notes.create', { superviseeId: ana, date: '2026-03-02', caseCode: 'C-1' });
    expect(await call('drafts.get', fresh)).toBeNull();
    await call('drafts.save', { ...fresh, values: values({ discussion: 'The next note' }) });
    const editing = { superviseeId: ana, noteId: note.id };
    await call('drafts.save', { ...editing, values: values({ caseCode: 'C-1', discussion: 'An edit' }) });
    expect((await call<NoteDraft>('drafts.get', fresh)).values.discussion).toBe('The next note');
    expect((await call<NoteDraft>('drafts.get', editing)).values.discussion).toBe('An edit');
    // A note is only drafted for its own supervisee.
    const wrong = await invoke('drafts.save', { superviseeId: ben, noteId: note.id, values: values() });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call('drafts.discard', editing);
    expect(await call('drafts.get', editing)).toBeNull();
    expect(await call('drafts.get', fresh)).not.toBeNull();
    // Saving the edit takes the edit's draft and leaves the new note's.
    await call('drafts.save', { ...editing, values: values({ caseCode: 'C-1', discussion: 'Edit again' }) });
    await call('notes.update', { id: note.id, patch: { date: '2026-03-02', caseCode: 'C-1', discussion: 'Done' } });
    expect(await call('drafts.get', editing)).toBeNull();
    expect(await call('drafts.get', fresh)).not.toBeNull();
  });

  it('refuses a draft over the size a note may have, and goes with its supervisee', async () => {
    const big = await invoke('drafts.save', {
      superviseeId: ben,
      noteId: null,
      values: values({ discussion: 'x'.repeat(8001) }),
    });
    expect(big).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['values', 'discussion'] }] },
    });
    await call('drafts.save', { superviseeId: ben, noteId: null, values: values() });
    await call('supervisees.archive', { id: ben });
    await call('supervisees.delete', { id: ben, confirmName: 'Brielle Fenwold' });
    const sqlite = v.core.vault.openVault().sqlite;
    expect(sqlite.prepare('select count(*) as n from note_drafts where supervisee_id = ?').get(ben)).toEqual({ n: 0 });
  });
});

describe('reflection drafts', () => {
  const answers = {
    sessionId: null,
    caseCode: 'C-',
    goalId: null,
    themes: 'pac',
    answers: { 'gibbs-feeling': 'Rushed, then' },
  };

  it('keeps half-answered prompts per supervisee and set, replaced as typed, and gone when discarded', async () => {
    const key = { superviseeId: ana, setId: 'gibbs' };
    expect(await call('drafts.reflectionGet', key)).toBeNull();
    await call('drafts.reflectionSave', { ...key, values: answers });
    const again = { ...answers, answers: { 'gibbs-feeling': 'Rushed, then relieved' } };
    await call('drafts.reflectionSave', { ...key, values: again });
    expect(await call('drafts.reflectionGet', key)).toMatchObject({ ...key, values: again });
    // Another set or another supervisee has its own.
    expect(await call('drafts.reflectionGet', { superviseeId: ana, setId: 'seven-eyed' })).toBeNull();
    expect(
      await call('drafts.reflectionGet', { superviseeId: await v.person('Dorian Vale'), setId: 'gibbs' }),
    ).toBeNull();
    await call('drafts.reflectionDiscard', key);
    expect(await call('drafts.reflectionGet', key)).toBeNull();
  });

  it('goes once the answers are kept, and not when they are refused', async () => {
    const key = { superviseeId: await v.person('Cyra Dunmore'), setId: 'gibbs' };
    await call('drafts.reflectionSave', { ...key, values: answers });
    const refused = await invoke('reflections.save', {
      ...key,
      sessionId: null,
      caseCode: null,
      goalId: null,
      themes: [],
      answers: [{ promptId: 'feeling', answer: '' }],
    });
    expect(refused).toMatchObject({ ok: false });
    expect(await call('drafts.reflectionGet', key)).not.toBeNull();
    await call('reflections.save', {
      ...key,
      sessionId: null,
      caseCode: null,
      goalId: null,
      themes: [],
      answers: [{ promptId: 'feeling', answer: 'Rushed, then relieved' }],
    });
    expect(await call('drafts.reflectionGet', key)).toBeNull();
  });

  it('refuses a draft for a supervisee who is not there', async () => {
    const r = await invoke('drafts.reflectionSave', {
      superviseeId: '00000000-0000-4000-8000-000000000000',
      setId: 'gibbs',
      values: answers,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
