// Full-text search over case notes, session topics and summaries, and reflections, ranked, with the matching
// words marked. The marks are the control characters STX and ETX, which no typed text holds.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate } from './common';
import { RISK_FLAGS } from './enums';

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
export const SEARCH_KINDS = ['note', 'session', 'reflection'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchQuery = z.strictObject({
  text: z.string().max(200, 'Keep the search under 200 characters.'),
  superviseeId: id.optional(),
  kind: z.enum(SEARCH_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  // Only notes that carry a risk or ethics flag.
  risk: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.output<typeof searchQuery>;

export const searchHit = z.strictObject({
  kind: z.enum(SEARCH_KINDS),
  id,
  superviseeId: id,
  superviseeName: z.string(),
  date: z.string(),
  // A note's (or a reflection's) case code, to open its thread.
  caseCode: z.string().nullable(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchChannels = {
  'search.query': {
    reads: ['search_rows', 'supervisees', 'case_notes', 'reflections'],
    input: searchQuery,
    output: z.array(searchHit),
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const searchExamples = (ids: ExampleIds): ExamplesFor<typeof searchChannels> => ({
  'search.query': {
    text: 'pacing exp',
    superviseeId: ids.supervisee,
    kind: 'note',
    from: '2026-01-01',
    risk: true,
  },
});
