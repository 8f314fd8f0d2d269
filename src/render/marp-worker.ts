// The worker thread that renders Marp decks, so marp-core loads and renders on another core while the main thread
// builds everything else. Started with { cache } (see MarpCache). Messages: { id, themeCss, markdown } in;
// { id, html, css } or { id, error } out.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarpRenderer, MarpThemeError, type MarpCache } from './marp-renderer.js';

const renderer = createMarpRenderer((workerData as { cache?: MarpCache } | undefined)?.cache);

parentPort!.on('message', ({ id, themeCss, markdown }: { id: number; themeCss: string; markdown: string }) => {
  try {
    parentPort!.postMessage({ id, ...renderer.render(themeCss, markdown) });
  } catch (error) {
    const { message, stack } = error as Error;
    parentPort!.postMessage({ id, error: { message, stack, theme: error instanceof MarpThemeError } });
  }
});
