// Runs jobs on a fixed set of workers (the browser's tabs): each worker takes the next job as soon as it is free,
// so at most as many jobs run at once as there are workers. Results keep the order of the jobs.

export async function runOnWorkers<W, T, R>(
  workers: readonly W[],
  jobs: readonly T[],
  run: (worker: W, job: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  const work = async (worker: W): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await run(worker, jobs[index]!);
    }
  };
  await Promise.all(workers.map(work));
  return results;
}
