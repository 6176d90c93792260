// For the few forms that are not react-hook-form ones (passphrase screens, the backup schedule):
// each problem of a refused request on the field it names, placed exactly as api/forms.ts does.
import type { AppErrorShape, IssuePath } from '../../../src-main/contract/errors';
import { defaultKey, placeIssues } from './forms';

export interface FormErrors {
  // The message for one field, or null.
  field(key: string): string | null;
  // Messages that belong to no field on the form (or errors that are not about fields at all).
  general: string | null;
  // The first field with a problem, in the form's own order: focus goes there.
  first: string | null;
}

export const NO_ERRORS: FormErrors = { field: () => null, general: null, first: null };

export function formErrors(
  error: AppErrorShape | null,
  known: readonly string[],
  keyFor: (path: IssuePath) => string | null = defaultKey,
): FormErrors {
  if (!error) return NO_ERRORS;
  // The same placement as the react-hook-form forms use, over this form's list of field keys.
  const { fields, general } = placeIssues(error.issues ?? [], (k) => known.includes(k), keyFor);
  const byField = new Map(fields);
  const rest = error.issues?.length ? general : error.message;
  return {
    field: (key) => byField.get(key) ?? null,
    general: rest,
    first: known.find((k) => byField.has(k)) ?? null,
  };
}

// A problem the form finds itself (two passphrases that differ) or knows the field of (a wrong key).
export function oneFieldError(key: string, message: string): FormErrors {
  return { field: (k) => (k === key ? message : null), general: null, first: key };
}
