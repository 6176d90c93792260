// Every channel's example request, gathered from the modules (core/modules.ts), for the IPC fuzzer.
// Nothing in the app imports this file, so the requests never ship.
import type { ChannelName } from '../../contract';
import type { ExampleIds } from '../../contract/channel-table';
import type { AppModule } from '../module';
import { MODULES } from '../modules';

export const examplesOf = (modules: readonly AppModule[], ids: ExampleIds): Record<string, Record<string, unknown>> =>
  Object.assign({}, ...modules.map((m) => m.examples(ids)));

export const channelExamples = (ids: ExampleIds) =>
  examplesOf(MODULES, ids) as Record<ChannelName, Record<string, unknown>>;
