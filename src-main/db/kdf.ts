// Passphrase -> wrapping key. Argon2id runs in libuv's thread pool (the argon2 addon is async), so a
// slow derivation never blocks the main process's event loop.
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export interface Argon2Params {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string; // base64, 16 bytes
}

// OWASP Password Storage Cheat Sheet minimum for Argon2id (m=19 MiB, t=2, p=1).
export const OWASP_MINIMUM = { memoryKiB: 19_456, iterations: 2, parallelism: 1 } as const;

// Where calibration aims: inside the 250-1000 ms window from docs/targets.md with room for noise.
export const CALIBRATION_TARGET_MS = 500;
const CALIBRATION_MEMORY_KIB = 65_536;

export function meetsOwaspMinimum(p: Omit<Argon2Params, 'salt' | 'name'>): boolean {
  return (
    p.memoryKiB >= OWASP_MINIMUM.memoryKiB &&
    p.iterations >= OWASP_MINIMUM.iterations &&
    p.parallelism >= OWASP_MINIMUM.parallelism
  );
}

export function newSalt(): string {
  return randomBytes(16).toString('base64');
}

export async function deriveArgon2id(secret: string, p: Argon2Params): Promise<Buffer> {
  return argon2.hash(secret.normalize('NFKC'), {
    type: argon2.argon2id,
    raw: true,
    memoryCost: p.memoryKiB,
    timeCost: p.iterations,
    parallelism: p.parallelism,
    hashLength: 32,
    salt: Buffer.from(p.salt, 'base64'),
  });
}

export interface Calibration {
  params: Omit<Argon2Params, 'salt'>;
  measuredMs: number;
}

// Picks the iteration count that lands this machine near CALIBRATION_TARGET_MS at 64 MiB.
export async function calibrateArgon2id(targetMs = CALIBRATION_TARGET_MS): Promise<Calibration> {
  const probe = { name: 'argon2id' as const, memoryKiB: CALIBRATION_MEMORY_KIB, iterations: 2, parallelism: 1 };
  const t0 = performance.now();
  await deriveArgon2id('calibration', { ...probe, salt: newSalt() });
  const perIteration = (performance.now() - t0) / probe.iterations;
  const iterations = Math.min(20, Math.max(OWASP_MINIMUM.iterations, Math.round(targetMs / perIteration)));
  const params = { ...probe, iterations };
  const t1 = performance.now();
  await deriveArgon2id('calibration', { ...params, salt: newSalt() });
  return { params, measuredMs: performance.now() - t1 };
}
