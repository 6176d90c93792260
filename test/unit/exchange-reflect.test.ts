// Reflection and self-rating across two real vaults: the supervisor sends the prompts prepared for
// the next meeting, the supervisee answers some and sends the answers back, which the supervisor's
// vault keeps as reflections with the prompt as asked; the supervisee rates themselves and the
// supervisor's review on the same framework shows that rating beside each competency.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PacketKind } from '../../src-main/contract/exchange';
import type { Review, SelfRating } from '../../src-main/contract/frameworks';
import type { FromSupervisor, PromptSet, Reflection } from '../../src-main/contract/reflections';
import type { Session } from '../../src-main/contract/sessions';
import { buildRecords, exchangeKind, receivePacket } from '../../src-main/core/exchange/packets';
import { peerFor } from '../../src-main/core/exchange/peers';
import { pairedVaults, send } from '../helpers/exchange-pair';

let v: Awaited<ReturnType<typeof pairedVaults>>;
beforeEach(async () => {
  v = await pairedVaults();
});
afterEach(() => v.close());

const prepare = (promptIds: string[]) =>
  v.supervisor.call('reflections.prepare', {
    superviseeId: v.supervisor.sup.id,
    prompts: promptIds.map((promptId) => ({ setId: 'gibbs', promptId })),
  });
const fromSupervisor = () =>
  v.supervisee.call<FromSupervisor | null>('reflections.fromSupervisor', { superviseeId: v.supervisee.sup.id });
const theirReflections = () =>
  v.supervisor.call<Reflection[]>('reflections.list', { superviseeId: v.supervisor.sup.id });

async function deliver(from: 'supervisor' | 'supervisee', kind: PacketKind) {
  const [sender, recipient] = from === 'supervisor' ? [v.supervisor, v.supervisee] : [v.supervisee, v.supervisor];
  const packet = await send(sender, v.outbox.path, kind, null);
  return receivePacket(recipient.db(), readFileSync(packet.file));
}

describe('prompts sent, answered and returned', () => {
  it('carries the prepared prompts to the supervisee and their answers back as reflections', async () => {
    await prepare(['feeling', 'evaluation']);
    const opened = await deliver('supervisor', 'prompts');
    expect(opened.preview[0]).toBe('2 prompts from your supervisor to think about before your next meeting:');
    expect(opened.preview).toContain('What went well, and what did not?');

    const sent = (await fromSupervisor())!;
    expect(sent.prompts.map((p) => [p.promptId, p.setName, p.answer])).toEqual([
      ['feeling', 'Gibbs’ reflective cycle', null],
      ['evaluation', 'Gibbs’ reflective cycle', null],
    ]);

    // One answered, one left blank: only the answer is kept, in the supervisee's own vault first.
    const kept = await v.supervisee.call<Reflection[]>('reflections.answerSupervisor', {
      superviseeId: v.supervisee.sup.id,
      reflectedOn: '2026-11-20',
      answers: [
        { setId: 'gibbs', promptId: 'feeling', answer: 'Unsettled at first, steadier by the end.' },
        { setId: 'gibbs', promptId: 'evaluation', answer: '' },
      ],
    });
    expect(kept).toHaveLength(1);
    expect((await fromSupervisor())!.prompts.map((p) => p.answer)).toEqual([
      'Unsettled at first, steadier by the end.',
      null,
    ]);

    expect(await theirReflections()).toEqual([]);
    const back = await deliver('supervisee', 'answers');
    expect(back.preview[0]).toBe('1 answer to the prompts you sent:');
    const got = await theirReflections();
    expect(got.map((r) => [r.promptId, r.promptText, r.answer, r.reflectedOn, r.setVersion])).toEqual([
      [
        'feeling',
        'What were you feeling at the time, and what are you feeling now?',
        'Unsettled at first, steadier by the end.',
        '2026-11-20',
        '2026.1',
      ],
    ]);

    // The same answers sent again are seen as already kept and add nothing.
    const again = await deliver('supervisee', 'answers');
    expect(again.preview.at(-1)).toBe('One of these answers is already in your vault and stays as it is.');
    expect(await theirReflections()).toHaveLength(1);
  });

  it('refuses to make a packet with nothing in it, before anything moves', async () => {
    const supervisor = v.supervisor.db();
    expect(() =>
      buildRecords(supervisor, { superviseeId: v.supervisor.sup.id, kind: 'prompts', period: null }),
    ).toThrow(/No prompts wait for their next meeting/);
    expect(() =>
      buildRecords(v.supervisee.db(), { superviseeId: v.supervisee.sup.id, kind: 'answers', period: null }),
    ).toThrow('Your supervisor has sent no prompts to answer.');
    await prepare(['feeling']);
    await deliver('supervisor', 'prompts');
    expect(() =>
      buildRecords(v.supervisee.db(), { superviseeId: v.supervisee.sup.id, kind: 'answers', period: null }),
    ).toThrow(/Answer the prompts your supervisor sent first/);
    // Prompts travel one way only.
    expect(() =>
      buildRecords(v.supervisee.db(), { superviseeId: v.supervisee.sup.id, kind: 'prompts', period: null }),
    ).toThrow('A prompts for the next meeting packet is sent by the supervisor, not the supervisee.');
    expect(peerFor(v.supervisee.db(), v.supervisee.sup.id)!.sentSeq).toBe(0);
  });

  it('refuses an answer to a prompt that was not sent, and answers dated ahead', async () => {
    await prepare(['feeling']);
    await deliver('supervisor', 'prompts');
    await expect(
      v.supervisee.call('reflections.answerSupervisor', {
        superviseeId: v.supervisee.sup.id,
        answers: [{ setId: 'gibbs', promptId: 'analysis', answer: 'Because of the time of year.' }],
      }),
    ).rejects.toThrow('That prompt is not among those your supervisor sent.');
    const answers = exchangeKind('answers');
    const ahead = {
      answers: [
        {
          setId: 'gibbs',
          setName: 'Gibbs',
          setVersion: '2026.1',
          promptId: 'feeling',
          promptText: 'How?',
          answer: 'Fine.',
          answeredOn: '2099-01-01',
        },
      ],
    };
    expect(() => answers.check!(v.supervisor.db(), v.supervisor.sup.id, ahead, null)).toThrow(
      /dated on a day that has not happened yet/,
    );
  });
});

describe('the supervisor’s own prompt sets', () => {
  it('arrive as sets the supervisee answers on Reflect, and the answers come back', async () => {
    expect(() =>
      buildRecords(v.supervisor.db(), { superviseeId: v.supervisor.sup.id, kind: 'reflection_sets', period: null }),
    ).toThrow(/You have no prompt sets of your own to send/);
    const set = await v.supervisor.call<PromptSet>('reflections.createSet', {
      name: 'Strengths first',
      model: 'Solution-focused',
      prompts: [{ text: 'What went better than you expected?' }, { text: 'What would you keep doing?' }],
    });
    const opened = await deliver('supervisor', 'reflection_sets');
    expect(opened.preview).toEqual([
      '1 prompt set from your supervisor, to answer on Reflect:',
      'Strengths first (version 1): 2 prompts.',
    ]);
    const theirSets = await v.supervisee.call<PromptSet[]>('reflections.sets', {});
    expect(theirSets.find((x) => x.id === set.id)?.prompts.map((p) => p.text)).toEqual([
      'What went better than you expected?',
      'What would you keep doing?',
    ]);
    // The supervisee answers it with the ordinary form, and the answer goes back.
    await v.supervisee.call('reflections.save', {
      superviseeId: v.supervisee.sup.id,
      setId: set.id,
      reflectedOn: '2026-11-27',
      answers: [{ promptId: 'p2', answer: 'Naming the pattern early.' }],
    });
    const back = await deliver('supervisee', 'answers');
    expect(back.preview).toContain('What would you keep doing? Naming the pattern early.');
    expect((await theirReflections()).map((r) => [r.setId, r.promptText, r.answer, r.reflectedOn])).toEqual([
      [set.id, 'What would you keep doing?', 'Naming the pattern early.', '2026-11-27'],
    ]);

    // A new version replaces the one the supervisee holds.
    await v.supervisor.call('reflections.updateSet', {
      id: set.id,
      name: 'Strengths first',
      model: 'Solution-focused',
      prompts: [{ id: 'p1', text: 'What went better than you hoped?' }],
    });
    await deliver('supervisor', 'reflection_sets');
    const updated = (await v.supervisee.call<PromptSet[]>('reflections.sets', {})).find((x) => x.id === set.id)!;
    expect([updated.version, updated.prompts.map((p) => p.text)]).toEqual(['2', ['What went better than you hoped?']]);
  });

  it('refuses a packet that would replace a built-in set', () => {
    const kind = exchangeKind('reflection_sets');
    const builtIn = {
      sets: [{ id: 'gibbs', name: 'Mine', model: '', version: 9, prompts: [{ id: 'p1', text: 'Why?' }] }],
    };
    expect(() => kind.check!(v.supervisee.db(), v.supervisee.sup.id, builtIn, null)).toThrow(
      'This packet would replace a built-in prompt set.',
    );
  });
});

describe('a self-rating seen beside the supervisor’s', () => {
  const review = (s: typeof v.supervisor, frameworkId: string, reviewedOn: string) =>
    s.call<Review>('reviews.create', { superviseeId: s.sup.id, frameworkId, reviewedOn });

  it('shows the supervisee’s levels, comments and chosen evidence on the supervisor’s review', async () => {
    await expect(deliver('supervisee', 'self_rating')).rejects.toThrow(/Rate yourself first/);
    // In the supervisee's own vault: a session to point at, and a draft review of themselves.
    const session = await v.supervisee.call<Session>('sessions.create', {
      superviseeId: v.supervisee.sup.id,
      date: '2026-11-09',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    const mine = await review(v.supervisee, 'apa-pwc-1', '2026-11-25');
    await v.supervisee.call('reviews.save', {
      id: mine.id,
      reviewedOn: '2026-11-25',
      strengths: '',
      limitations: '',
      ratings: [
        {
          competencyCode: 'ETH',
          level: 3,
          comment: 'I ask sooner now.',
          evidence: [{ kind: 'session', id: session.id }],
        },
        { competencyCode: 'INT', level: 2, comment: '', evidence: [] },
      ],
    });
    const opened = await deliver('supervisee', 'self_rating');
    expect(opened.preview[0]).toBe(
      'Their rating of themselves on APA profession-wide competencies, dated 2026-11-25: 2 of 2 competencies ' +
        'rated, 1 record chosen as evidence.',
    );

    const theirs = await review(v.supervisor, 'apa-pwc-1', '2026-11-30');
    const beside = (await v.supervisor.call<SelfRating | null>('reviews.selfRating', { id: theirs.id }))!;
    expect(beside.reviewedOn).toBe('2026-11-25');
    expect(beside.ratings.map((r) => [r.code, r.level, r.comment, r.evidence.length])).toEqual([
      ['ETH', 3, 'I ask sooner now.', 1],
      ['INT', 2, '', 0],
    ]);
    expect(beside.ratings[0]!.evidence[0]!.date).toBe('2026-11-09');
    // Another framework's review has no self-rating beside it.
    const other = await review(v.supervisor, 'cacrep-foundations-1', '2026-11-30');
    expect(await v.supervisor.call('reviews.selfRating', { id: other.id })).toBeNull();
  });
});
