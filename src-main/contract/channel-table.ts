// What a feature's channel table is, and the handler type it implies. Each feature's contract file
// declares `<feature>Channels satisfies ChannelTable`; its core folder implements HandlersFor<that>.
import type { z } from 'zod';

export interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
  // The tables its answer is read from (or a feature's row set: db/touched-tables.ts): a write that
  // touches one of them makes a cached answer stale, and the renderer reads it again (only where
  // shown). Channels that say nothing are kept fresh by their feature's own hooks. Names, not types:
  // channel-reads.test.ts holds each list to the tables the channel's SQL reads.
  reads?: readonly string[];
  // Answered while an import holds the vault (it reads no table); every other request waits.
  whileBusy?: true;
}
export type ChannelTable = Record<string, ChannelDef>;

export type HandlersFor<T extends ChannelTable> = {
  [N in keyof T]: (input: z.output<T[N]['input']>) => z.output<T[N]['output']> | Promise<z.output<T[N]['output']>>;
};

// The records a test vault holds, for the example requests below.
export interface ExampleIds {
  supervisee: string;
  session: string;
  note: string;
  action: string;
  passphrase: string;
}

// One valid request per channel of a table: each feature's contract file lends its own, and the IPC
// fuzzer (test/unit/ipc-fuzz.test.ts) loops over every channel's.
export type ExamplesFor<T extends ChannelTable> = { [N in keyof T]: Record<string, unknown> };
