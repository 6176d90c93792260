// Canary strings typed through the registry must never reach the disk unencrypted.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesContaining, filesUnder } from '../helpers/plaintext-scan';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('plaintext leaks', () => {
  it('keeps canaries out of the vault file, its WAL and SHM, and the temp folder', async () => {
    const started = Date.now() - 1000;
    // Made at run time so the literal never sits in a source or cache file that the scan reads.
    const tag = randomBytes(8).toString('hex');
    const canaries = [
      'NAME',
      'SITE',
      'PROGRAM',
      'NOTE',
      'REACTION',
      'ACTION',
      'DRAFT',
      'AGREEMENT',
      'GOAL',
      'RATING',
      'STRENGTH',
      'CHECKIN',
      'FEEDBACK',
      'MENTOR',
      'REFLECTDRAFT',
    ].map((k) => `CANARY-${tag}-${k}`);
    const core = newCore(join(dir.path, 'vault'));
    const t = { trusted: true };
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    for (let i = 0; i < 200; i++) {
      const person = unwrap(
        await core.registry.invoke(
          'supervisees.create',
          {
            fullName: `${canaries[0]} ${i}`,
            site: canaries[1],
            program: canaries[2],
            discipline: 'other',
            supervisionStart: '2026-01-01',
          },
          t,
        ),
      ) as { id: string };
      // Case notes: their free text and their action items.
      unwrap(
        await core.registry.invoke(
          'notes.create',
          {
            superviseeId: person.id,
            date: '2026-01-05',
            caseCode: `C-${i}`,
            discussion: `${canaries[3]} ${i}`,
            reactions: canaries[4],
            actions: [{ text: canaries[5]! }],
          },
          t,
        ),
      );
      // A half-typed note, kept as a draft.
      unwrap(
        await core.registry.invoke(
          'drafts.save',
          {
            superviseeId: person.id,
            noteId: null,
            values: {
              sessionId: null,
              date: '2026-01-0',
              caseCode: 'C-',
              presentingConcern: '',
              discussion: `${canaries[6]} ${i}`,
              guidance: '',
              reactions: '',
              plan: '',
              riskFlags: [],
              identifiersReason: null,
              actions: [],
            },
          },
          t,
        ),
      );
    }
    // The agreement, a goal, a competency review's comments, a check-in, feedback and the
    // constellation, for a few of them.
    const people = unwrap(await core.registry.invoke('supervisees.list', {}, t)) as { id: string }[];
    for (const { id: superviseeId } of people.slice(0, 20)) {
      const call = async (channel: string, input: unknown) =>
        unwrap(await core.registry.invoke(channel, input, t)) as { id: string };
      await call('agreement.save', {
        superviseeId,
        frequency: 'weekly',
        format: '',
        feedback: canaries[7],
        evaluationDates: [],
        endsOn: null,
        endingSteps: [],
        endingPlan: '',
      });
      await call('goals.create', { superviseeId, text: canaries[8], targetDate: null });
      const review = await call('reviews.create', { superviseeId, frameworkId: 'apa-pwc-1', reviewedOn: '2026-03-01' });
      await call('reviews.save', {
        id: review.id,
        reviewedOn: '2026-03-01',
        strengths: canaries[10],
        limitations: '',
        ratings: [{ competencyCode: 'RES', level: 3, comment: canaries[9], evidence: [] }],
      });
      await call('checkins.create', {
        superviseeId,
        checkedOn: '2026-03-01',
        respondent: 'supervisee',
        goals: 7,
        tasks: 7,
        bond: 7,
        comment: canaries[11],
      });
      await call('feedback.create', {
        superviseeId,
        receivedOn: '2026-03-01',
        source: 'supervisee',
        feedback: canaries[12],
        changed: '',
      });
      await call('constellation.add', { superviseeId, name: 'Dr. Mentor', role: 'coach', covers: canaries[13] });
      await call('drafts.reflectionSave', {
        superviseeId,
        setId: 'gibbs',
        values: { sessionId: null, caseCode: '', goalId: null, themes: '', answers: { 'gibbs-feeling': canaries[14] } },
      });
    }
    // Scan while open (WAL still holds the writes) and again after close (checkpointed).
    const scan = () => {
      const files = [
        ...filesUnder(dir.path, 0),
        ...filesUnder(tmpdir(), started).filter((f) => !f.startsWith(dir.path)),
      ];
      const hits = filesContaining(files, canaries);
      return { files, hits };
    };
    const open = scan();
    expect(open.files.some((f) => f.endsWith('alliance.db-wal'))).toBe(true);
    expect(open.hits).toEqual([]);
    core.vault.lock();
    const closed = scan();
    expect(closed.files.some((f) => f.endsWith('alliance.db'))).toBe(true);
    expect(closed.hits).toEqual([]);
  });
});
