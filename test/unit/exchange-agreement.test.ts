// The agreement countersigned across two real vaults, and a finalised review sent to the supervisee:
// the supervisee's countersignature names the version and the SHA-256 of its terms, and the
// supervisor's vault accepts it only for terms it holds exactly so.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement, Countersignature } from '../../src-main/contract/agreements';
import type { Review } from '../../src-main/contract/frameworks';
import type { PacketKind } from '../../src-main/contract/exchange';
import { termsSha256 } from '../../src-main/core/agreements/exchange-agreement';
import { buildRecords, exchangeKind, receivePacket } from '../../src-main/core/exchange/packets';
import { receivedOfKind } from '../../src-main/core/exchange/received';
import { pairedVaults, send } from '../helpers/exchange-pair';

let v: Awaited<ReturnType<typeof pairedVaults>>;
beforeEach(async () => {
  v = await pairedVaults();
});
afterEach(() => v.close());

async function deliver(from: 'supervisor' | 'supervisee', kind: PacketKind) {
  const [sender, recipient] = from === 'supervisor' ? [v.supervisor, v.supervisee] : [v.supervisee, v.supervisor];
  const packet = await send(sender, v.outbox.path, kind, null);
  return receivePacket(recipient.db(), readFileSync(packet.file));
}
const agreement = (reason: string | null, format: string) =>
  v.supervisor.call<Agreement>('agreement.save', {
    superviseeId: v.supervisor.sup.id,
    frequency: 'weekly',
    format,
    feedback: 'Both ways, monthly',
    evaluationDates: ['2027-03-01'],
    endsOn: '2027-08-31',
    endingSteps: ['final_evaluation'],
    endingPlan: 'A closing meeting.',
    reason,
    agreedOn: '2026-09-01',
  });
const signatures = () =>
  v.supervisor.call<Countersignature[]>('agreement.countersignatures', { superviseeId: v.supervisor.sup.id });

describe('the agreement, countersigned', () => {
  it('comes back countersigned with the hash of the terms as the supervisor holds them', async () => {
    expect(() =>
      buildRecords(v.supervisor.db(), { superviseeId: v.supervisor.sup.id, kind: 'agreement', period: null }),
    ).toThrow('No agreement is written yet');
    const first = await agreement(null, 'Individual, video, Tuesdays 9:00');
    const opened = await deliver('supervisor', 'agreement');
    const sha = termsSha256({ ...first });
    expect(opened.preview).toContain(`SHA-256 of these terms: ${sha}`);
    expect(opened.preview[1]).toBe('Meets: Weekly: Individual, video, Tuesdays 9:00.');

    // The supervisor amends before the countersignature arrives: version 1 is still held as it was.
    await agreement('Moved to Wednesdays', 'Individual, video, Wednesdays 9:00');
    const back = await deliver('supervisee', 'countersignature');
    expect(back.preview[0]).toMatch(
      /^Juniper Saltmarsh countersigned version 1 of the agreement on \d{4}-\d{2}-\d{2}\.$/,
    );
    const got = await signatures();
    expect(got.map((s) => [s.version, s.sha256, s.name])).toEqual([[1, sha, 'Juniper Saltmarsh']]);
  });

  it('refuses a countersignature of terms the vault does not hold, and an agreement whose hash is wrong', async () => {
    const first = await agreement(null, 'Individual, video');
    const countersign = exchangeKind('countersignature');
    const other = { version: 1, sha256: 'a'.repeat(64), countersignedOn: '2026-11-01', name: 'Juniper Saltmarsh' };
    expect(() => countersign.check!(v.supervisor.db(), v.supervisor.sup.id, other, null)).toThrow(
      'This countersigns version 1 of the agreement as it was sent, but your vault does not hold those terms.',
    );
    expect(() => countersign.check!(v.supervisor.db(), v.supervisor.sup.id, { ...other, version: 2 }, null)).toThrow(
      /version 2/,
    );
    const terms = exchangeKind('agreement').build(v.supervisor.db(), v.supervisor.sup.id, null) as {
      terms: { format: string };
      sha256: string;
    };
    expect(terms.sha256).toBe(termsSha256({ ...first }));
    const altered = { ...terms, terms: { ...terms.terms, format: 'Group, monthly' } };
    expect(() => exchangeKind('agreement').check!(v.supervisee.db(), v.supervisee.sup.id, altered, null)).toThrow(
      'The agreement’s hash does not match its terms.',
    );
    // Nothing to countersign until the agreement has arrived.
    expect(() =>
      buildRecords(v.supervisee.db(), { superviseeId: v.supervisee.sup.id, kind: 'countersignature', period: null }),
    ).toThrow('Your supervisor has not sent the agreement to countersign.');
  });
});

describe('a finalised review sent to the supervisee', () => {
  it('carries each level, the supervisor’s words and the review’s SHA-256', async () => {
    const review = await v.supervisor.call<Review>('reviews.create', {
      superviseeId: v.supervisor.sup.id,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-11-30',
    });
    await v.supervisor.call('reviews.save', {
      id: review.id,
      reviewedOn: '2026-11-30',
      strengths: 'Prepared and open.',
      limitations: 'Pacing of intakes.',
      ratings: [{ competencyCode: 'ETH', level: 4, comment: 'Consults early.', evidence: [] }],
    });
    expect(() =>
      buildRecords(v.supervisor.db(), { superviseeId: v.supervisor.sup.id, kind: 'review', period: null }),
    ).toThrow('No review of theirs is finalised yet: finalise one first.');
    const final = await v.supervisor.call<Review>('reviews.finalise', { id: review.id });
    const opened = await deliver('supervisor', 'review');
    expect(opened.preview).toContain('ETH Ethical and legal standards: 4. Consults early.');
    expect(opened.preview).toContain('RES Research: —');
    expect(opened.preview).toContain('Strengths: Prepared and open.');
    const kept = receivedOfKind(v.supervisee.db(), v.supervisee.sup.id, 'review')[0]!;
    expect((kept.records as { contentSha256: string }).contentSha256).toBe(final.contentSha256);
  });
});
