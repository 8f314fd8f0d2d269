// Keeps a long build's memory bounded. V8 lets the heap grow far past what a build keeps alive when it allocates
// fast (a thousand statements peak at three times their live size); collecting garbage whenever the heap has grown by
// a fixed budget since the last collection holds the peak near the live size plus that budget.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far the heap may grow past what was alive at the last collection. */
const budget = 32 * 1024 * 1024;

export interface HeapGuard {
  /** Called between units of work: collects garbage if the heap has outgrown its budget. */
  check(): void;
  /**
   * Called when nothing else runs: collects the young generation, where most of what a rebuild in watch mode leaves
   * behind still is. Only that: after a full collection the next rebuild ran 10 ms slower (measured: save → written
   * 33 → 21 ms, and the process's peak the same), and the old generation is `check()`'s.
   */
  tidy(): void;
}

export function heapGuard(): HeapGuard {
  let base = held();
  const collect = () => {
    collectGarbage();
    base = held();
  };
  return {
    check() {
      if (held() >= base + budget) collect();
    },
    tidy() {
      collectGarbage('young');
    },
  };
}

/**
 * The heap, and the memory outside it that its objects hold (a rendered Office file, a file read to compare): both
 * are freed only by a collection, and the buffers alone grew to 40 MiB over a thousand statements. (From V8 directly:
 * process.memoryUsage() also reads the process's size from the system, which cost a quarter of a millisecond a call.)
 */
function held(): number {
  const { used_heap_size, external_memory } = getHeapStatistics();
  return used_heap_size + external_memory;
}

let collector: ((options?: { type: 'major' | 'minor' }) => void) | undefined;

/**
 * Collects garbage now: between stages, what the last one left behind need not add to the next one's peak. `young`
 * collects only what was made since the last collection and is still in the young generation: a millisecond or two.
 */
export function collectGarbage(generation: 'all' | 'young' = 'all'): void {
  // The collector is reachable only with --expose-gc, which can also be turned on once the process runs. It is turned
  // off again once the collector is in hand: V8 refuses compiled code cached under other flags (cache/code.ts).
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as typeof collector;
    setFlagsFromString('--no-expose-gc');
  }
  collector!(generation === 'young' ? { type: 'minor' } : undefined);
}
