// Signed periods: a supervisor's signature over a period's hours, checked by hash on every read.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, text } from './common';
import { addDays, previousMonth, weekStart } from './dates';
import type { SigningPeriod } from './rules';

export const signedPeriod = z.strictObject({
  id,
  superviseeId: id,
  periodStart: z.string(),
  periodEnd: z.string(),
  supervisorName: z.string(),
  supervisorLicence: z.string(),
  signedOn: z.string(),
  contentSha256: z.string(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(['signed', 'reopened']),
  // False only if the vault's records no longer hash to what was signed (edited outside Alliance).
  intact: z.boolean(),
});
export type SignedPeriod = z.infer<typeof signedPeriod>;

// The period a sign-off offers first: the last ended week or month, or the whole supervision (up to
// today while it runs).
export function periodToSign(
  by: SigningPeriod,
  today: string,
  person: { supervisionStart: string; supervisionEnd: string | null },
): { from: string; to: string } {
  if (by === 'month') return previousMonth(today);
  if (by === 'supervision') {
    const end = person.supervisionEnd && person.supervisionEnd < today ? person.supervisionEnd : today;
    return { from: person.supervisionStart, to: end };
  }
  const from = addDays(weekStart(today), -7);
  return { from, to: addDays(from, 6) };
}

export const signRequest = z
  .strictObject({
    superviseeId: id,
    from: isoDate,
    to: isoDate,
    supervisorName: text(200).min(1, 'Enter the supervisor’s name.'),
    supervisorLicence: text(100).min(1, 'Enter the supervisor’s licence number.'),
    signedOn: isoDate,
  })
  .refine((p) => p.from <= p.to, { message: 'The period starts after it ends.', path: ['from'] });
export type SignRequest = z.output<typeof signRequest>;

export const periodChannels = {
  'periods.list': {
    reads: ['signed_periods', 'signed_period_content'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(signedPeriod),
  },
  'periods.sign': { input: signRequest, output: signedPeriod },
  'periods.reopen': {
    input: z.strictObject({
      id,
      reason: z
        .string()
        .trim()
        .min(10, 'Give a reason of at least 10 characters; it is kept with the period.')
        .max(1000),
      reopenedBy: text(200).min(1, 'Enter who is reopening it; it is kept with the period.'),
    }),
    output: signedPeriod,
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const signingExamples = (ids: ExampleIds): ExamplesFor<typeof periodChannels> => ({
  'periods.list': { superviseeId: ids.supervisee },
  'periods.sign': {
    superviseeId: ids.supervisee,
    from: '2026-02-02',
    to: '2026-02-08',
    supervisorName: 'Sable Rookwood',
    supervisorLicence: 'LMFT 0000',
    signedOn: '2026-02-09',
  },
  'periods.reopen': {
    id: ids.supervisee,
    reason: 'Corrected a duration entered wrongly',
    reopenedBy: 'Dr. Tamarisk',
  },
});
