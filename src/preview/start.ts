// Watch mode, start to finish: build everything, serve it, then rebuild what each edit affects and tell the browser.
//   chokidar (watch.ts) ──▶ queue (queue.ts) ──▶ build session ──▶ dist/ ──▶ Vite's websocket (client.ts, server.ts)
import { displayPath, type ResolvedConfig } from '../config.js';
import { createBuildSession, type RebuildResult } from '../build/session.js';
import { collectGarbage, heapGuard, type HeapGuard } from '../build/memory.js';
import { isLecternError, type LecternError } from '../errors.js';
import type { Logger } from '../log.js';
import { errorMessage, messagesFor } from './client.js';
import { previewUrl } from './page.js';
import { createRebuildQueue } from './queue.js';
import { startPreviewServer, type PreviewServer, type PreviewState } from './server.js';
import { watchSources, type SourceWatcher } from './watch.js';

export interface PreviewOptions {
  /** Use this port and no other; otherwise 5173, or the next free one. */
  readonly port: number | undefined;
  /** Open the browser. */
  readonly open: boolean;
}

export interface RunningPreview {
  /** The index: `http://localhost:5173/`. */
  readonly url: string;
  /** Stops watching, lets a running rebuild finish, and closes the server. */
  close(): Promise<void>;
}

/**
 * How long the sources must be quiet after a rebuild before its garbage is collected (the young generation, where most
 * of it still is: memory.ts): by then the browser has its new page and the watcher its second look, and the
 * collection delays no rebuild and no reload. The next edit then starts with little of the last one's garbage.
 */
const quietMs = 250;

export async function startPreview(config: ResolvedConfig, options: PreviewOptions, logger: Logger): Promise<RunningPreview> {
  const session = createBuildSession(config);
  let state: PreviewState = { error: undefined, statements: [] };
  let server: PreviewServer | undefined;
  /** Set once the first build is done: from then on rebuilds are reported, and a failure no longer stops `lectern dev`. */
  let watching = false;
  let last: RebuildResult | undefined;
  let firstBuild: unknown;
  /** The mistakes the terminal and the browser show now. */
  let shown: string[] = [];
  // Declared before the queue: a change chokidar reports while it is still starting runs the queue before it returns.
  let watcher: SourceWatcher | undefined;
  /** Set once the first build is done: a session runs for hours, and its rebuilds' garbage should not pile up. */
  let guard: HeapGuard | undefined;
  /** The collection waiting for the sources to be quiet (see `quietMs`). */
  let tidying: NodeJS.Timeout | undefined;

  const queue = createRebuildQueue<string>(
    async (files) => {
      const started = performance.now();
      // An edit's pages are shown as soon as they are written, before its Marp deck and Office files.
      let shownEarly = new Set<string>();
      const result = await session.rebuild(files, (pages) => {
        shownEarly = new Set(pages.changed);
        publish(pages.changed, pages.errors);
      });
      const ms = Math.round(performance.now() - started);
      last = result;
      const sure = publish(
        result.changed.filter((file) => !shownEarly.has(file)),
        result.errors,
        result.statements,
      );
      if (watching) report(result, files, ms, sure);
      guard?.check();
      clearTimeout(tidying);
      tidying = setTimeout(() => guard?.tidy(), quietMs).unref();
    },
    {
      onError(error) {
        if (!watching)
          firstBuild = error; // before watching starts, any failure stops `lectern dev`
        else if (isLecternError(error)) logger.error(error.format());
        else
          logger.error(
            `Lectern hit a bug while rebuilding; please report it with what follows. Watching goes on.\n${(error as Error)?.stack ?? String(error)}`,
          );
      },
    },
  );

  /**
   * Tells the browser what changed, with the mistakes, and keeps them for pages that connect later. A file saved a
   * moment ago may have been read half-written: if so, its second look (watch.ts) comes soon and says for sure. Until
   * then a mistake is not shown, so a good save never flashes one. Returns whether the mistakes were shown.
   */
  function publish(changed: readonly string[], errors: readonly LecternError[], statements = state.statements): boolean {
    const sure = errors.length === 0 || !watcher?.settling();
    const error = errors.length > 0 ? errorMessage(errors, config.root) : undefined;
    state = { error: sure ? error : state.error, statements };
    server?.send(messagesFor(changed, sure ? errors : undefined, config.root, Date.now()));
    return sure;
  }

  function report(result: RebuildResult, files: readonly string[], ms: number, sure: boolean): void {
    for (const warning of result.warnings) logger.warn(warning);
    const done = [
      result.built.length > 0 ? `rebuilt ${result.built.join(', ')}` : '',
      result.removed.length > 0 ? `removed ${result.removed.join(', ')}` : '',
    ].filter(Boolean);
    if (done.length > 0) logger.info(`${describeChanges(files.map((file) => displayPath(config, file)))}: ${done.join('; ')} in ${ms} ms`);
    if (sure) showErrors(result);
  }

  function showErrors(result: RebuildResult): void {
    const errors = result.errors.map((error) => error.format());
    if (errors.length > 0 && errors.join('\n') !== shown.join('\n')) {
      for (const error of errors) logger.error(error);
      logger.info('The last good output is still served; save a fix and it rebuilds.');
    } else if (errors.length === 0 && shown.length > 0) {
      logger.info('Fixed: everything builds again.');
    }
    shown = errors;
  }

  // The server starts first, so a port that is taken stops `lectern dev` before it builds anything.
  server = await startPreviewServer({ config, port: options.port, open: options.open ? '/' : undefined, logger, state: () => state });
  try {
    const onChange = (file: string) => {
      clearTimeout(tidying);
      queue.push(file);
    };
    watcher = await watchSources(config, { onChange, onError: (error) => logger.warn(`watching: ${String(error)}`) });
    const startedAt = performance.now();
    queue.push();
    await queue.idle();
    if (firstBuild !== undefined) throw firstBuild;
    const built = state.statements.length;
    for (const warning of last!.warnings) logger.warn(warning);
    logger.info(
      `Built ${built} statement${built === 1 ? '' : 's'} into ${displayPath(config, config.outDir)}/ in ${((performance.now() - startedAt) / 1000).toFixed(2)} s`,
    );
    showErrors(last!);
    watching = true;
    // The first build leaves behind what every statement was compiled from: gone before the author's first edit.
    collectGarbage();
    guard = heapGuard();
  } catch (error) {
    await watcher?.close();
    await server.close();
    throw error;
  }
  const url = server.url;
  logger.info(`\nLectern preview: ${url}`);
  for (const statement of [...state.statements].sort((a, b) => a.slug.localeCompare(b.slug))) {
    logger.info(`  ${new URL(previewUrl(statement.slug), url).href}   deck and briefing of ${statement.slug}`);
  }
  if (state.statements.length === 0)
    logger.info(`  No statements yet: add a .md file to ${displayPath(config, config.contentDir)}/ and it appears in the index.`);
  const watched = [...watcher.dirs.map((dir) => `${displayPath(config, dir)}/`), ...watcher.files.map((file) => displayPath(config, file))];
  logger.info(`Watching ${watched.join(', ')} (Ctrl-C to stop)`);

  return {
    url,
    async close() {
      await watcher.close();
      await queue.idle();
      clearTimeout(tidying);
      await server?.close();
    },
  };
}

/** "content/iom.md changed", "3 files changed (content/a.md, themes/print/theme.yaml, …)". */
function describeChanges(files: readonly string[]): string {
  const unique = [...new Set(files)];
  if (unique.length === 0) return 'build';
  if (unique.length === 1) return `${unique[0]} changed`;
  const listed = unique.slice(0, 3).join(', ');
  return `${unique.length} files changed (${listed}${unique.length > 3 ? ', …' : ''})`;
}
