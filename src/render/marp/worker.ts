// The worker thread that renders Marp decks, so marp-core loads and renders on another core while the main thread
// builds everything else. Started with { cache: { dir, salt } } (see MarpCache). Messages: { id, themeCss, markdown } in;
// { id, html, css } or { id, error } out.
import { parentPort, workerData } from 'node:worker_threads';
import { folderCache } from '../../cache/dir.js';
import { MarpFailure } from './failure.js';

loadLocaleData();
// marp-core loads after: messages the main thread sends meanwhile wait for the listener below.
const { createMarpRenderer } = await import('./renderer.js');

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

/**
 * Loads the locale data the main thread is about to ask for: ICU reads it once for the whole process, the first date
 * formatted taking some 25 ms and the first number 6. Read here, at the worker's start, it is ready by the time the
 * main thread, loading its own modules meanwhile, formats a statement's date and numbers and counts its words.
 */
function loadLocaleData(): void {
  new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat('en').format(1);
  new Intl.PluralRules('en').select(1);
  new Intl.Segmenter('en', { granularity: 'word' }).segment('a b').containing(0);
}
