// The quick log's prefill: the most common recent value per field, not the last session's.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src-main/contract/sessions';
import { RECENT_SESSIONS, usualValues } from '../../src-renderer/src/features/sessions/usual-values';

let n = 0;
function session(p: Partial<Session>): Session {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    superviseeId: '00000000-0000-4000-8000-000000000000',
    date: '2026-11-02',
    startTime: '14:00',
    durationMinutes: 60,
    format: 'individual',
    groupSize: null,
    modality: 'in_person',
    observation: 'none',
    attendance: 'held',
    site: 'Harbour Clinic',
    casesDiscussed: '',
    topics: '',
    summary: '',
    followUps: '',
    hours: [],
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...p,
  };
}

describe('usual values', () => {
  it('has none before the first session', () => {
    expect(usualValues([])).toBeNull();
  });

  it('is not swayed by one odd last session', () => {
    const odd = session({ format: 'group', groupSize: 5, modality: 'video', durationMinutes: 90, site: 'Annex' });
    const usual = usualValues([odd, session({}), session({}), session({ modality: 'phone' })]);
    expect(usual).toEqual({
      startTime: '14:00',
      durationMinutes: 60,
      format: 'individual',
      groupSize: null,
      modality: 'in_person',
      observation: 'none',
      site: 'Harbour Clinic',
    });
  });

  it('gives a tie to the more recent value, and a usual group its usual size', () => {
    const list = [
      session({ format: 'group', groupSize: 4, modality: 'video' }),
      session({ format: 'group', groupSize: 4 }),
      session({ format: 'individual', modality: 'video' }),
      session({ format: 'group', groupSize: 6 }),
    ];
    expect(usualValues(list)).toMatchObject({ format: 'group', groupSize: 4, modality: 'video' });
  });

  it('looks only at the recent sessions', () => {
    const recent = Array.from({ length: RECENT_SESSIONS }, () => session({ modality: 'video' }));
    const older = Array.from({ length: RECENT_SESSIONS * 2 }, () => session({ modality: 'phone' }));
    expect(usualValues([...recent, ...older])?.modality).toBe('video');
  });
});
