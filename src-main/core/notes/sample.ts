// The sample's case notes and their action items.
import { RISK_FLAGS } from '../../contract/enums';
import type { Rng } from '../sample-data/prng';
import { isoDay, share, type SampleData, type Sampler } from '../sample-data/sampler';
import { ACTIONS, CONCERNS, DISCUSSIONS, GUIDANCE, PLANS, REACTIONS } from '../sample-data/vocabulary';

// Notes about the cases of a session; now and then a risk flag, and half the time an action item
// due a week later (done, unless that week is not yet over).
function generateNotes(
  rng: Rng,
  sessions: SampleData['sessions'],
  scale: { notesPerSession: number; noteSentences: number },
  today: Date,
) {
  const caseNotes: SampleData['caseNotes'] = [];
  const noteActions: SampleData['noteActions'] = [];
  const weekAgo = isoDay(new Date(today.getTime() - 7 * 86_400_000));
  const say = (from: readonly string[]) => Array.from({ length: scale.noteSentences }, () => rng.pick(from)).join(' ');
  sessions.forEach((s, i) => {
    for (let k = 0; k < share(i, scale.notesPerSession); k++) note(s, k);
  });
  function note(s: SampleData['sessions'][number], k: number) {
    const ts = `${s.date}T18:0${k}:00.000Z`;
    const codes = s.casesDiscussed.split(', ');
    const id = rng.uuid();
    caseNotes.push({
      id,
      superviseeId: s.superviseeId,
      sessionId: s.id,
      date: s.date,
      caseCode: codes[k % codes.length]!,
      presentingConcern: rng.pick(CONCERNS),
      discussion: say(DISCUSSIONS),
      guidance: say(GUIDANCE),
      reactions: say(REACTIONS),
      plan: say(PLANS),
      riskFlags: rng.chance(0.12) ? [rng.pick(RISK_FLAGS)] : [],
      identifiersReason: null,
      deletedAt: null,
      createdAt: ts,
      updatedAt: ts,
    });
    if (rng.chance(0.5)) {
      const due = isoDay(new Date(Date.parse(s.date) + 7 * 86_400_000));
      noteActions.push({
        id: rng.uuid(),
        noteId: id,
        superviseeId: s.superviseeId,
        text: rng.pick(ACTIONS),
        due,
        doneAt: due < weekAgo ? `${due}T12:00:00.000Z` : null,
        doneOn: due < weekAgo ? due : null,
        createdAt: ts,
      });
    }
  }
  return { caseNotes, noteActions };
}

export const sampleNotes: Sampler = ({ stream, made, scale, today }) =>
  generateNotes(stream(1), made.sessions, scale, today);
