// The full collection an import asks for when its load ends (core/shared/heap-for-loads.ts): it
// runs where Node runs, and what nothing refers to any more is gone after it.
import { describe, expect, it } from 'vitest';
import { collectGarbage, tuneHeapForLoads } from '../../src-main/core/shared/heap-for-loads';

describe('heap for loads', () => {
  it('collects an object nothing refers to', async () => {
    tuneHeapForLoads();
    tuneHeapForLoads();
    let ref: WeakRef<object> | null = null;
    (() => {
      ref = new WeakRef({ big: new Array(10_000).fill(1) });
    })();
    // A WeakRef's target is kept until the turn that made it ends.
    await new Promise((r) => setImmediate(r));
    expect(collectGarbage()).toBe(true);
    expect(ref!.deref()).toBeUndefined();
  });
});
