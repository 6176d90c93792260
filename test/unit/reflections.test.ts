// Reflective questions through the registry: built-in sets for every model in docs/domain.md; answers kept
// with the prompt as it was asked, the set's version and links; history by prompt and supervisee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import type { PromptSet, Reflection } from '../../src-main/contract/reflections';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let ana: string;
let ben: string;
const invoke = (ch: ChannelName, input: unknown) => v.invoke(ch, input);
const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);

beforeAll(async () => {
  v = await openRegistryVault();
  ana = await v.person('Ansel Marchbank');
  ben = await v.person('Brielle Fenwold');
});
afterAll(() => v.close());

describe('reflective questions', () => {
  it('ships a versioned set for each model in the domain primer', async () => {
    const sets = await call<PromptSet[]>('reflections.sets', {});
    expect(sets.map((s) => s.id)).toEqual([
      'gibbs',
      'seven-eyed',
      'proctor',
      'discrimination',
      'parallel-process',
      'alliance',
    ]);
    for (const s of sets) {
      expect(s.version).toMatch(/^\d{4}\.\d+$/);
      expect(new Set(s.prompts.map((p) => p.id)).size).toBe(s.prompts.length);
    }
  });

  it('keeps each answer with its prompt as asked, the set version and its links; skips blank ones', async () => {
    const session = await call<{ id: string }>('sessions.create', {
      superviseeId: ana,
      date: '2026-03-02',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    const saved = await call<Reflection[]>('reflections.save', {
      superviseeId: ana,
      setId: 'seven-eyed',
      sessionId: session.id,
      caseCode: 'C-014',
      answers: [
        { promptId: 'stirred', answer: 'Helplessness, like the client' },
        { promptId: 'mirror', answer: '   ' },
        { promptId: 'context', answer: 'The agency cut the session count' },
      ],
    });
    expect(saved.map((r) => [r.promptId, r.promptText, r.setVersion, r.sessionId, r.caseCode])).toEqual([
      ['stirred', 'What did this case stir in you?', '2026.1', session.id, 'C-014'],
      [
        'context',
        'What in the wider context (agency, culture, law, family) bears on this?',
        '2026.1',
        session.id,
        'C-014',
      ],
    ]);
  });

  it('refuses an unknown set or prompt, another supervisee’s session, and nothing answered', async () => {
    const set = await invoke('reflections.save', {
      superviseeId: ana,
      setId: 'nope',
      answers: [{ promptId: 'x', answer: 'a' }],
    });
    expect(set).toMatchObject({ ok: false, error: { issues: [{ path: ['setId'] }] } });
    const prompt = await invoke('reflections.save', {
      superviseeId: ana,
      setId: 'gibbs',
      answers: [{ promptId: 'stirred', answer: 'a' }],
    });
    expect(prompt).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['answers', 0, 'promptId'], message: 'That prompt is not in this set.' }] },
    });
    const theirs = await call<{ id: string }>('sessions.create', {
      superviseeId: ben,
      date: '2026-03-03',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    const wrong = await invoke('reflections.save', {
      superviseeId: ana,
      setId: 'gibbs',
      sessionId: theirs.id,
      answers: [{ promptId: 'feeling', answer: 'a' }],
    });
    expect(wrong).toMatchObject({ ok: false, error: { issues: [{ path: ['sessionId'] }] } });
    const blank = await invoke('reflections.save', {
      superviseeId: ana,
      setId: 'gibbs',
      answers: [{ promptId: 'feeling', answer: ' ' }],
    });
    expect(blank).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['answers'], message: 'Answer at least one prompt.' }] },
    });
  });

  it('lists a supervisee’s answers newest first, or one prompt’s answers over time', async () => {
    await call('reflections.save', {
      superviseeId: ana,
      setId: 'seven-eyed',
      answers: [{ promptId: 'stirred', answer: 'Less stuck this month' }],
    });
    await call('reflections.save', {
      superviseeId: ben,
      setId: 'seven-eyed',
      answers: [{ promptId: 'stirred', answer: 'Not hers' }],
    });
    const stirred = await call<Reflection[]>('reflections.list', {
      superviseeId: ana,
      setId: 'seven-eyed',
      promptId: 'stirred',
    });
    expect(stirred.map((r) => r.answer)).toEqual(['Less stuck this month', 'Helplessness, like the client']);
    const all = await call<Reflection[]>('reflections.list', { superviseeId: ana });
    expect(all).toHaveLength(3);
  });
});
