// The words for problems no schema gave its own message for: what a person should type, never
// "Invalid input: expected number, received NaN" or a type name. Installed once for every schema
// (the forms, the channels and the import format use the same ones).
import { z } from 'zod';

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
  date: 'a date',
};
const kind = (t: unknown) => KINDS[String(t)] ?? 'another kind of value';
const list = (values: readonly unknown[]) =>
  values.length <= 8 ? values.map((v) => (v === null ? 'empty' : String(v))).join(', ') : `${values.length} values`;

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export function friendlyIssue(issue: RawIssue): string {
  const i = issue as RawIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return 'This is missing.';
      if (i.expected === 'number' && typeof i.input === 'number') return 'Enter a number.';
      return `This should be ${kind(i.expected)}.`;
    case 'invalid_value':
      return `Use one of: ${list((i.values as unknown[]) ?? [])}.`;
    case 'unrecognized_keys':
      return (
        `Alliance does not know ${((i.keys as string[]) ?? []).length === 1 ? 'the field' : 'the fields'} ` +
        `${((i.keys as string[]) ?? []).join(', ')}.`
      );
    case 'too_small':
      return i.origin === 'array'
        ? `Give at least ${i.minimum}.`
        : i.origin === 'string'
          ? `Use at least ${i.minimum} characters.`
          : `Use ${i.minimum} or more.`;
    case 'too_big':
      return i.origin === 'array'
        ? `Give at most ${i.maximum}.`
        : i.origin === 'string'
          ? `Keep this under ${i.maximum} characters.`
          : `Use ${i.maximum} or less.`;
    case 'invalid_format':
      return i.format === 'uuid'
        ? 'Not a valid id.'
        : i.format === 'datetime'
          ? 'Use a time like 2026-03-14T09:30:00.000Z.'
          : 'This is not in the form Alliance reads here.';
    case 'invalid_union':
      return 'This is not one of the forms Alliance accepts here.';
    case 'not_multiple_of':
      return `Use a multiple of ${i.divisor}.`;
    default:
      return 'This value is not accepted here.';
  }
}

z.config({ customError: friendlyIssue });
