// Supervisees: the people a supervisor supervises, their track and their supervision dates.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id, isoDate, MAX_TEXT, text } from './common';
import { DISCIPLINES, SUPERVISEE_STATUSES } from './enums';

// A supervisee's fields with their limits: the form, the channel and the import format all use these.
export const superviseeFields = {
  fullName: text().min(1, 'Enter a name.'),
  discipline: z.enum(DISCIPLINES),
  licenceTrack: text().default(''),
  registrationNumber: text(100).default(''),
  program: text().default(''),
  site: text().default(''),
  supervisionStart: isoDate,
  supervisionEnd: isoDate.nullable().default(null),
  status: z.enum(SUPERVISEE_STATUSES).default('active'),
  rulePack: text(100).nullable().default(null),
};

function endAfterStart(v: { supervisionStart?: string; supervisionEnd?: string | null }): boolean {
  return !v.supervisionEnd || !v.supervisionStart || v.supervisionEnd >= v.supervisionStart;
}
const endMessage = { message: 'The end date must be on or after the start date.', path: ['supervisionEnd'] };

export const superviseeInput = z.strictObject(superviseeFields).refine(endAfterStart, endMessage);
export type SuperviseeInput = z.input<typeof superviseeInput>;
export type NewSupervisee = z.output<typeof superviseeInput>;

export const superviseePatch = z
  .strictObject({
    fullName: superviseeFields.fullName.optional(),
    discipline: superviseeFields.discipline.optional(),
    licenceTrack: text().optional(),
    registrationNumber: text(100).optional(),
    program: text().optional(),
    site: text().optional(),
    supervisionStart: isoDate.optional(),
    supervisionEnd: isoDate.nullable().optional(),
    status: z.enum(SUPERVISEE_STATUSES).optional(),
    rulePack: text(100).nullable().optional(),
  })
  .refine(endAfterStart, endMessage);
export type SuperviseePatch = z.output<typeof superviseePatch>;

export const supervisee = z.strictObject({
  id,
  fullName: z.string(),
  discipline: z.enum(DISCIPLINES),
  licenceTrack: z.string(),
  registrationNumber: z.string(),
  program: z.string(),
  site: z.string(),
  supervisionStart: z.string(),
  supervisionEnd: z.string().nullable(),
  status: z.enum(SUPERVISEE_STATUSES),
  rulePack: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Supervisee = z.infer<typeof supervisee>;

export const superviseeQuery = z.strictObject({
  search: z.string().max(MAX_TEXT).default(''),
  status: z.enum([...SUPERVISEE_STATUSES, 'any']).default('any'),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
});
export type SuperviseeQuery = z.input<typeof superviseeQuery>;
export type SuperviseeFilter = z.output<typeof superviseeQuery>;

export const superviseeChannels = {
  'supervisees.list': { reads: ['supervisees'], input: superviseeQuery, output: z.array(supervisee) },
  'supervisees.get': { reads: ['supervisees'], input: z.strictObject({ id }), output: supervisee },
  'supervisees.create': { input: superviseeInput, output: supervisee },
  'supervisees.update': { input: z.strictObject({ id, patch: superviseePatch }), output: supervisee },
  'supervisees.archive': { input: z.strictObject({ id }), output: supervisee },
  'supervisees.restore': { input: z.strictObject({ id }), output: supervisee },
  'supervisees.delete': { input: z.strictObject({ id, confirmName: z.string().max(200) }), output: done },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const superviseesExamples = (ids: ExampleIds): ExamplesFor<typeof superviseeChannels> => ({
  'supervisees.list': { search: '', status: 'any', archived: 'include' },
  'supervisees.get': { id: ids.supervisee },
  'supervisees.create': {
    fullName: 'Fuzz Person',
    discipline: 'other',
    supervisionStart: '2026-01-01',
  },
  'supervisees.update': { id: ids.supervisee, patch: { site: 'Elsewhere' } },
  'supervisees.archive': { id: ids.supervisee },
  'supervisees.restore': { id: ids.supervisee },
  'supervisees.delete': { id: ids.supervisee, confirmName: 'not the name' },
});
