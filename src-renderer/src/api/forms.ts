// react-hook-form over the contract's own schemas. A form keeps its values in the shape people
// type (text in number boxes, blank rows); `toInput` turns them into the request, the contract's
// schema checks it, and each problem's path is mapped back to the field it came from. Problems the
// main process finds later (a signed week, an unknown rule pack) arrive in the same shape and land
// on the same fields.
import type { FieldErrors, FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { toIssues, type AppErrorShape, type ErrorIssue, type IssuePath } from '../../../src-main/contract/errors';

// ['patch', 'hours', 1, 'hours'] -> 'hours.1.hours': an update's patch is the form itself.
export function defaultKey(path: IssuePath): string {
  return (path[0] === 'patch' ? path.slice(1) : path).join('.');
}
export type KeyFor = (path: IssuePath) => string | null;

function valueAt(values: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null | undefined)?.[k], values);
}
// A key names a field of the form when the form holds a value there (null counts: an empty date).
const fieldOf = (values: unknown) => (key: string) => valueAt(values, key) !== undefined;

// Which form field each problem belongs to; the ones with none are joined into one general message.
export function placeIssues(
  issues: readonly ErrorIssue[],
  isField: (key: string) => boolean,
  keyFor: KeyFor = defaultKey,
): { fields: [string, string][]; general: string | null } {
  const fields: [string, string][] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const key = keyFor(issue.path);
    if (key !== null && key !== '' && isField(key)) {
      if (!fields.some(([k]) => k === key)) fields.push([key, issue.message]);
    } else if (!general.includes(issue.message)) general.push(issue.message);
  }
  return { fields, general: general.length ? general.join(' ') : null };
}

function nest(errors: Record<string, unknown>, key: string, message: string): void {
  const parts = key.split('.');
  let at = errors;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
  at[parts.at(-1)!] = { type: 'contract', message };
}

export function contractResolver<D extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: D) => unknown,
  keyFor: KeyFor = defaultKey,
): Resolver<D> {
  return async (values) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return { values, errors: {} };
    const { fields, general } = placeIssues(toIssues(parsed.error.issues), fieldOf(values), keyFor);
    const errors: Record<string, unknown> = {};
    for (const [key, message] of fields) nest(errors, key, message);
    if (general) errors.root = { type: 'contract', message: general };
    return { values: {}, errors: errors as FieldErrors<D> };
  };
}

// Puts a refusal from main on the form: each problem on its field (focus on the first), the rest
// (or an error that is not about fields at all) as the form's general message.
export function showRefusal<D extends FieldValues>(
  form: UseFormReturn<D>,
  error: AppErrorShape,
  keyFor: KeyFor = defaultKey,
): void {
  const { fields, general } = placeIssues(error.issues ?? [], fieldOf(form.getValues()), keyFor);
  fields.forEach(([key, message], i) =>
    form.setError(key as Path<D>, { type: 'server', message }, { shouldFocus: i === 0 }),
  );
  const rest = error.issues?.length ? general : error.message;
  if (rest) form.setError('root.server', { type: 'server', message: rest });
}

// The message to show under the form: its own check's general problem or main's.
export function formMessage(errors: FieldErrors): string | null {
  return (errors.root?.server?.message ?? errors.root?.message ?? null) as string | null;
}

// A refusal's first problem and the field it names ('' when it names none), for the small forms
// that show one message at the field it is about.
export function firstProblem(refused: AppErrorShape): { field: string; message: string } {
  const first = refused.issues?.[0];
  return { field: String(first?.path[0] ?? ''), message: first?.message ?? refused.message };
}
