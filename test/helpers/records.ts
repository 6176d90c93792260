// Records in the JSON export format, for import tests: valid as they are, changed with `over`.
export const STAMP = '2026-01-05T10:00:00.000Z';

export const superviseeRecord = (over: Record<string, unknown> = {}) => ({
  id: '4b6b90dc-add2-430d-9827-1c304c1d23e1',
  fullName: 'Vesper Holloway',
  discipline: 'counseling_associate',
  licenceTrack: '',
  registrationNumber: '',
  program: '',
  site: '',
  supervisionStart: '2026-01-05',
  supervisionEnd: null,
  status: 'active',
  rulePack: null,
  archivedAt: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

export const sessionRecord = (over: Record<string, unknown> = {}) => ({
  id: '5b6b90dc-add2-430d-9827-1c304c1d23e1',
  superviseeId: '4b6b90dc-add2-430d-9827-1c304c1d23e1',
  date: '2026-01-07',
  startTime: null,
  durationMinutes: 60,
  format: 'individual',
  groupSize: null,
  modality: 'video',
  observation: 'none',
  site: '',
  casesDiscussed: '',
  topics: '',
  summary: '',
  followUps: '',
  deletedAt: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

// An export of one supervisee and `n` of their sessions (about 400 bytes each), for files large
// enough that checking and importing them take seconds; `last` changes the last session.
export function manySessionsFile(n: number, last: Record<string, unknown> = {}) {
  const hex = (i: number) => i.toString(16).padStart(12, '0');
  const day = (i: number) => `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(10 + (i % 18)).padStart(2, '0')}`;
  return {
    format: 'alliance-export',
    version: 6,
    exportedAt: STAMP,
    entities: {
      supervisees: [superviseeRecord()],
      sessions: Array.from({ length: n }, (_, i) =>
        sessionRecord({ id: `5b6b90dc-add2-430d-9827-${hex(i)}`, date: day(i), ...(i === n - 1 ? last : {}) }),
      ),
    },
  };
}
