// Runs the guard on its worker (guard-worker.ts), one long-lived thread started at the first scan.
// The built app loads the bundled `guard-worker.js` beside main's own file; the command line and the
// tests, which run the TypeScript sources, load `guard-worker.ts` through tsx. The worker keeps the
// process alive only while a scan is waiting, so a command that is done can exit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../contract/errors';
import type { IdentifierFinding } from '../../contract/notes';
import type { GuardRequest } from './guard-worker';

type Reply = { id: number; findings?: IdentifierFinding[]; failed?: true };
type Waiting = { resolve(f: IdentifierFinding[]): void; reject(e: Error): void };

let worker: Worker | null = null;
let next = 1;
const waiting = new Map<number, Waiting>();

// The sources are TypeScript: tsx's require hook is set up in the thread before the file loads.
function newWorker(): Worker {
  const built = join(__dirname, 'guard-worker.js');
  if (existsSync(built)) return new Worker(built);
  const source = join(__dirname, 'guard-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

const failed = () =>
  new AppError('internal', 'The check for client identifiers could not run. Nothing was saved; try again.');

function start(): Worker {
  const w = newWorker();
  w.unref();
  w.on('message', (reply: Reply) => {
    const wait = waiting.get(reply.id);
    if (!wait) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) w.unref();
    if (reply.findings) wait.resolve(reply.findings);
    else wait.reject(failed());
  });
  const lost = () => {
    if (worker === w) worker = null;
    for (const wait of waiting.values()) wait.reject(failed());
    waiting.clear();
  };
  w.on('error', lost);
  w.on('exit', lost);
  return w;
}

export function scanOffThread(texts: readonly GuardRequest['texts'][number][]): Promise<IdentifierFinding[]> {
  worker ??= start();
  const w = worker;
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, texts: [...texts] } satisfies GuardRequest);
  });
}

// For the tests and a clean shutdown: the thread ends; the next scan starts a new one.
export async function stopGuardThread(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
