// Documented in docs/command-line.md; scripts depend on these numbers, so never renumber one.
import type { ErrorCode } from '../contract/errors';

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  wrongSecret: 3,
  invalidInput: 4,
  notFound: 5,
  conflict: 6,
  io: 7,
  verifyFailed: 8,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'crypto':
      return EXIT.wrongSecret;
    case 'validation':
      return EXIT.invalidInput;
    case 'not_found':
      return EXIT.notFound;
    case 'conflict':
    case 'locked':
      return EXIT.conflict;
    case 'io':
      return EXIT.io;
    case 'internal':
      return EXIT.internal;
  }
}
