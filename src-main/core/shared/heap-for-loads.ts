// V8's collector, tuned for the one long load the app does: an import of a whole vault (at career
// scale 708,353 records, about a minute). docs/performance-history.md has the measurements.
//
// - Allocation-site pretenuring off. V8 watches where objects are made; when many from one place
//   survive a young collection it makes the rest in the old generation directly, where garbage waits
//   for a full collection. During an import it did that to each record as read, and the import's
//   memory rose and fell by 60-90 MB between full collections, which set its peak.
// - A full collection when the load ends: the SQL-only steps after it allocate almost nothing, so
//   V8 would otherwise keep the load's garbage through them.
//
// Node and Electron's main process take V8 flags at run time (Electron leaves them unfrozen for
// Node's sake). The collector is reached through a fresh context, which sees the flag that exposes
// it. Where either is refused, the load runs as before.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let tuned = false;
let collector: (() => void) | null | undefined;

function trySetFlag(flag: string): boolean {
  try {
    setFlagsFromString(flag);
    return true;
  } catch {
    return false;
  }
}

// Called before a long load; once for the process, as the setting stays.
export function tuneHeapForLoads(): void {
  if (tuned) return;
  tuned = true;
  trySetFlag('--no-allocation-site-pretenuring');
}

// A full collection; whether one ran.
export function collectGarbage(): boolean {
  if (collector === undefined) {
    collector = null;
    if (trySetFlag('--expose-gc'))
      try {
        const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
        if (typeof gc === 'function') collector = gc as () => void;
      } catch {
        /* no collector: nothing is collected early */
      }
  }
  collector?.();
  return collector !== null;
}
