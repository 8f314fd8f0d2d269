// Runs jobs on a fixed set of workers (the browser's tabs): each worker takes the first waiting job it accepts as
// soon as it is free, so at most as many jobs run at once as there are workers. Results keep the order of the jobs.

export interface Worker<W, T> {
  readonly worker: W;
  /** Whether this worker can run a job; at least one worker must accept every job. */
  accepts(job: T): boolean;
}

export async function runOnWorkers<W, T, R>(workers: readonly Worker<W, T>[], jobs: readonly T[], run: (worker: W, job: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  const waiting = jobs.map((_, index) => index);
  const work = async ({ worker, accepts }: Worker<W, T>): Promise<void> => {
    for (;;) {
      const at = waiting.findIndex((index) => accepts(jobs[index]!));
      if (at === -1) return;
      const [index] = waiting.splice(at, 1) as [number];
      results[index] = await run(worker, jobs[index]!);
    }
  };
  await Promise.all(workers.map(work));
  return results;
}
