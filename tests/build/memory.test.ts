// The heap guard frees what a build or a watch session has left behind: after a large growth between units of work
// (check), and the young generation when nothing else runs (tidy, watch mode's quiet moments).
import { describe, expect, it } from 'vitest';
import { heapGuard, type HeapGuard } from '../../src/build/memory.js';

const mib = 1024 * 1024;

/**
 * Leaves about `size` bytes of garbage on the heap: arrays held long enough to be kept (in the old generation, once
 * more than the young one holds), then let go.
 */
function leaveGarbage(size: number): void {
  let kept: number[][] = [];
  for (let made = 0; made < size; made += 64 * 1024) kept.push(new Array<number>(8 * 1024).fill(made + 0.5));
  kept = [];
  expect(kept).toHaveLength(0);
}

/**
 * How much of the heap `collect` frees, called on a new guard once `garbage` bytes have been left behind (`after` the
 * guard does something else first).
 */
function freedBy(collect: (guard: HeapGuard) => void, garbage: number, after?: (guard: HeapGuard) => void): number {
  const guard = heapGuard();
  after?.(guard);
  leaveGarbage(garbage);
  const before = process.memoryUsage().heapUsed;
  collect(guard);
  return before - process.memoryUsage().heapUsed;
}

describe('heapGuard', () => {
  it('tidy() collects the garbage still in the young generation', () => {
    // What came before is collected first: the young generation then holds little but the garbage.
    expect(
      freedBy(
        (guard) => guard.tidy(),
        mib / 2,
        (guard) => guard.tidy(),
      ),
    ).toBeGreaterThan(mib / 4);
  });

  it('check() collects once the heap has grown by 32 MiB', () => {
    expect(freedBy((guard) => guard.check(), 48 * mib)).toBeGreaterThan(16 * mib);
  });
});
