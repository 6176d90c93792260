// Lists that hang from one parent are capped, as typed and as imported: reviews of one goal, answers,
// prepared prompts and check-ins on one session. Without the caps one hostile file (or a runaway
// script on the channels) could hang thousands of records on one goal or session, and every view of
// it would read them all.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REVIEWS_PER_GOAL } from '../../src-main/contract/agreements';
import { MAX_CHECKINS_PER_SESSION } from '../../src-main/contract/alliance';
import { MAX_ANSWERS_PER_SESSION, MAX_PREPARED_PER_SESSION } from '../../src-main/contract/reflections';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import type { ExportDocument } from '../../src-main/core/data-transfer/json-format';
import { importProblems } from '../helpers/import-problems';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let person: string;
let session: string;

beforeEach(async () => {
  v = await openRegistryVault();
  person = await v.person('Sample Capped');
  session = (
    await v.call<{ id: string }>('sessions.create', {
      superviseeId: person,
      date: '2026-01-06',
      durationMinutes: 60,
      format: 'individual',
      modality: 'in_person',
      hours: [],
    })
  ).id;
});
afterEach(() => v.close());

const gibbs = (n: number) =>
  ['happened', 'feeling', 'evaluation', 'analysis', 'alternatives', 'next'].slice(0, n).map((promptId) => ({
    promptId,
    answer: `An answer to ${promptId}`,
  }));
const answer = (n: number) =>
  v.invoke('reflections.save', {
    superviseeId: person,
    setId: 'gibbs',
    sessionId: session,
    themes: [],
    answers: gibbs(n),
  });
const checkin = () =>
  v.invoke('checkins.create', {
    superviseeId: person,
    sessionId: session,
    checkedOn: '2026-01-06',
    respondent: 'supervisee',
    goals: 8,
    tasks: 8,
    bond: 8,
    comment: '',
  });
const refusal = (r: Awaited<ReturnType<RegistryVault['invoke']>>) =>
  r.ok ? 'accepted' : (r.error.issues?.[0]?.message ?? r.error.message);

// Imports `doc` with one more of `list`'s first record than the cap into a fresh vault: refused at that
// record; one fewer imports.
async function importCapped(doc: ExportDocument, list: keyof ExportDocument['entities'], cap: number, words: string) {
  const records = doc.entities[list] as { id: string }[];
  const first = records[0]!;
  while (records.length <= cap) records.push({ ...first, id: randomUUID() });
  const fresh = await openRegistryVault();
  try {
    const problems = importProblems(fresh.core.vault.db(), doc);
    expect(problems.map((p) => p.message)).toEqual([`${words}, as in the app.`]);
    expect(problems[0]!.location).toMatch(new RegExp(`^entities\\.${list}\\[${cap}\\]\\.`));
    records.pop();
    expect(importProblems(fresh.core.vault.db(), doc)).toEqual([]);
  } finally {
    fresh.close();
  }
}

describe('per-parent caps', () => {
  it('stops a goal at its most reviews, typed or imported', async () => {
    const goal = await v.call<{ id: string }>('goals.create', {
      superviseeId: person,
      text: 'Lead a group',
      targetDate: null,
      setOn: '2025-01-01',
    });
    for (let i = 0; i < MAX_REVIEWS_PER_GOAL; i++)
      await v.call('goals.review', { id: goal.id, reviewedOn: '2026-01-05', status: 'in_progress', comment: '' });
    expect(
      refusal(
        await v.invoke('goals.review', { id: goal.id, reviewedOn: '2026-01-05', status: 'in_progress', comment: '' }),
      ),
    ).toBe(`This goal has ${MAX_REVIEWS_PER_GOAL} reviews, the most one goal keeps.`);
    const doc = exportVault(v.core.vault.db());
    doc.entities.goalReviews.splice(1);
    await importCapped(doc, 'goalReviews', MAX_REVIEWS_PER_GOAL, `At most ${MAX_REVIEWS_PER_GOAL} reviews of one goal`);
  });

  it('stops a session at its most answers, typed or imported', async () => {
    for (let i = 0; i < MAX_ANSWERS_PER_SESSION / 5; i++) expect((await answer(5)).ok).toBe(true);
    expect(refusal(await answer(1))).toBe(`At most ${MAX_ANSWERS_PER_SESSION} answers can belong to one session.`);
    const doc = exportVault(v.core.vault.db());
    doc.entities.reflections.splice(1);
    await importCapped(
      doc,
      'reflections',
      MAX_ANSWERS_PER_SESSION,
      `At most ${MAX_ANSWERS_PER_SESSION} answers can belong to one session`,
    );
  });

  it('stops a session at its most check-ins, typed or imported', async () => {
    for (let i = 0; i < MAX_CHECKINS_PER_SESSION; i++) expect((await checkin()).ok).toBe(true);
    expect(refusal(await checkin())).toBe(`At most ${MAX_CHECKINS_PER_SESSION} check-ins can belong to one session.`);
    const doc = exportVault(v.core.vault.db());
    doc.entities.allianceCheckins.splice(1);
    await importCapped(
      doc,
      'allianceCheckins',
      MAX_CHECKINS_PER_SESSION,
      `At most ${MAX_CHECKINS_PER_SESSION} check-ins can belong to one session`,
    );
  });

  it('stops the prompts waiting for a meeting, and those one session took up, when imported', async () => {
    await v.call('reflections.prepare', { superviseeId: person, prompts: [{ setId: 'gibbs', promptId: 'feeling' }] });
    const waiting = exportVault(v.core.vault.db());
    await importCapped(
      waiting,
      'preparedPrompts',
      MAX_PREPARED_PER_SESSION,
      `At most ${MAX_PREPARED_PER_SESSION} prompts can wait for one meeting`,
    );
    const takenUp = exportVault(v.core.vault.db());
    takenUp.entities.preparedPrompts[0]!.sessionId = session;
    await importCapped(
      takenUp,
      'preparedPrompts',
      MAX_PREPARED_PER_SESSION,
      `At most ${MAX_PREPARED_PER_SESSION} prepared prompts can belong to one session`,
    );
  });
});
