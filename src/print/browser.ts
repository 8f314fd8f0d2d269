// Finding the Chromium that prints the PDFs, and starting it. Lectern never downloads a browser of its own.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ResolvedConfig } from '../config.js';
import { requireWithCodeCache } from '../cache/code.js';
import { LecternError } from '../errors.js';

/**
 * Names a Chromium goes by on the PATH, in the order they are tried. Chromium's headless shell comes first: it is the
 * same engine without the desktop browser around it, and prints a third faster (Playwright prefers it too).
 */
export const browserNames = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome'] as const;

/**
 * Without these, Chromium phones home at start-up (updates, sync, field trials), which is slow, and fails offline.
 */
export const launchArgs = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type BrowserSearch = { readonly found: true; readonly executable: string } | { readonly found: false; readonly problem: LecternError };

const install = 'install Chromium (apt-get install chromium, or chromium-headless-shell), or set CHROME_PATH to a Chrome or Chromium, or pass --browser PATH';

/**
 * The browser to print with: `--browser PATH` (config.browser), then `CHROME_PATH`, then the first of
 * chromium-headless-shell, chromium, chromium-browser and google-chrome on the PATH (both read by `resolveConfig`).
 */
export function findBrowser(options: Pick<ResolvedConfig, 'browser' | 'root' | 'chromePath' | 'searchPath'>): BrowserSearch {
  if (options.browser !== undefined) {
    const executable = path.resolve(options.root, options.browser);
    if (isExecutable(executable)) return { found: true, executable };
    return missing(`the browser given with --browser, ${options.browser}, is not an executable file`, `give the path of a Chrome or Chromium, or ${install}`);
  }
  const fromEnv = options.chromePath?.trim();
  if (fromEnv) {
    // Set, it is what the user asked for: printing with another browser instead would hide the mistake.
    if (isExecutable(fromEnv)) return { found: true, executable: fromEnv };
    return missing(`CHROME_PATH is ${fromEnv}, which is not an executable file`, 'unset it, or point it at a Chrome or Chromium');
  }
  for (const name of browserNames) {
    const executable = onPath(name, options.searchPath);
    if (executable) return { found: true, executable };
  }
  return missing(`no browser to print the PDFs with: CHROME_PATH is not set and there is no ${browserNames.join(', ')} on the PATH`, install);
}

function missing(message: string, hint: string): BrowserSearch {
  return { found: false, problem: new LecternError(message, { kind: 'environment', hint }) };
}

function onPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * How long a browser may take to start before Lectern gives up on it and stops it: 30 s. Chromium starts in about a
 * second; a program that is not one may never answer.
 */
export const browserStartTimeout = 30_000;

type Playwright = typeof import('playwright-core');

/**
 * Loads playwright-core, only when something is printed, and with require(): its 7 MB bundle is CommonJS, and Node 20
 * takes half as long again to import() it. With a cache folder, its compiled code is kept there (see cache/code.ts):
 * it then loads in two thirds of the time, and with less memory.
 */
export function loadPlaywright(codeCacheDir?: string): Playwright {
  return requireWithCodeCache<Playwright>(import.meta.url, 'playwright-core', codeCacheDir);
}

export interface LaunchOptions {
  readonly timeoutMs?: number;
  /** playwright-core as loadPlaywright() gave it; loaded without a code cache otherwise. */
  readonly playwright?: Playwright;
}

/** Starts the browser headless. */
export async function launchBrowser(executable: string, { timeoutMs = browserStartTimeout, playwright }: LaunchOptions = {}): Promise<Browser> {
  const require = createRequire(import.meta.url);
  const { chromium, errors } = playwright ?? loadPlaywright();
  try {
    return await chromium.launch({ executablePath: executable, args: launchArgs, timeout: timeoutMs });
  } catch (error) {
    const timedOut = error instanceof errors.TimeoutError;
    // Playwright asks a browser that timed out to close, and kills it only 30 s later, keeping Lectern running until
    // then; asked a second time, it kills it (and what it started) at once. A test checks that nothing is left running.
    if (timedOut) void (require('playwright-core/lib/coreBundle') as PlaywrightInternals).utils?.gracefullyCloseAll?.().catch(() => {});
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    const what = timedOut ? `did not start within ${timeoutMs / 1000} s` : `would not start: ${reason}`;
    throw new LecternError(`the browser ${executable} ${what}`, {
      kind: 'environment',
      hint: `check that it is a Chrome or Chromium that runs on this machine (${executable} --version), or ${install}`,
      cause: error,
    });
  }
}

/** The one part of playwright-core's internals Lectern uses; not in its types, so every step may be missing. */
interface PlaywrightInternals {
  readonly utils?: { readonly gracefullyCloseAll?: () => Promise<void> };
}
