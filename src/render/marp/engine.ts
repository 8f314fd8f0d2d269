// Where Marp decks are rendered: on a worker thread (marp-core takes a fifth of a second to load, which then overlaps
// the rest of a small build), or in this thread. A build or a watch session creates one engine and hands it to the
// Marp output through the render context.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValueCache } from '../output.js';
import { MarpFailure } from './failure.js';
import type { MarpOutput, MarpRenderer } from './renderer.js';

export interface MarpEngine {
  /** Renders `markdown` with the Marp theme `themeCss`; rejects with a `MarpFailure`. */
  render(themeCss: string, markdown: string): Promise<MarpOutput>;
}

export interface MarpEngineOptions {
  /**
   * Render on a worker thread, when Lectern runs compiled (the worker is a file of its own then). Worth it for a small
   * build; a large one, one that prints, or a watch session renders in this thread, where a second heap (some 50 MiB)
   * would cost more than the thread's head start saves.
   */
  readonly threaded: boolean;
  /**
   * Where Marp's packed theme CSS is kept between runs, and the salt of this install (see MarpCache); and where the
   * worker keeps V8's code cache for the renderer (see render/marp/worker.ts).
   */
  readonly cache?: { readonly dir: string; readonly codeDir: string; readonly salt: string; readonly values: ValueCache } | undefined;
}

/**
 * An engine as asked. A threaded one starts loading marp-core at once on its thread; one in this thread loads it at
 * the first render.
 */
export function createMarpEngine(options: MarpEngineOptions): MarpEngine {
  const worker = new URL('./marp-worker.mjs', import.meta.url);
  if (options.threaded && existsSync(fileURLToPath(worker))) return workerEngine(worker, options.cache);
  return inProcessEngine(options.cache);
}

function inProcessEngine(cache: MarpEngineOptions['cache']): MarpEngine {
  let loading: Promise<MarpRenderer> | undefined;
  return {
    async render(themeCss, markdown) {
      loading ??= import('./renderer.js').then((module) => module.createMarpRenderer(cache && { values: cache.values, salt: cache.salt }));
      return (await loading).render(themeCss, markdown);
    },
  };
}

type Reply = MarpOutput | { error: { message: string; stack?: string; theme: boolean } };

export function workerEngine(url: URL, cache?: MarpEngineOptions['cache']): MarpEngine {
  // The worker runs only Lectern's Marp code: none of the flags this process was started with applies to it.
  const worker = new Worker(url, { execArgv: [], workerData: { cache: cache && { dir: cache.dir, codeDir: cache.codeDir, salt: cache.salt } } });
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
