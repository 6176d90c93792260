// Slows down guessing: after a few wrong passphrases or recovery keys each further attempt waits
// longer before it is even tried. Kept in memory so a failed attempt never writes to the vault.
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_MS = 30_000;

export class UnlockThrottle {
  private failures = 0;

  delayMs(): number {
    if (this.failures < FREE_ATTEMPTS) return 0;
    return Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS));
  }

  recordFailure(): void {
    this.failures += 1;
  }

  recordSuccess(): void {
    this.failures = 0;
  }
}
