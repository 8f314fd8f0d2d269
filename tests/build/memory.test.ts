// The heap guard frees what a build or a watch session has left behind: after a large growth between units of work
// (check), and after any growth at all when nothing else runs (tidy, watch mode's quiet moments).
import { describe, expect, it } from 'vitest';
import { heapGuard, type HeapGuard } from '../../src/build/memory.js';

const mib = 1024 * 1024;

/** Leaves about `size` bytes of garbage on the heap: arrays held long enough to be kept, then let go. */
function leaveGarbage(size: number): void {
  let kept: number[][] = [];
  for (let made = 0; made < size; made += 64 * 1024) kept.push(new Array<number>(8 * 1024).fill(made + 0.5));
  kept = [];
  expect(kept).toHaveLength(0);
}

/** How much of the heap `collect` frees, called on a new guard once `garbage` bytes have been left behind. */
function freedBy(collect: (guard: HeapGuard) => void, garbage: number): number {
  const guard = heapGuard();
  leaveGarbage(garbage);
  const before = process.memoryUsage().heapUsed;
  collect(guard);
  return before - process.memoryUsage().heapUsed;
}

describe('heapGuard', () => {
  it('tidy() collects what has piled up since the last time, once it passes 4 MiB', () => {
    expect(freedBy((guard) => guard.tidy(), 24 * mib)).toBeGreaterThan(12 * mib);
  });

  it('check() collects once the heap has grown by 32 MiB', () => {
    expect(freedBy((guard) => guard.check(), 48 * mib)).toBeGreaterThan(16 * mib);
  });
});
