// The sample's retention decision: the supervisee whose supervision has ended keeps their records ten
// years (their pack asks seven), with the reason written, so the card shows an extension. No random
// draws, so the other features' sample data stay as they were.
import { addMonths } from '../../contract/dates';
import { isoDay, type Sampler } from '../sample-data/sampler';

export const sampleRetention: Sampler = ({ today, made }) => {
  const ts = `${isoDay(today)}T09:00:00.000Z`;
  const ended = made.supervisees.find((s) => s.supervisionEnd);
  const first = made.supervisees[0];
  const who = ended ?? first;
  if (!who) return {};
  return {
    recordRetention: [
      {
        id: '5b000000-0000-4000-8000-000000000001',
        superviseeId: who.id,
        extendedUntil: ended ? addMonths(ended.supervisionEnd!, 120) : null,
        extensionReason: ended ? 'Also applying in a state that keeps records ten years' : '',
        holdSince: ended ? null : isoDay(today),
        holdReason: ended ? '' : 'Records requested for a board audit',
        createdAt: ts,
        updatedAt: ts,
      },
    ],
  };
};
