// Reads a secret from the environment (for scripts) or from the terminal without echoing it.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export async function readSecret(envName: string, question: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError(`No terminal to ask for the passphrase: set ${envName}.`);
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  } finally {
    rl.close();
  }
}

export class UsageError extends Error {}
