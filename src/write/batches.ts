// Runs file operations a batch at a time: the operations of a batch at once (each waits on the disk, not on the
// others), the next batch once every one of this batch has settled. A failure is thrown only then, so nothing is
// still moving a file while the caller undoes the change.

/** Files at once: enough to keep the disk busy, few enough not to queue thousands of calls. */
const batchSize = 16;

export async function inBatches<T>(items: readonly T[], operation: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    const settled = await Promise.allSettled(items.slice(start, start + batchSize).map(operation));
    const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
