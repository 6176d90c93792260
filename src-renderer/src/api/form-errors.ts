// Puts each problem of a failed request on the field it names. The main process sends every
// problem as { path, message } with array indexes kept; a form says which field keys it shows and,
// where its fields differ from the request's shape, how a path maps to one of them.
import type { AppErrorShape, IssuePath } from '../../../src-main/contract/errors';

export interface FormErrors {
  // The message for one field, or null.
  field(key: string): string | null;
  // Messages that belong to no field on the form (or errors that are not about fields at all).
  general: string | null;
  // The first field with a problem, in the form's own order: focus goes there.
  first: string | null;
}

// ['patch', 'hours', 1, 'hours'] -> 'hours.1.hours': an update's patch is the form itself.
export function defaultKey(path: IssuePath): string {
  return (path[0] === 'patch' ? path.slice(1) : path).join('.');
}

export const NO_ERRORS: FormErrors = { field: () => null, general: null, first: null };

export function formErrors(
  error: AppErrorShape | null,
  known: readonly string[],
  keyFor: (path: IssuePath) => string | null = defaultKey,
): FormErrors {
  if (!error) return NO_ERRORS;
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const issue of error.issues ?? []) {
    const key = keyFor(issue.path);
    if (key !== null && known.includes(key)) {
      if (!byField.has(key)) byField.set(key, issue.message);
    } else if (!general.includes(issue.message)) general.push(issue.message);
  }
  if (!error.issues?.length) general.push(error.message);
  return {
    field: (key) => byField.get(key) ?? null,
    general: general.length ? general.join(' ') : null,
    first: known.find((k) => byField.has(k)) ?? null,
  };
}

// A problem the form finds itself (two passphrases that differ) or knows the field of (a wrong key).
export function oneFieldError(key: string, message: string): FormErrors {
  return { field: (k) => (k === key ? message : null), general: null, first: key };
}
