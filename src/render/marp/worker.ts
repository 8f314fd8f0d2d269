// The worker thread that renders Marp decks, so marp-core loads and renders on another core while the main thread
// builds everything else. It runs compiled only: the renderer with marp-core is then one CommonJS file beside this one
// (lib/marp-renderer.cjs), run from V8's code cache in `codeDir` (compiling marp-core from source and then the
// functions of a first render took some 75 ms of the 130 it took this thread to render its first deck).
// Started with { cache: { dir, codeDir, salt } } (see MarpCache). Messages: { id, themeCss, markdown } in;
// { id, html, css } or { id, error } out.
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { runWithCodeCache } from '../../cache/code.js';
import { folderCache } from '../../cache/dir.js';
import type * as Renderer from './renderer.js';

/** Where the main thread keeps Marp's packed CSS (a folder and the salt of this install) and the renderer's code. */
const { cache } = (workerData ?? {}) as { cache?: { dir: string; codeDir?: string; salt: string } };

loadLocaleData();
// marp-core loads after: messages the main thread sends meanwhile wait for the listener below.
const { exports: loaded, keep } = runWithCodeCache<typeof Renderer>(fileURLToPath(new URL('./marp-renderer.cjs', import.meta.url)), cache?.codeDir);
const { createMarpRenderer, MarpFailure } = loaded;
const values = folderCache(cache?.dir);
const renderer = createMarpRenderer(values && cache ? { values, salt: cache.salt } : undefined);

parentPort!.on('message', ({ id, themeCss, markdown }: { id: number; themeCss: string; markdown: string }) => {
  try {
    const output = renderer.render(themeCss, markdown);
    // Before the first reply (a process may end as soon as it has its decks); only a run without a cache writes.
    keep();
    parentPort!.postMessage({ id, ...output });
  } catch (error) {
    const { message, stack } = error as Error;
    parentPort!.postMessage({ id, error: { message, stack, theme: error instanceof MarpFailure && error.theme } });
  }
});

/**
 * Loads the locale data the main thread is about to ask for: ICU reads it once for the whole process, the first date
 * formatted taking some 25 ms, the first number 6, the first comparison of two words 11 and the names of the world's
 * regions 8. Read here, at the worker's start, it is ready by the time the main thread, loading its own modules
 * meanwhile, formats a statement's date and numbers, counts its words, and finds and sorts the interpreters' list of
 * names (which tells a place by the name the locale data gives it).
 */
function loadLocaleData(): void {
  new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat('en').format(1);
  new Intl.PluralRules('en').select(1);
  new Intl.Segmenter('en', { granularity: 'word' }).segment('a b').containing(0);
  new Intl.Collator('en').compare('a', 'b');
  new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of('FR');
}
