// The single path every request takes, whatever the transport: sender check -> input schema ->
// handler -> output schema -> Result. Electron's ipcMain and the Playwright bridge both call
// `invoke`; neither can reach a handler any other way.
import { ZodError } from 'zod';
import { CHANNEL_NAMES, channels, type ChannelName, type Handler, type Handlers } from '../contract';
import { AppError, toIssues, type ErrorIssue, type Result } from '../contract/errors';
import type { ChannelDef } from '../contract/channel-table';
import type { TouchLog } from '../db/touched-tables';

export interface CallContext {
  trusted: boolean;
}

export interface Registry {
  readonly channels: readonly ChannelName[];
  invoke(channel: string, payload: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

// Logs the kind of failure only: messages and stacks from lower layers might carry clinical text.
export type InternalErrorLog = (channel: string, kind: string) => void;

export class RegistryBuilder {
  private readonly handlers = new Map<ChannelName, Handler<ChannelName>>();

  register<N extends ChannelName>(name: N, handler: Handler<N>): this {
    if (!(CHANNEL_NAMES as readonly string[]).includes(name)) throw new Error(`Unknown channel: ${name}`);
    if (this.handlers.has(name)) throw new Error(`Channel registered twice: ${name}`);
    this.handlers.set(name, handler as unknown as Handler<ChannelName>);
    return this;
  }

  registerAll(handlers: Handlers): this {
    for (const name of CHANNEL_NAMES) this.register(name, handlers[name] as Handler<typeof name>);
    return this;
  }

  // `touches`: the open vault's log of tables written (db/touched-tables.ts), or null while locked.
  // `idle`: resolves when no exclusive job (an import read in pieces) holds the vault.
  build(
    log: InternalErrorLog = () => {},
    touches: () => TouchLog | null = () => null,
    idle: () => Promise<void> = async () => {},
  ): Registry {
    const missing = CHANNEL_NAMES.filter((n) => !this.handlers.has(n));
    if (missing.length) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
    const handlers = new Map(this.handlers);
    return {
      channels: CHANNEL_NAMES,
      invoke: (channel, payload, ctx) => invoke(handlers, channel, payload, ctx, log, touches, idle),
    };
  }
}

function fail(code: AppError['code'], message: string, issues?: ErrorIssue[]): Result<never> {
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}

function isChannel(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

async function invoke(
  handlers: Map<ChannelName, Handler<ChannelName>>,
  channel: string,
  payload: unknown,
  ctx: CallContext,
  log: InternalErrorLog,
  touches: () => TouchLog | null,
  idle: () => Promise<void>,
): Promise<Result<unknown>> {
  if (!ctx.trusted) return fail('validation', 'Request refused: it did not come from the Alliance window.');
  if (typeof channel !== 'string' || !isChannel(channel)) return fail('validation', 'Unknown request.');
  const def = channels[channel];
  const parsed = def.input.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) {
    // Every problem, each with its own path; the message alone is the first one, for a person.
    const issues = toIssues(parsed.error.issues);
    return fail('validation', issues[0]?.message ?? 'That request was not valid.', issues);
  }
  try {
    // Nothing runs inside an import's open transaction but what asks how far it has got.
    if (!(def as ChannelDef).whileBusy) await idle();
    const before = touches();
    const mark = before?.mark() ?? 0;
    const value = await handlers.get(channel)!(parsed.data as never);
    const result = { ok: true as const, value: def.output.parse(value) };
    // The tables this request wrote (and any request that ran beside it), so the renderer reads
    // again exactly what they changed. Not after an unlock or a lock: its cache starts empty.
    const touched = before && touches() === before ? before.since(mark) : [];
    return touched.length ? { ...result, touched } : result;
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.message, e.issues);
    if (e instanceof ZodError) {
      log(channel, 'output-schema');
      return fail('internal', 'Alliance produced an answer it could not check. Nothing was shown.');
    }
    log(channel, e instanceof Error ? e.name : typeof e);
    return fail('internal', 'Something went wrong inside Alliance. Your data was not changed by this request.');
  }
}
