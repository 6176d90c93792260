// zxcvbn-ts estimates how guessable a passphrase is; we show its 0-4 score as a hint only. The
// hard rule (minimum length) lives in the contract and is enforced in the main process. Its
// dictionaries are large, so they load only when a passphrase field first needs them.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let factory: Promise<ZxcvbnFactory> | null = null;

function loadFactory(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  return factory;
}

export async function passphraseScore(passphrase: string): Promise<number> {
  return (await loadFactory()).check(passphrase.slice(0, 256)).score;
}
