// The rebuild queue: one rebuild at a time, changes that arrive meanwhile go into the next one, none is lost.
import { describe, expect, it } from 'vitest';
import { createRebuildQueue } from '../../src/preview/queue.js';

/** A rebuild the test finishes by hand, recording what each one was given and whether two ever overlapped. */
function manualRebuilds() {
  const batches: string[][] = [];
  const finish: (() => void)[] = [];
  let running = 0;
  let overlapped = false;
  const started: (() => void)[] = [];
  const rebuild = async (changes: string[]) => {
    running++;
    if (running > 1) overlapped = true;
    batches.push(changes);
    started.shift()?.();
    await new Promise<void>((resolve) => finish.push(resolve));
    running--;
  };
  /** Resolves when the next rebuild has started. */
  const nextStart = () => new Promise<void>((resolve) => started.push(resolve));
  return { batches, rebuild, nextStart, finishOne: () => finish.shift()!(), overlapped: () => overlapped };
}

describe('createRebuildQueue', () => {
  it('runs one rebuild at a time and gives the next one every change that arrived meanwhile', async () => {
    const rebuilds = manualRebuilds();
    const queue = createRebuildQueue(rebuilds.rebuild, {
      onError: (error) => {
        throw error;
      },
    });

    let started = rebuilds.nextStart();
    queue.push('a.md');
    await started;
    started = rebuilds.nextStart();
    queue.push('b.md');
    queue.push('c.md', 'b.md');
    rebuilds.finishOne();
    await started;
    rebuilds.finishOne();
    await queue.idle();

    expect(rebuilds.batches).toEqual([['a.md'], ['b.md', 'c.md', 'b.md']]);
    expect(rebuilds.overlapped()).toBe(false);
    expect(queue.runs).toBe(2);
  });

  it('joins changes pushed in the same turn into one rebuild', async () => {
    const batches: string[][] = [];
    const queue = createRebuildQueue(async (changes: string[]) => void batches.push(changes), { onError: () => {} });
    for (let i = 0; i < 30; i++) queue.push(`save ${i}`);
    await queue.idle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(30);
    expect(batches[0]!.at(-1)).toBe('save 29');
  });

  it('rebuilds when asked with no change, as the first build is', async () => {
    const batches: string[][] = [];
    const queue = createRebuildQueue(async (changes: string[]) => void batches.push(changes), { onError: () => {} });
    queue.push();
    await queue.idle();
    expect(batches).toEqual([[]]);
  });

  it('reports a failed rebuild and goes on with the next changes', async () => {
    const errors: unknown[] = [];
    const batches: string[][] = [];
    const queue = createRebuildQueue(
      async (changes: string[]) => {
        batches.push(changes);
        if (changes.includes('bad')) throw new Error('boom');
      },
      { onError: (error) => errors.push(error) },
    );
    queue.push('bad');
    await queue.idle();
    queue.push('good');
    await queue.idle();
    expect(errors).toEqual([new Error('boom')]);
    expect(batches).toEqual([['bad'], ['good']]);
  });

  it('is idle at once when nothing was pushed', async () => {
    const queue = createRebuildQueue(async () => {}, { onError: () => {} });
    await queue.idle();
    expect(queue.runs).toBe(0);
  });
});
