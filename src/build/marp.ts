// The Marp engine of a build or a watch session. Light to load: a build starts the engine's thread before it loads
// what renders, so marp-core (and the locale data, see render/marp/worker.ts) loads beside those modules.
import { cacheDir, folderCache } from '../cache/dir.js';
import type { ResolvedConfig } from '../config.js';
import { createMarpEngine, type MarpEngine } from '../render/marp/engine.js';
import { codeIdentity } from './keys.js';

/**
 * Builds of up to this many statements render Marp on a worker thread. A larger build renders in this thread instead:
 * there the thread's head start matters little, and a second heap (some 50 MiB) would be most of its memory. So does
 * a build that prints: starting Chromium, not Marp, is then what it waits for, and the Playwright client already
 * takes that memory. So does a watch session: once marp-core is loaded, a rebuild's deck renders in this thread as
 * fast as it crosses to another and back.
 */
export const threadedBuildLimit = 24;

/** The Marp engine of a build of `statements` statements, or of a watch session. */
export function marpEngineFor(config: ResolvedConfig, run: { readonly statements: number } | 'watch'): MarpEngine {
  const dir = cacheDir(config, 'marp');
  const values = folderCache(dir);
  const codeDir = cacheDir(config, 'marp-code');
  return createMarpEngine({
    threaded: run !== 'watch' && run.statements <= threadedBuildLimit && !config.pdf,
    cache: dir && codeDir && values ? { dir, codeDir, values, salt: codeIdentity(config.packageRoot) } : undefined,
  });
}
