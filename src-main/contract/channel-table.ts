// What a feature's channel table is, and the handler type it implies. Each feature's contract file
// declares `<feature>Channels satisfies ChannelTable`; its core folder implements HandlersFor<that>.
import type { z } from 'zod';

export interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}
export type ChannelTable = Record<string, ChannelDef>;

export type HandlersFor<T extends ChannelTable> = {
  [N in keyof T]: (input: z.output<T[N]['input']>) => z.output<T[N]['output']> | Promise<z.output<T[N]['output']>>;
};
