import type { HandlersFor } from '../../contract/channel-table';
import type { frameworkChannels } from '../../contract/frameworks';
import type { growthChannels } from '../../contract/growth';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import { evidenceOptions } from './evidence';
import { selfRatingFor } from './exchange-reviews';
import { createFramework, listFrameworks, retireFramework, updateFramework } from './frameworks';
import { frameworksUsed, growthComparison, growthSeries } from './growth';
import { importFrameworkFile, saveSampleFile } from './import-workflow';
import { exportGrowthReport } from './report-export';
import {
  createReview,
  deleteReview,
  finaliseReview,
  getReview,
  listReviews,
  reopenReview,
  saveReview,
} from './reviews';

export function frameworkHandlers(
  db: () => Db,
  files: FilePort,
): HandlersFor<typeof frameworkChannels & typeof growthChannels> {
  return {
    'frameworks.list': (i) => listFrameworks(db(), i.includeRetired),
    'frameworks.create': (i) => createFramework(db(), i),
    'frameworks.update': (i) => updateFramework(db(), i.family, i.definition),
    'frameworks.retire': (i) => {
      retireFramework(db(), i.family, i.retired);
      return { done: true as const };
    },
    'frameworks.import': async (i) => ({ framework: await importFrameworkFile(db, files, i.csv) }),
    'frameworks.saveSample': async (i) => ({ path: await saveSampleFile(askUser(files, db), i.format) }),
    'reviews.list': (i) => listReviews(db(), i.superviseeId),
    'reviews.get': (i) => getReview(db(), i.id),
    'reviews.create': (i) => createReview(db(), i),
    'reviews.save': (i) => saveReview(db(), i),
    'reviews.finalise': (i) => finaliseReview(db(), i.id),
    'reviews.reopen': (i) => reopenReview(db(), i.id, i.reason),
    'reviews.delete': (i) => {
      deleteReview(db(), i.id);
      return { done: true as const };
    },
    'reviews.evidenceOptions': (i) => evidenceOptions(db(), i.superviseeId, i.upTo),
    'reviews.selfRating': (i) => selfRatingFor(db(), i.id),
    'growth.frameworks': (i) => frameworksUsed(db(), i.superviseeId),
    'growth.series': (i) => growthSeries(db(), i.superviseeId, i.family),
    'growth.compare': (i) => growthComparison(db(), i.superviseeId, i.family),
    'growth.reportPdf': async (i) => ({ path: (await exportGrowthReport(db, askUser(files, db), i)).path }),
  };
}
