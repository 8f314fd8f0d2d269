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
  /** Called when nothing else runs: collects garbage if the heap has grown at all (by 4 MiB) since the last time. */
  tidy(): void;
}

/** What `tidy()` lets pass: less than a rebuild in watch mode leaves behind. */
const tidyBudget = 4 * 1024 * 1024;

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
      if (held() >= base + tidyBudget) collect();
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

let collector: (() => void) | undefined;

/** Collects garbage now: between stages, what the last one left behind need not add to the next one's peak. */
export function collectGarbage(): void {
  // The collector is reachable only with --expose-gc, which can also be turned on once the process runs. It is turned
  // off again once the collector is in hand: V8 refuses compiled code cached under other flags (cache/code.ts).
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  collector();
}
