// Real headless Chromium for tests: the machine's own, found as Lectern finds it (CHROME_PATH, or chromium on PATH),
// driven by playwright-core.
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { resolveConfig } from '../../src/config.js';
import { findBrowser, launchArgs } from '../../src/print/browser.js';

const require = createRequire(import.meta.url);

export function findChromium(): string {
  const search = findBrowser(resolveConfig({ root: process.cwd() }));
  if (!search.found) throw new Error(search.problem.format());
  return search.executable;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: launchArgs });
}

/** What a page did while a test watched it. */
export interface PageWatch {
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests for anything not on this machine (neither file: nor localhost). */
  readonly external: string[];
  /** alert(), confirm() and prompt() calls: a statement's text must never cause one. */
  readonly dialogs: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport });
  const watch = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch };
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], external: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local =
      url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'about:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!local) watch.external.push(request.url());
  });
  return watch;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** Each failing element: its selector and what is wrong. */
  readonly nodes: readonly string[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    const axe = (
      window as unknown as {
        axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: Node[] }[] }> };
      }
    ).axe;
    // No preload: axe would fetch each stylesheet again over XHR, which file: pages refuse.
    const result = await axe.run(document, { resultTypes: ['violations'], preload: false });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
