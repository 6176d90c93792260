// The renderer's mapping from a refused request's issues to the fields of a form.
import { describe, expect, it } from 'vitest';
import { invalid, issue } from '../../src-main/contract/errors';
import { formErrors, oneFieldError } from '../../src-renderer/src/api/form-errors';

const shape = (e: ReturnType<typeof invalid>) => ({ code: e.code, message: e.message, issues: e.issues });

describe('form errors', () => {
  it('puts each issue on the field it names, first one in form order, the rest above the buttons', () => {
    const error = shape(
      invalid(
        issue(['patch', 'topics'], 'Keep this under 2000 characters.'),
        issue(['patch', 'date'], 'That date does not exist.'),
        issue(['superviseeId'], 'Not a valid id.'),
      ),
    );
    const f = formErrors(error, ['date', 'topics']);
    expect(f.field('date')).toBe('That date does not exist.');
    expect(f.field('topics')).toBe('Keep this under 2000 characters.');
    expect(f.field('site')).toBeNull();
    expect(f.first).toBe('date');
    expect(f.general).toBe('Not a valid id.');
  });

  it('maps array paths through the form’s own key function, so row 2’s problem stays on row 2', () => {
    const error = shape(invalid(issue(['hours', 1, 'hours'], 'Hours must be more than 0.')));
    const rows = ['direct.0', 'indirect'];
    const f = formErrors(error, ['direct.0', 'direct.1', 'indirect'], (p) =>
      p[0] === 'hours' && typeof p[1] === 'number' ? (rows[p[1]] ?? null) : p.join('.'),
    );
    expect(f.field('indirect')).toBe('Hours must be more than 0.');
    expect(f.field('direct.0')).toBeNull();
    expect(f.general).toBeNull();
  });

  it('shows an error that is not about fields as a general message', () => {
    const f = formErrors({ code: 'conflict', message: 'That falls in a signed period.' }, ['date']);
    expect(f.field('date')).toBeNull();
    expect(f.general).toBe('That falls in a signed period.');
    expect(formErrors(null, ['date']).general).toBeNull();
    expect(oneFieldError('confirm', 'They differ.').field('confirm')).toBe('They differ.');
  });
});
