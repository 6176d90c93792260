// Case-consultation notes through the registry, on a real vault: fields and limits, case threads,
// links to sessions, action items kept by id, open risks and open follow-ups across supervisees.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/core/app/app-core';
import type { ChannelInput, ChannelName } from '../../src-main/contract';
import type { Note, OpenAction, OpenRisk } from '../../src-main/contract/notes';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let ana: string;
let ben: string;

async function call<T>(ch: ChannelName, input: unknown): Promise<T> {
  return unwrap(await core.registry.invoke(ch, input as ChannelInput<typeof ch>, t)) as T;
}
async function refusal(ch: ChannelName, input: unknown) {
  const r = await core.registry.invoke(ch, input as ChannelInput<typeof ch>, t);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const person = async (fullName: string) =>
  (await call<{ id: string }>('supervisees.create', { fullName, discipline: 'other', supervisionStart: '2025-01-01' }))
    .id;

beforeAll(async () => {
  dir = tempDir();
  core = newCore(join(dir.path, 'vault'));
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  ana = await person('Ansel Marchbank');
  ben = await person('Brielle Fenwold');
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

describe('case notes', () => {
  it('keeps every field, the flags and the action items, and lists newest first', async () => {
    const first = await call<Note>('notes.create', {
      superviseeId: ana,
      date: '2026-03-02',
      caseCode: 'C-014',
      presentingConcern: 'Low mood after a job loss',
      discussion: 'Pacing of the work',
      guidance: 'Slow down; screen for risk each session',
      reactions: 'Felt helpless, like the client',
      plan: 'Behavioural activation',
      riskFlags: ['suicide_risk'],
      actions: [
        { text: 'Complete a risk assessment', due: '2026-03-09' },
        { text: 'Read on activation', due: null },
      ],
    });
    expect(first).toMatchObject({
      caseCode: 'C-014',
      reactions: 'Felt helpless, like the client',
      riskFlags: ['suicide_risk'],
      sessionId: null,
    });
    // Dated items first, soonest first.
    expect(first.actions.map((a) => [a.text, a.due, a.doneAt])).toEqual([
      ['Complete a risk assessment', '2026-03-09', null],
      ['Read on activation', null, null],
    ]);
    await call('notes.create', { superviseeId: ana, date: '2026-03-09', caseCode: 'C-020' });
    const list = await call<Note[]>('notes.list', { superviseeId: ana });
    expect(list.map((n) => n.date)).toEqual(['2026-03-09', '2026-03-02']);
    expect(await call<Note>('notes.get', { id: first.id })).toEqual(first);
  });

  it('refuses a case code that could be a name, a day ahead, and another supervisee’s session', async () => {
    const code = await refusal('notes.create', { superviseeId: ana, date: '2026-03-02', caseCode: 'Jane Doe' });
    expect(code.issues).toEqual([
      { path: ['caseCode'], message: 'Use letters, digits, dots or dashes only (no spaces), like C-014 or JD.' },
    ]);
    const ahead = await refusal('notes.create', { superviseeId: ana, date: '2999-01-01', caseCode: 'C-1' });
    expect(ahead.issues).toEqual([
      { path: ['date'], message: "A note can't be dated on a day that hasn't happened yet." },
    ]);
    const theirs = await call<{ id: string }>('sessions.create', {
      superviseeId: ben,
      date: '2026-03-03',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    const wrong = await refusal('notes.create', {
      superviseeId: ana,
      sessionId: theirs.id,
      date: '2026-03-03',
      caseCode: 'C-1',
    });
    expect(wrong.issues).toEqual([{ path: ['sessionId'], message: 'That session is not one of this supervisee’s.' }]);
    const ok = await call<Note>('notes.create', {
      superviseeId: ben,
      sessionId: theirs.id,
      date: '2026-03-03',
      caseCode: 'K-2',
    });
    expect(ok.sessionId).toBe(theirs.id);
  });

  it('threads a case oldest first, only that supervisee’s notes with that code', async () => {
    await call('notes.create', { superviseeId: ana, date: '2026-03-16', caseCode: 'C-014', discussion: 'Later' });
    await call('notes.create', { superviseeId: ben, date: '2026-03-10', caseCode: 'C-014', discussion: 'Not hers' });
    const thread = await call<Note[]>('notes.case', { superviseeId: ana, caseCode: 'C-014' });
    expect(thread.map((n) => [n.date, n.superviseeId])).toEqual([
      ['2026-03-02', ana],
      ['2026-03-16', ana],
    ]);
  });

  it('keeps an action item’s record and done time when the note is saved again; drops what was removed', async () => {
    const n = await call<Note>('notes.create', {
      superviseeId: ben,
      date: '2026-03-04',
      caseCode: 'A-1',
      actions: [
        { text: 'One', due: null },
        { text: 'Two', due: null },
      ],
    });
    const [one, two] = n.actions;
    const done = await call<{ doneAt: string | null }>('actions.setDone', { id: one!.id, done: true });
    expect(done.doneAt).not.toBeNull();
    const again = await call<Note>('notes.update', {
      id: n.id,
      patch: {
        date: '2026-03-04',
        caseCode: 'A-1',
        actions: [
          { id: one!.id, text: 'One, reworded', due: '2026-04-01', done: true },
          { text: 'Three', due: null },
        ],
      },
    });
    expect(again.actions.map((a) => [a.id === one!.id, a.text, a.doneAt === done.doneAt])).toEqual([
      [true, 'One, reworded', true],
      [false, 'Three', false],
    ]);
    expect(again.actions.some((a) => a.id === two!.id)).toBe(false);
    const foreign = await refusal('notes.update', {
      id: n.id,
      patch: { date: '2026-03-04', caseCode: 'A-1', actions: [{ id: ana, text: 'x' }] },
    });
    expect(foreign.issues).toEqual([{ path: ['actions', 0, 'id'], message: 'That action item is not on this note.' }]);
  });

  it('lists a case as an open risk while its newest note carries a flag, across supervisees', async () => {
    const risks = () => call<OpenRisk[]>('notes.openRisks', {});
    const flagged = await call<Note>('notes.create', {
      superviseeId: ben,
      date: '2026-03-05',
      caseCode: 'R-9',
      riskFlags: ['harm_to_others', 'legal'],
    });
    expect((await risks()).find((r) => r.caseCode === 'R-9')).toEqual({
      noteId: flagged.id,
      superviseeId: ben,
      superviseeName: 'Brielle Fenwold',
      caseCode: 'R-9',
      date: '2026-03-05',
      riskFlags: ['harm_to_others', 'legal'],
    });
    // C-014's newest note (16 March) has no flag: its risk of 2 March is no longer open.
    expect((await risks()).some((r) => r.caseCode === 'C-014')).toBe(false);
    const calmer = await call<Note>('notes.create', { superviseeId: ben, date: '2026-03-12', caseCode: 'R-9' });
    expect((await risks()).some((r) => r.caseCode === 'R-9')).toBe(false);
    // Deleting the calmer note opens the risk again; undo closes it.
    await call('notes.delete', { id: calmer.id });
    expect((await risks()).some((r) => r.caseCode === 'R-9')).toBe(true);
    expect((await call<Note[]>('notes.list', { superviseeId: ben })).some((n) => n.id === calmer.id)).toBe(false);
    await call('notes.restore', { id: calmer.id });
    expect((await risks()).some((r) => r.caseCode === 'R-9')).toBe(false);
  });

  it('lists open follow-ups soonest first, for one supervisee or all, and closes them', async () => {
    const open = (superviseeId?: string) =>
      call<OpenAction[]>('actions.open', superviseeId ? { superviseeId } : {}).then((l) =>
        l.map((a) => [a.superviseeName, a.caseCode, a.text, a.due]),
      );
    expect(await open(ana)).toEqual([
      ['Ansel Marchbank', 'C-014', 'Complete a risk assessment', '2026-03-09'],
      ['Ansel Marchbank', 'C-014', 'Read on activation', null],
    ]);
    const all = await open();
    // 'One, reworded' was saved done.
    expect(all.filter((a) => a[0] === 'Brielle Fenwold').map((a) => a[2])).toEqual(['Three']);
    expect(all.findIndex((a) => a[2] === 'Complete a risk assessment')).toBeLessThan(
      all.findIndex((a) => a[2] === 'Read on activation'),
    );
    const first = (await call<OpenAction[]>('actions.open', { superviseeId: ana }))[0]!;
    await call('actions.setDone', { id: first.id, done: true });
    expect((await open(ana)).map((a) => a[2])).toEqual(['Read on activation']);
    await call('actions.setDone', { id: first.id, done: false });
    expect((await open(ana)).map((a) => a[2])).toEqual(['Complete a risk assessment', 'Read on activation']);
    // An archived supervisee's follow-ups leave the lists until restored.
    await call('supervisees.archive', { id: ana });
    expect(await open()).not.toContainEqual(expect.arrayContaining(['Ansel Marchbank']));
    await call('supervisees.restore', { id: ana });
  });

  it('keeps a note that may name a client only with a reason, and never echoes the text', async () => {
    const typed = {
      superviseeId: ben,
      date: '2026-03-06',
      caseCode: 'G-1',
      discussion: 'Client gave her cell, 555-201-3344, and her sister Rebecca called.',
      actions: [{ text: 'Call back on (555) 201-3344', due: null }],
    };
    const refused = await refusal('notes.create', typed);
    expect(refused.code).toBe('validation');
    expect(refused.issues).toEqual([
      {
        path: ['discussion'],
        message:
          'This may identify the client (a phone or fax number, a person’s name). Edit it, or keep it and say why.',
      },
      {
        path: ['actions', 0, 'text'],
        message: 'This may identify the client (a phone or fax number). Edit it, or keep it and say why.',
      },
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/555|Rebecca/);
    // The form asks where, to highlight: offsets into the text as typed.
    const found = await call<{ field: string; kind: string; start: number; end: number }[]>('notes.findIdentifiers', {
      texts: [{ field: 'discussion', text: typed.discussion }],
    });
    expect(found.map((f) => [f.kind, typed.discussion.slice(f.start, f.end)])).toEqual([
      ['phone', '555-201-3344'],
      ['name', 'Rebecca'],
    ]);
    const kept = await call<Note>('notes.create', {
      ...typed,
      identifiersReason: 'Needed for the safeguarding report',
    });
    expect(kept.identifiersReason).toBe('Needed for the safeguarding report');
    // A clean note needs no reason.
    const clean = await call<Note>('notes.create', { ...typed, discussion: 'Talked about the sister.', actions: [] });
    expect(clean.identifiersReason).toBeNull();
  });

  it('keeps editing a note whose session was deleted since, without relinking it', async () => {
    const s = await call<{ id: string }>('sessions.create', {
      superviseeId: ben,
      date: '2026-03-07',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    const n = await call<Note>('notes.create', {
      superviseeId: ben,
      sessionId: s.id,
      date: '2026-03-07',
      caseCode: 'L-1',
    });
    await call('sessions.delete', { id: s.id });
    const edited = await call<Note>('notes.update', {
      id: n.id,
      patch: { sessionId: s.id, date: '2026-03-07', caseCode: 'L-1', plan: 'Review in a month' },
    });
    expect(edited).toMatchObject({ sessionId: s.id, plan: 'Review in a month' });
    // A new link to a deleted session is still refused.
    const other = await refusal('notes.create', {
      superviseeId: ben,
      sessionId: s.id,
      date: '2026-03-07',
      caseCode: 'L-2',
    });
    expect(other.issues).toEqual([{ path: ['sessionId'], message: 'That session is not one of this supervisee’s.' }]);
  });
});
