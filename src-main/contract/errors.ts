// Errors cross every boundary as values with a small closed set of codes. Messages are written for
// people and never carry stack traces, SQL or clinical text.
export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'locked', 'crypto', 'io', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
