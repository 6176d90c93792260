// The de-identification guard's own thread: the language model takes tens of milliseconds a page,
// and on the main process that would freeze every window and let a page that sends long texts hold
// main. Texts arrive with a request number and go back as findings (offsets only, never text).
import { parentPort } from 'node:worker_threads';
import { findIdentifiers } from './identifiers';

export interface GuardRequest {
  id: number;
  texts: { field: string; text: string }[];
}

parentPort!.on('message', ({ id, texts }: GuardRequest) => {
  try {
    const findings = texts.flatMap(({ field, text }) =>
      text ? findIdentifiers(text).map((f) => ({ field, ...f })) : [],
    );
    parentPort!.postMessage({ id, findings });
  } catch {
    parentPort!.postMessage({ id, failed: true });
  }
});
