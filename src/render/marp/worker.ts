// The worker thread that renders Marp decks, so marp-core loads and renders on another core while the main thread
// builds everything else. Started with { cache: { dir, salt } } (see MarpCache). Messages: { id, themeCss, markdown } in;
// { id, html, css } or { id, error } out.
import { parentPort, workerData } from 'node:worker_threads';
import { folderCache } from '../../cache/dir.js';
import { MarpFailure } from './failure.js';
import { createMarpRenderer } from './renderer.js';

/** Where the main thread keeps Marp's packed CSS: a folder and the salt of this install. */
const { cache } = (workerData ?? {}) as { cache?: { dir: string; salt: string } };
const values = folderCache(cache?.dir);
const renderer = createMarpRenderer(values && cache ? { values, salt: cache.salt } : undefined);

parentPort!.on('message', ({ id, themeCss, markdown }: { id: number; themeCss: string; markdown: string }) => {
  try {
    parentPort!.postMessage({ id, ...renderer.render(themeCss, markdown) });
  } catch (error) {
    const { message, stack } = error as Error;
    parentPort!.postMessage({ id, error: { message, stack, theme: error instanceof MarpFailure && error.theme } });
  }
});
