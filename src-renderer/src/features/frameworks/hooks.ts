// Frameworks, reviews and growth reads and writes. What a write changes is read again because those
// reads' contracts name the tables it touched (api/queries.ts).
import type { Review } from '../../../../src-main/contract/frameworks';
import { setRead, useRead, useWrite } from '../../api/queries';

export const useFrameworks = (includeRetired = false) => useRead('frameworks.list', { includeRetired });
export const useReviews = (superviseeId: string) =>
  useRead('reviews.list', { superviseeId }, { enabled: !!superviseeId });
export const useReview = (id: string | null) => useRead('reviews.get', { id: id ?? '' }, { enabled: !!id });
export const useEvidenceOptions = (superviseeId: string, upTo: string) =>
  useRead('reviews.evidenceOptions', { superviseeId, upTo }, { enabled: !!superviseeId && !!upTo });
export const useFrameworksUsed = (superviseeId: string) =>
  useRead('growth.frameworks', { superviseeId }, { enabled: !!superviseeId });
export const useGrowthSeries = (superviseeId: string, family: string) =>
  useRead('growth.series', { superviseeId, family }, { enabled: !!superviseeId && !!family });
export const useGrowthCompare = (superviseeId: string, family: string) =>
  useRead('growth.compare', { superviseeId, family }, { enabled: !!superviseeId && !!family });

export const useCreateFramework = () => useWrite('frameworks.create');
export const useUpdateFramework = () => useWrite('frameworks.update');
export const useRetireFramework = () => useWrite('frameworks.retire');
export const useImportFramework = () => useWrite('frameworks.import');
export const useSaveFrameworkSample = () => useWrite('frameworks.saveSample');

// The review main returned replaces its cached copy; the lists, growth charts and the reviews that
// show this one's levels as their "previous" are read again from the tables the write touched.
const keep = (r: Review) => setRead('reviews.get', { id: r.id }, r);
export const useCreateReview = () => useWrite('reviews.create', keep);
export const useSaveReview = () => useWrite('reviews.save', keep);
export const useFinaliseReview = () => useWrite('reviews.finalise', keep);
export const useReopenReview = () => useWrite('reviews.reopen', keep);
export const useDeleteReview = () => useWrite('reviews.delete');
export const useGrowthReport = () => useWrite('growth.reportPdf');
