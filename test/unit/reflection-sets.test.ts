// The supervisor's own prompt sets, theme tags, prompts prepared for the next meeting and the
// printed prompt sheet, through the registry as the renderer drives them.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import { localToday } from '../../src-main/contract/dates';
import type { PreparedPrompt, PromptSet, Reflection } from '../../src-main/contract/reflections';
import { exportPromptSheet } from '../../src-main/core/reflections/sheet-export';
import { toPath } from '../../src-main/core/shared/file-port';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';
import { pdfPages } from '../helpers/pdf-text';
import { readFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp-vault';

let v: RegistryVault;
let ana: string;
let ben: string;
const invoke = (ch: ChannelName, input: unknown) => v.invoke(ch, input);
const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);
const session = (superviseeId: string, date: string) =>
  call<{ id: string }>('sessions.create', {
    superviseeId,
    date,
    durationMinutes: 60,
    format: 'individual',
    modality: 'video',
  });

beforeAll(async () => {
  v = await openRegistryVault();
  ana = await v.person('Ansel Marchbank');
  ben = await v.person('Brielle Fenwold');
});
afterAll(() => v.close());

describe('own prompt sets', () => {
  let own: PromptSet;

  it('makes a set, numbers its prompts and lists it after the built-in ones', async () => {
    own = await call<PromptSet>('reflections.createSet', {
      name: 'Solution talk',
      prompts: [{ text: 'What went better than expected?' }, { text: 'What is one small next step?' }],
    });
    expect(own).toMatchObject({ builtIn: false, retired: false, version: '1', model: 'Own questions' });
    expect(own.prompts.map((p) => p.id)).toEqual(['p1', 'p2']);
    const sets = await call<PromptSet[]>('reflections.sets', {});
    expect(sets.at(-1)!.id).toBe(own.id);
    expect(sets.filter((s) => s.builtIn)).toHaveLength(6);
  });

  it('makes a new version on edit; old answers keep their words, a reworded prompt keeps its history', async () => {
    await call('reflections.save', {
      superviseeId: ana,
      setId: own.id,
      answers: [{ promptId: 'p1', answer: 'The family session' }],
    });
    const edited = await call<PromptSet>('reflections.updateSet', {
      id: own.id,
      name: 'Solution talk',
      model: '',
      // p1 reworded, p2 removed, one new prompt: the new one is p3, never p2 again.
      prompts: [{ id: 'p1', text: 'What went better than you expected?' }, { text: 'Who noticed?' }],
    });
    expect(edited.version).toBe('2');
    expect(edited.prompts).toEqual([
      { id: 'p1', text: 'What went better than you expected?' },
      { id: 'p3', text: 'Who noticed?' },
    ]);
    await call('reflections.save', {
      superviseeId: ana,
      setId: own.id,
      answers: [{ promptId: 'p1', answer: 'Group went well' }],
    });
    const history = await call<Reflection[]>('reflections.list', { superviseeId: ana, setId: own.id, promptId: 'p1' });
    expect(history.map((r) => [r.promptText, r.setVersion, r.answer])).toEqual([
      ['What went better than you expected?', '2', 'Group went well'],
      ['What went better than expected?', '1', 'The family session'],
    ]);
    // Saving the same content again is not a new version.
    const same = await call<PromptSet>('reflections.updateSet', {
      id: own.id,
      name: 'Solution talk',
      prompts: edited.prompts,
    });
    expect(same.version).toBe('2');
  });

  it('refuses editing a built-in set, a prompt id the set never had, and an empty set', async () => {
    expect(
      await invoke('reflections.updateSet', { id: 'gibbs', name: 'Mine now', prompts: [{ text: 'x' }] }),
    ).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['id'] }] } });
    expect(
      await invoke('reflections.updateSet', { id: own.id, name: 'Solution talk', prompts: [{ id: 'p2', text: 'x' }] }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['prompts', 0, 'id'] }] } });
    expect(await invoke('reflections.createSet', { name: 'Empty', prompts: [] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['prompts'], message: 'A set needs at least one prompt.' }] },
    });
    expect(await invoke('reflections.createSet', { name: ' ', prompts: [{ text: 'Fine?' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['name'], message: 'Give the set a name.' }] },
    });
  });

  it('retires a set: no longer offered or answerable, its answers stay; and brings it back', async () => {
    await call('reflections.retireSet', { id: own.id, retired: true });
    expect((await call<PromptSet[]>('reflections.sets', {})).some((s) => s.id === own.id)).toBe(false);
    expect(
      (await call<PromptSet[]>('reflections.sets', { includeRetired: true })).find((s) => s.id === own.id)?.retired,
    ).toBe(true);
    expect(
      await invoke('reflections.save', {
        superviseeId: ana,
        setId: own.id,
        answers: [{ promptId: 'p1', answer: 'x' }],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['setId'] }] } });
    expect(await call<Reflection[]>('reflections.list', { superviseeId: ana, setId: own.id })).toHaveLength(2);
    expect(await invoke('reflections.retireSet', { id: 'gibbs', retired: true })).toMatchObject({ ok: false });
    await call('reflections.retireSet', { id: own.id, retired: false });
    expect((await call<PromptSet[]>('reflections.sets', {})).some((s) => s.id === own.id)).toBe(true);
  });
});

describe('theme tags', () => {
  it('keeps themes folded to lower case without repeats, filters by one, counts them, and retags', async () => {
    const [first] = await call<Reflection[]>('reflections.save', {
      superviseeId: ben,
      setId: 'proctor',
      themes: ['Boundaries', 'boundaries', ' self-care '],
      answers: [{ promptId: 'restorative', answer: 'Tired after the crisis shift' }],
    });
    expect(first!.themes).toEqual(['boundaries', 'self-care']);
    await call('reflections.save', {
      superviseeId: ben,
      setId: 'proctor',
      themes: ['boundaries'],
      answers: [{ promptId: 'normative', answer: 'Consent forms updated' }],
    });
    expect(await call('reflections.themes', { superviseeId: ben })).toEqual([
      { theme: 'boundaries', count: 2 },
      { theme: 'self-care', count: 1 },
    ]);
    const selfCare = await call<Reflection[]>('reflections.list', { superviseeId: ben, theme: 'self-care' });
    expect(selfCare.map((r) => r.id)).toEqual([first!.id]);
    const retagged = await call<Reflection>('reflections.tag', { id: first!.id, themes: ['fatigue'] });
    expect(retagged.themes).toEqual(['fatigue']);
    expect(await call<Reflection[]>('reflections.list', { superviseeId: ben, theme: 'self-care' })).toEqual([]);
    expect(await invoke('reflections.tag', { id: first!.id, themes: ['no;semicolons'] })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('prompts prepared for the next meeting', () => {
  let waiting: PreparedPrompt[];

  it('waits, ignores a prompt already waiting, and refuses a prompt not in the set', async () => {
    waiting = await call<PreparedPrompt[]>('reflections.prepare', {
      superviseeId: ana,
      prompts: [
        { setId: 'seven-eyed', promptId: 'stirred' },
        { setId: 'gibbs', promptId: 'next' },
      ],
    });
    expect(waiting.map((p) => [p.promptText, p.sessionId])).toEqual([
      ['What did this case stir in you?', null],
      ['What will you try next time?', null],
    ]);
    const again = await call<PreparedPrompt[]>('reflections.prepare', {
      superviseeId: ana,
      prompts: [{ setId: 'gibbs', promptId: 'next' }],
    });
    expect(again).toHaveLength(2);
    expect(
      await invoke('reflections.prepare', { superviseeId: ana, prompts: [{ setId: 'gibbs', promptId: 'stirred' }] }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['prompts', 0] }] } });
  });

  it('prints the waiting prompts as a sheet with the supervisee’s name and lines to write on', async () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'sheet.pdf');
      const done = await exportPromptSheet(
        () => v.core.vault.db(),
        toPath(path, () => v.core.vault.db()),
        {
          superviseeId: ana,
          date: '2026-12-10',
        },
      );
      expect(done.path).toBe(path);
      const text = (await pdfPages(readFileSync(path))).join('\n');
      expect(text).toContain('Reflection prompts');
      expect(text).toContain('For: Ansel Marchbank');
      expect(text).toContain('Meeting: 2026-12-10');
      expect(text).toContain('1. What did this case stir in you?');
      expect(text).toContain('2. What will you try next time?');
      expect(text).toContain('Seven-eyed model, version 2026.1');
      expect(text).toMatch(/Page 1 of 1/);
      // A whole set, for someone with nothing waiting.
      const whole = join(dir.path, 'whole.pdf');
      await exportPromptSheet(
        () => v.core.vault.db(),
        toPath(whole, () => v.core.vault.db()),
        { superviseeId: ben, setId: 'proctor' },
      );
      const proctor = (await pdfPages(readFileSync(whole))).join('\n');
      expect(proctor).toContain('3. How are you carrying this work, and what support do you need?');
      await expect(
        exportPromptSheet(
          () => v.core.vault.db(),
          toPath(join(dir.path, 'none.pdf'), () => v.core.vault.db()),
          { superviseeId: ben },
        ),
      ).rejects.toThrow('No prompts are waiting for the next meeting');
    } finally {
      dir.cleanup();
    }
  });

  it('are left waiting by a session logged for a day before they were prepared', async () => {
    await session(ana, '2026-03-04');
    expect(await call<PreparedPrompt[]>('reflections.prepared', { superviseeId: ana })).toHaveLength(2);
  });

  it('are taken up by the next session logged, and answered for it with the words as prepared', async () => {
    const next = await session(ana, localToday());
    expect(await call('reflections.prepared', { superviseeId: ana })).toEqual([]);
    const taken = await call<PreparedPrompt[]>('reflections.prepared', { superviseeId: ana, sessionId: next.id });
    expect(taken.map((p) => p.sessionId)).toEqual([next.id, next.id]);
    const saved = await call<Reflection[]>('reflections.save', {
      superviseeId: ana,
      setId: 'gibbs',
      sessionId: next.id,
      answers: [
        { promptId: 'stirred', preparedId: taken[0]!.id, answer: 'Protective, like the client’s mother' },
        { promptId: 'feeling', answer: 'Calmer now' },
      ],
    });
    expect(saved.map((r) => [r.setId, r.promptText])).toEqual([
      ['seven-eyed', 'What did this case stir in you?'],
      ['gibbs', 'What were you feeling at the time, and what are you feeling now?'],
    ]);
    // Someone else's prepared prompt is refused.
    expect(
      await invoke('reflections.save', {
        superviseeId: ben,
        setId: 'gibbs',
        answers: [{ promptId: 'next', preparedId: taken[1]!.id, answer: 'x' }],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['answers', 0, 'preparedId'] }] } });
  });

  it('removes one that is waiting', async () => {
    const [p] = await call<PreparedPrompt[]>('reflections.prepare', {
      superviseeId: ben,
      prompts: [{ setId: 'alliance', promptId: 'bond' }],
    });
    await call('reflections.unprepare', { id: p!.id });
    expect(await call('reflections.prepared', { superviseeId: ben })).toEqual([]);
    expect(await invoke('reflections.unprepare', { id: p!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
