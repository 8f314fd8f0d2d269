// Starting the browser a build prints with, at the build's start, so it is ready by the time the pages are written.
// Light on purpose: the build loads it before anything that renders.
import { cacheDir } from '../cache/dir.js';
import type { ResolvedConfig } from '../config.js';
import type { LecternError } from '../errors.js';
import type { Printer } from './print.js';

/** A browser starting while the build runs, or why there is none. */
export type Printing = { readonly printer: Printer } | { readonly problem: LecternError };

/** Finds the browser and starts it at once, so it is ready by the time the pages are written. */
export async function startPrinting(config: ResolvedConfig): Promise<Printing> {
  const search = (await import('./browser.js')).findBrowser(config);
  if (!search.found) return { problem: search.problem };
  const codeCacheDir = cacheDir(config, 'playwright-code');
  return { printer: (await import('./print.js')).startPrinter(search.executable, { codeCacheDir }) };
}
