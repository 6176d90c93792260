// zxcvbn-ts estimates how guessable a passphrase is; we show its 0-4 score as a hint only. The
// hard rule (minimum length) lives in the contract and is enforced in the main process.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

let factory: ZxcvbnFactory | null = null;

export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

export function passphraseScore(passphrase: string): number {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory.check(passphrase.slice(0, 256)).score;
}
