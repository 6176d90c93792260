// The react-hook-form side of structured errors: the contract's schema run on what the user typed,
// each problem put on the field it came from, and main's refusals placed the same way.
import { describe, expect, it } from 'vitest';
import { sessionPatch } from '../../src-main/contract/sessions';
import { contractResolver, placeIssues } from '../../src-renderer/src/api/forms';

interface Draft {
  duration: string;
  direct: { hours: string }[];
  indirect: string;
}

// Only rows with a number are sent; rows[k] says which field entry k came from.
function toRequest(d: Draft) {
  const rows: string[] = [];
  const hours: { kind: 'direct' | 'indirect'; activity: 'individual' | null; hours: number }[] = [];
  d.direct.forEach((r, i) => {
    if (r.hours === '') return;
    hours.push({ kind: 'direct', activity: 'individual', hours: Number(r.hours) });
    rows.push(`direct.${i}.hours`);
  });
  if (d.indirect !== '') {
    hours.push({ kind: 'indirect', activity: null, hours: Number(d.indirect) });
    rows.push('indirect');
  }
  const input = {
    date: '2026-11-02',
    durationMinutes: d.duration === '' ? NaN : Number(d.duration),
    format: 'individual',
    modality: 'video',
    hours,
  };
  return { input, rows };
}

async function resolve(d: Draft) {
  const { rows } = toRequest(d);
  const resolver = contractResolver<Draft>(
    sessionPatch,
    (v) => toRequest(v).input,
    (p) => {
      if (p[0] === 'hours' && typeof p[1] === 'number') return rows[p[1]] ?? null;
      return p[0] === 'durationMinutes' ? 'duration' : p.join('.');
    },
  );
  return resolver(d, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('contract resolver', () => {
  it('accepts what the contract accepts and hands the form its own values back', async () => {
    const d = { duration: '60', direct: [{ hours: '2' }], indirect: '1' };
    const r = await resolve(d);
    expect(r.errors).toEqual({});
    expect(r.values).toEqual(d);
  });

  it('puts the second row’s problem on the second row, and the empty duration on its own field', async () => {
    // Row 0 is blank (not sent), so request entry 0 is row 1: its error must land on row 1.
    const r = await resolve({ duration: '', direct: [{ hours: '' }, { hours: '-1' }], indirect: '0' });
    const e = r.errors as Record<string, unknown> & { direct?: { hours?: { message: string } }[] };
    expect((e.duration as { message: string }).message).toBe('Enter the length in minutes, like 60.');
    expect(e.direct?.[1]?.hours?.message).toBe('Hours must be more than 0.');
    expect(e.direct?.[0]).toBeUndefined();
    expect((e.indirect as { message: string }).message).toBe('Hours must be more than 0.');
  });

  it('keeps problems that name no field of the form as one general message', () => {
    const placed = placeIssues(
      [
        { path: ['superviseeId'], message: 'Not a valid id.' },
        { path: ['patch', 'date'], message: 'That date does not exist.' },
      ],
      (k) => k === 'date',
    );
    expect(placed.fields).toEqual([['date', 'That date does not exist.']]);
    expect(placed.general).toBe('Not a valid id.');
  });
});
