// Every message a person can see is written for them: no "Invalid input", "expected", "NaN" or a
// type name, whatever is typed. Walks every channel's input (which the forms check with too) with
// every field missing, empty, of the wrong kind and out of range.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, channels } from '../../src-main/contract';
import { toIssues } from '../../src-main/contract/errors';
import { exportDocument } from '../../src-main/core/data-transfer/json-format';

// "a number" is plain English; the other type names are not.
const BANNED = /Invalid input|expected|NaN|\bstring\b|\bboolean\b|\bundefined\b|\bobject\b|\bint\b/i;
const WRONG: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  NaN,
  -1,
  0,
  1.5,
  1e12,
  'x'.repeat(9000),
  true,
  [],
  {},
  [{}],
  'not-a-date',
];

// The field names a schema's object has, found by parsing an empty object and reading the paths.
function fieldsOf(schema: z.ZodType): string[] {
  const r = schema.safeParse({});
  const seen = new Set<string>();
  if (!r.success) for (const i of r.error.issues) if (typeof i.path[0] === 'string') seen.add(i.path[0]);
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  for (const k of Object.keys(shape ?? {})) seen.add(k);
  return [...seen];
}

function messages(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : toIssues(r.error.issues).map((i) => i.message);
}

describe('messages a person sees', () => {
  it.each(CHANNEL_NAMES)('%s: every wrong value gets plain words', (name) => {
    const schema = channels[name].input as z.ZodType;
    const seen: string[] = [
      ...messages(schema, undefined),
      ...messages(schema, 'nonsense'),
      ...messages(schema, { surprise: 1 }),
    ];
    for (const field of fieldsOf(schema)) for (const v of WRONG) seen.push(...messages(schema, { [field]: v }));
    for (const m of seen) expect(m, `${name}: "${m}"`).not.toMatch(BANNED);
  });

  it('the import format, too', () => {
    const seen = [
      ...messages(exportDocument, {}),
      ...messages(exportDocument, {
        format: 'alliance-export',
        version: 2,
        exportedAt: 'x',
        entities: { supervisees: [{}], sessions: [{ durationMinutes: NaN }] },
      }),
    ];
    expect(seen.length).toBeGreaterThan(5);
    for (const m of seen) expect(m).not.toMatch(BANNED);
  });
});
