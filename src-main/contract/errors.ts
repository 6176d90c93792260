// Errors cross every boundary as values with a small closed set of codes. Messages are written for
// people and never carry stack traces, SQL or clinical text.
export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'locked', 'crypto', 'io', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// One problem with one field. The path keeps array indexes (['hours', 1, 'hours'] is the second
// hours entry's number), so a form can put each message on its own row.
export type IssuePath = (string | number)[];
export interface ErrorIssue {
  path: IssuePath;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  // Validation errors list every problem found, not only the first.
  issues?: ErrorIssue[];
}

// `touched`: the tables a successful request wrote, for the renderer to refresh the reads that
// depend on them (channel-table.ts, `reads`).
export type Result<T> = { ok: true; value: T; touched?: string[] } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

// A validation error about named fields, in the same shape as a schema's: core's own checks (dates
// in the future, signed periods) reach the form the same way as the contract's.
export function invalid(...issues: ErrorIssue[]): AppError {
  return new AppError('validation', issues[0]?.message ?? 'Check the highlighted fields.', issues);
}

export function issue(path: IssuePath | string, message: string): ErrorIssue {
  return { path: typeof path === 'string' ? path.split('.') : path, message };
}

// `entities.supervisees[3].fullName` style locations, the way a person would look them up.
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(document)';
}

// The issues of a zod error (or any issue list), with symbol keys dropped.
export function toIssues(list: readonly { path: readonly PropertyKey[]; message: string }[]): ErrorIssue[] {
  return list.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}
