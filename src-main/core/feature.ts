// A feature as the engines see it: one module per feature (its folder's feature.ts) with its
// channels and handlers (module.ts) and what it lends each engine. The engines loop over the list
// in features.ts and name no feature's table.
import type { ChannelTable } from '../contract/channel-table';
import type { RowSet } from '../db/touched-tables';
import type { ArchivePart } from './archive/archive-part';
import type { FeatureTransfer, TransferList } from './data-transfer/transfer-list';
import type { ExchangeKind } from './exchange/exchange-part';
import type { AppModule } from './module';
import type { Sampler } from './sample-data/sampler';
import type { SearchArm } from './search/search-sql';
import type { TimelineArm } from './timeline/timeline-sql';

export interface Feature<
  L extends readonly TransferList[] = readonly TransferList[],
  C extends ChannelTable = ChannelTable,
> extends AppModule<C> {
  // Its lists in the JSON export and how an import checks them.
  transfer: FeatureTransfer<L>;
  // Its kinds of event on the timeline (core/timeline/timeline-sql.ts).
  timeline?: readonly TimelineArm[];
  // Its searchable kinds (core/search/search-sql.ts).
  search?: readonly SearchArm[];
  // Rows of its tables that a read can depend on alone, reported as touched like a table
  // (db/touched-tables.ts).
  rowSets?: readonly RowSet[];
  // Its records in the seeded sample data (core/sample-data/generate.ts).
  sample?: Sampler;
  // Its records as readable sections of an archive (core/archive/archive-content.ts).
  archive?: ArchivePart;
  // Its kinds of packet between a supervisor's and a supervisee's vaults (core/exchange).
  exchange?: readonly ExchangeKind[];
}

export const defineFeature = <const L extends readonly TransferList[], const C extends ChannelTable>(
  f: Feature<L, C>,
) => f;
