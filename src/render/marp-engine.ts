// Where Marp decks are rendered: on a worker thread when Lectern runs compiled and the build is small (marp-core takes a
// fifth of a second to load, which then overlaps the rest of the build), in this thread otherwise (a large build, or
// the test runner, which runs the TypeScript). One engine per configuration: a build, or a watch session.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cacheDir } from '../cache/dir.js';
import { codeIdentity } from '../cache/inputs.js';
import type { ResolvedConfig } from '../config.js';
import type { MarpCache, MarpOutput, MarpRenderer } from './marp-renderer.js';

export interface MarpEngine {
  /** Renders `markdown` with the Marp theme `themeCss`; rejects with a `MarpFailure`. */
  render(themeCss: string, markdown: string): Promise<MarpOutput>;
}

/** marp-core failed; `theme` says it could not read the theme's CSS (a mistake in a theme or in templates/marp.css). */
export class MarpFailure extends Error {
  constructor(
    message: string,
    readonly theme: boolean,
  ) {
    super(message);
    this.name = 'MarpFailure';
  }
}

const engines = new WeakMap<ResolvedConfig, MarpEngine>();

/**
 * Builds of up to this many statements render Marp on a worker thread. A larger build renders in this thread instead:
 * there the thread's head start matters little, and a second heap (some 50 MiB) would be most of its memory. So does
 * a build that prints: starting Chromium, not Marp, is then what it waits for, and the Playwright client already
 * takes that memory. So does a watch session: once marp-core is loaded, a rebuild's deck renders in this thread as
 * fast as it crosses to another and back.
 */
export const threadedBuildLimit = 24;

/** How a run uses Marp: a build of so many statements, or a watch session. */
export type MarpRun = { readonly statements: number } | 'watch';

/**
 * The engine for this configuration, chosen by the first call: on a worker thread for a build of few statements that
 * does not print, when Lectern runs compiled (calling it early then starts marp-core loading early); else in this
 * thread, which loads marp-core at the first render.
 */
export function marpEngine(config: ResolvedConfig, run: MarpRun = { statements: 1 }): MarpEngine {
  let engine = engines.get(config);
  if (!engine) {
    const worker = new URL('./marp-worker.mjs', import.meta.url);
    const threaded = run !== 'watch' && run.statements <= threadedBuildLimit && !config.pdf && existsSync(fileURLToPath(worker));
    const cache = marpCache(config);
    engine = threaded ? workerEngine(worker, cache) : inProcessEngine(cache);
    engines.set(config, engine);
  }
  return engine;
}

/** Packed theme CSS is kept with Lectern's other caches, valid for this install of Lectern and its packages. */
function marpCache(config: ResolvedConfig): MarpCache | undefined {
  const dir = cacheDir(config, 'marp');
  return dir === undefined ? undefined : { dir, salt: codeIdentity(config.packageRoot) };
}

function inProcessEngine(cache: MarpCache | undefined): MarpEngine {
  let loading: Promise<{ renderer: MarpRenderer; isThemeError(error: unknown): boolean }> | undefined;
  return {
    async render(themeCss, markdown) {
      loading ??= import('./marp-renderer.js').then((module) => ({
        renderer: module.createMarpRenderer(cache),
        isThemeError: (error) => error instanceof module.MarpThemeError,
      }));
      const { renderer, isThemeError } = await loading;
      try {
        return renderer.render(themeCss, markdown);
      } catch (error) {
        throw Object.assign(new MarpFailure((error as Error).message, isThemeError(error)), { cause: error });
      }
    },
  };
}

type Reply = MarpOutput | { error: { message: string; stack?: string; theme: boolean } };

export function workerEngine(url: URL, cache?: MarpCache): MarpEngine {
  // The worker runs only Lectern's Marp code: none of the flags this process was started with applies to it.
  const worker = new Worker(url, { execArgv: [], workerData: { cache } });
  const waiting = new Map<number, { themeCss: string; markdown: string; resolve(output: MarpOutput): void; reject(error: Error): void }>();
  let next = 0;
  /** Set when the worker could not start or has stopped: from then on decks render in this thread. */
  let fallback: MarpEngine | undefined;
  const fallBack = () => {
    fallback ??= inProcessEngine(cache);
    for (const job of waiting.values()) fallback.render(job.themeCss, job.markdown).then(job.resolve, job.reject);
    waiting.clear();
  };
  worker.on('message', ({ id, ...reply }: { id: number } & Reply) => {
    const pending = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if ('error' in reply) pending?.reject(replyError(reply.error));
    else pending?.resolve(reply);
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  // The worker never keeps Lectern running: it stops when the build or the watch session does. (After the listeners:
  // adding a 'message' listener refs the worker again.)
  worker.unref();
  return {
    render(themeCss, markdown) {
      if (fallback) return fallback.render(themeCss, markdown);
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { themeCss, markdown, resolve, reject });
        // While it has work, the worker keeps the process alive, so a build waits for its decks.
        worker.ref();
        worker.postMessage({ id, themeCss, markdown });
      });
    },
  };
}

function replyError({ message, stack, theme }: { message: string; stack?: string; theme: boolean }): MarpFailure {
  return Object.assign(new MarpFailure(message, theme), stack ? { stack } : {});
}
