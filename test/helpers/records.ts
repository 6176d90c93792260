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
