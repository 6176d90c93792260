// Frameworks, reviews and growth reads and writes. A review's change makes its supervisee's review
// list, growth series and comparison stale; a framework's change makes the framework list stale.
import type { Review } from '../../../../src-main/contract/frameworks';
import { invalidate, keyOf, queryClient, setRead, useRead, useWrite } from '../../api/queries';

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

const frameworksChanged = () => void invalidate('frameworks.list');
export const useCreateFramework = () => useWrite('frameworks.create', frameworksChanged);
export const useUpdateFramework = () => useWrite('frameworks.update', frameworksChanged);
export const useRetireFramework = () => useWrite('frameworks.retire', frameworksChanged);
export const useImportFramework = () => useWrite('frameworks.import', frameworksChanged);
export const useSaveFrameworkSample = () => useWrite('frameworks.saveSample');

async function reviewChanged(r: { id: string; superviseeId: string }) {
  await Promise.all([
    invalidate('reviews.list', r.superviseeId),
    invalidate('growth.series', r.superviseeId),
    invalidate('growth.compare', r.superviseeId),
    invalidate('growth.frameworks', r.superviseeId),
    // Later reviews show this one's levels as their "previous"; this one main has just returned.
    queryClient.invalidateQueries({
      queryKey: keyOf('reviews.get'),
      predicate: (q) => (q.queryKey[2] as { id?: string } | undefined)?.id !== r.id,
    }),
    invalidate('frameworks.list'),
  ]);
}
const keep = (r: Review) => {
  setRead('reviews.get', { id: r.id }, r);
  return reviewChanged(r);
};
export const useCreateReview = () => useWrite('reviews.create', keep);
export const useSaveReview = () => useWrite('reviews.save', keep);
export const useFinaliseReview = () => useWrite('reviews.finalise', keep);
export const useReopenReview = () => useWrite('reviews.reopen', keep);
export const useDeleteReview = (superviseeId: string) =>
  useWrite('reviews.delete', () => reviewChanged({ id: '', superviseeId }));
export const useGrowthReport = () => useWrite('growth.reportPdf');
