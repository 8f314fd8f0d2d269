// Prints every statement's PDFs from its built pages with one browser: a few pages at a time, each PDF finished
// (metadata, outline) and written into dist/<slug>/ as soon as it is printed.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { displayPath, type ResolvedConfig } from '../config.js';
import { LecternError } from '../errors.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { OutlineEntry, OutputFile, PdfSpec } from '../render/output.js';
import { outputs } from '../render/outputs.js';
import { launchBrowser, loadPlaywright } from './browser.js';
import { runOnWorkers } from './queue.js';

export interface PrintedPdf {
  /** Relative to the output folder: `<slug>/deck.pdf`. */
  readonly path: string;
  readonly pages: number;
}

export interface PrintResult {
  readonly pdfs: readonly PrintedPdf[];
  readonly warnings: readonly string[];
}

/** Where printed PDFs go: the output folder's pending change. */
export type PdfSink = (files: readonly OutputFile[]) => Promise<void>;

export interface Printer {
  /**
   * Prints the PDFs of statements already written to the output folder, once, handing each PDF to `save` as soon as
   * it is finished: the browser starts closing as soon as the last page is printed, while the last PDFs are finished.
   */
  print(statements: readonly PlannedStatement[], config: ResolvedConfig, save: PdfSink): Promise<PrintResult>;
  /** Closes the browser; safe to call whether or not it started, and more than once. */
  close(): Promise<void>;
}

/**
 * Tabs printing at once: one per core, two to four. Each tab is a renderer process of its own; more tabs than cores
 * only fight over them.
 */
const tabs = Math.min(4, Math.max(2, availableParallelism()));
/** How long a page may take to load and lay itself out for print before Lectern gives up on it. */
const readyTimeout = 30_000;

/**
 * Starts the browser at once and opens its tabs, so that happens while the build runs. Each tab starts printing as
 * soon as it is open. A browser that fails to start is reported by print(), not here.
 */
export function startPrinter(executable: string, { codeCacheDir }: { readonly codeCacheDir?: string | undefined } = {}): Printer {
  let browser: Browser | undefined;
  const opening: Promise<{ tabs: readonly Tab[] } | { error: unknown }> = (async () => {
    browser = await launchBrowser(executable, { playwright: loadPlaywright(codeCacheDir) });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.setDefaultTimeout(readyTimeout);
    const front = openTab(context);
    const behind = Array.from({ length: tabs - 1 }, () => front.then(() => openTab(context)));
    // Tabs share a window, and only the tab in front gets animation frames, which reveal.js's print view waits for:
    // the first tab is brought back to the front once the others are open, and prints the pages that need frames.
    const inFront = Promise.all(behind).then(async () => {
      const page = await front;
      await page.bringToFront();
      return page;
    });
    const opened: Tab[] = [{ page: front, front: inFront }, ...behind.map((page) => ({ page, front: undefined }))];
    // Until print() awaits them, a tab that fails to open must not count as an unhandled rejection.
    for (const tab of opened) {
      tab.page.catch(() => {});
      tab.front?.catch(() => {});
    }
    return { tabs: opened };
  })().catch((error: unknown) => ({ error }));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await opening;
      await browser?.close();
    })());
  return {
    close,
    async print(statements, config, save) {
      const opened = await opening;
      if ('error' in opened) throw opened.error;
      const jobs = statements.flatMap((planned) => pdfs.map((target) => ({ planned, target })));
      const warnings: string[] = [];
      const workers = opened.tabs.map((tab) => ({
        worker: tab,
        accepts: (job: PrintJob) => !job.target.needsFrames || tab.front !== undefined,
      }));
      const saving: Promise<PrintedPdf>[] = [];
      await runOnWorkers(workers, jobs, async (tab, job) => {
        const page = await (job.target.needsFrames ? tab.front! : tab.page);
        const printed = await printPage(page, job, config, warnings);
        // The tab goes on to its next page while this PDF is finished and written; a failure is reported below.
        const saved = savePdf(printed, job, config, save);
        saved.catch(() => {});
        saving[jobs.indexOf(job)] = saved;
      });
      // Every page is printed: the browser can close while the last PDFs are finished (a failure shows in close()).
      close().catch(() => {});
      return { pdfs: await Promise.all(saving), warnings };
    },
  };
}

/** A tab, and for the one that prints pages needing animation frames, the same page once it is in front. */
interface Tab {
  readonly page: Promise<Page>;
  readonly front: Promise<Page> | undefined;
}

/** A tab laid out for print from the start, so that what its page's scripts measure is what prints. */
async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The PDFs printed for each statement: one per output that says how. */
const pdfs: readonly PdfSpec[] = outputs.flatMap((output) => (output.pdf ? [output.pdf] : []));

interface PrintJob {
  readonly planned: PlannedStatement;
  readonly target: PdfSpec;
}

/** What Chromium printed, with the bookmarks read from the page. */
interface PrintedPage {
  readonly bytes: Uint8Array;
  readonly outline: readonly OutlineEntry[];
}

async function printPage(page: Page, { planned, target }: PrintJob, config: ResolvedConfig, warnings: string[]): Promise<PrintedPage> {
  const [source, query = ''] = target.source.split('?');
  const sourceFile = path.join(config.outDir, planned.statement.slug, source!);
  try {
    await page.goto(`${pathToFileURL(sourceFile).href}${query ? `?${query}` : ''}`, { waitUntil: 'load' });
    await target.ready(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const outline = await target.outline(planned, page);
    const warning = await target.warning?.(page, planned, config);
    if (warning) warnings.push(warning);
    const bytes = await page.pdf({ ...target.paper(config), printBackground: true, tagged: true });
    return { bytes, outline };
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new LecternError(`could not print ${planned.statement.slug}/${target.file}: ${reason}`, {
      kind: 'environment',
      at: { file: displayPath(config, sourceFile) },
      hint: 'check that the page opens in a browser without errors (a template that drops its scripts or styles can keep it from laying out)',
      cause: error,
    });
  }
}

/** Adds what Chromium leaves out, checks the result, and hands it on to be written beside the page it was printed from. */
async function savePdf(printed: PrintedPage, { planned, target }: PrintJob, config: ResolvedConfig, save: PdfSink): Promise<PrintedPdf> {
  const output = `${planned.statement.slug}/${target.file}`;
  const { finishPdf } = await import('./finish.js');
  const finished = await finishPdf(printed.bytes, planned.deck.meta, printed.outline);
  const problem = target.check?.(finished.pages, planned, config);
  if (problem) throw new LecternError(problem, { at: { file: planned.statement.file } });
  await save([{ path: output, contents: finished.bytes }]);
  return { path: output, pages: finished.pages };
}
