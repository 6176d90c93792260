// Runs the guard on its worker (guard-worker.ts), one long-lived thread started at the first scan.
// The built app loads the bundled `guard-worker.js` beside main's own file; the command line and the
// tests, which run the TypeScript sources, load `guard-worker.ts` through tsx. The worker keeps the
// process alive only while a scan is waiting, so a command that is done can exit. A scan that has
// not answered by its deadline (a pattern gone wrong on some text) is refused, and the thread is
// ended and started again: a save never waits for ever.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../contract/errors';
import type { IdentifierFinding } from '../../contract/notes';
import type { GuardRequest } from './guard-worker';

type Reply = { id: number; findings?: IdentifierFinding[]; failed?: true };
type Waiting = { resolve(f: IdentifierFinding[]): void; reject(e: Error): void; timer: NodeJS.Timeout };

// The longest note field is read in about a second here; twenty leave room for a busy machine.
const DEADLINE_MS = 20_000;
let deadlineMs = DEADLINE_MS;
let makeWorker: () => Worker = newWorker;
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
const tooLong = () =>
  new AppError(
    'internal',
    'The check for client identifiers took too long and was stopped. Nothing was saved; try again, ' +
      'or split a very long field into shorter ones.',
  );

function start(): Worker {
  const w = makeWorker();
  w.unref();
  w.on('message', (reply: Reply) => {
    const wait = waiting.get(reply.id);
    if (!wait) return;
    waiting.delete(reply.id);
    clearTimeout(wait.timer);
    if (waiting.size === 0) w.unref();
    if (reply.findings) wait.resolve(reply.findings);
    else wait.reject(failed());
  });
  const lost = () => {
    if (worker !== w) return;
    worker = null;
    for (const wait of waiting.values()) {
      clearTimeout(wait.timer);
      wait.reject(failed());
    }
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
    // Past the deadline this scan, and every one queued behind it on the same thread, is refused,
    // and the thread is ended: the next scan starts a new one.
    const timer = setTimeout(() => {
      if (worker === w) worker = null;
      for (const wait of waiting.values()) {
        clearTimeout(wait.timer);
        wait.reject(tooLong());
      }
      waiting.clear();
      void w.terminate();
    }, deadlineMs);
    timer.unref();
    waiting.set(id, { resolve, reject, timer });
    w.ref();
    w.postMessage({ id, texts: [...texts] } satisfies GuardRequest);
  });
}

// For the tests: a thread of their own making (one that never answers), and a shorter deadline;
// called with nothing, the real ones come back.
export function setGuardWorkerForTests(make?: () => Worker, deadline?: number): void {
  makeWorker = make ?? newWorker;
  deadlineMs = deadline ?? DEADLINE_MS;
}

// For the tests and a clean shutdown: the thread ends; the next scan starts a new one.
export async function stopGuardThread(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
