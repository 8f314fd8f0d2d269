// What an output is, and what renderers produce: files in memory (or files to copy), with paths relative to the
// output folder. The outputs themselves are listed in outputs.ts.
import type { Page } from 'playwright-core';
import type { ResolvedConfig } from '../config.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { MarpEngine } from './marp/engine.js';
import type { ThemeStyles } from './styles.js';
import type { TemplateSet } from './templates.js';

export type OutputFile =
  | { readonly path: string; readonly contents: string | Uint8Array }
  /** A file copied as it is, such as a font or reveal.js itself. */
  | { readonly path: string; readonly copyFrom: string };

export function textFile(path: string, contents: string): OutputFile {
  return { path, contents };
}

export function copiedFile(path: string, copyFrom: string): OutputFile {
  return { path, copyFrom };
}

/** Where shared assets go, relative to the output folder. */
export const assetsDir = '_assets';

/** Everything a renderer may use besides the statement: made once per build, or once per watch session. */
export interface RenderContext {
  readonly config: ResolvedConfig;
  readonly templates: TemplateSet;
  /** Renders Marp decks: on a worker thread or in this one, as the build chose. */
  readonly marp: MarpEngine;
  /** Each theme's stylesheets, made once. */
  readonly styles: ThemeStyles;
}

/** A file of a statement's folder, as the index and the preview link it. */
export interface OutputLink {
  /** Its name in `dist/<slug>/`. */
  readonly file: string;
  /** What a reader calls it. */
  readonly label: string;
}

/** Another way to open one of an output's pages, chosen by its address: the deck as a page to scroll, `?view=scroll`. */
export interface OutputView extends OutputLink {
  /** The query string that opens the page in this view. */
  readonly query: string;
}

/**
 * One output of a statement, such as the reveal.js deck or the briefing. Every output is an entry in the table in
 * outputs.ts; building, printing, the index, the preview and the output folder's record all read that table.
 */
export interface Output {
  readonly name: string;
  /** The templates it renders, `templates/<name>.hbs`: a build compiles them before it renders anything. */
  readonly templates: readonly string[];
  /** The files it writes in `dist/<slug>/`, in the order the index links them. */
  readonly files: readonly OutputLink[];
  /** Other views of those files that the index and the preview link, each after the file it opens. */
  readonly views?: readonly OutputView[];
  /** Where the preview page of `lectern dev` shows it: the main frame, or the one beside it. */
  readonly preview?: 'main' | 'side';
  render(planned: PlannedStatement, context: RenderContext): Promise<OutputFile[]> | OutputFile[];
  /**
   * Takes milliseconds to render where a page takes a fraction of one (Marp, the Office files): watch mode writes an
   * edit's pages first, so the browser shows it sooner, and this output just after.
   */
  readonly slow?: boolean;
  /** Printed to PDF with `--pdf`: how. */
  readonly pdf?: PdfSpec;
}

/** One bookmark of a PDF: a title and the page (0-based) it opens. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
}

/** The paper page.pdf() is given; every PDF is also printed tagged and with its backgrounds. */
export interface PaperOptions {
  readonly format?: 'A4' | 'Letter';
  /** Take the page size from the document's CSS `@page` rule. */
  readonly preferCSSPageSize?: boolean;
}

/** How an output is printed to PDF with Chromium, from the page the build wrote. */
export interface PdfSpec extends OutputLink {
  /** The page it is printed from, in `dist/<slug>/`, with its query string. */
  readonly source: string;
  /** The page waits for animation frames to lay itself out, which only the tab in front of the browser's window gets. */
  readonly needsFrames?: boolean;
  /** Waits until the page is laid out for print. Fonts are waited for after this, for every PDF. */
  ready(page: Page): Promise<void>;
  paper(config: ResolvedConfig): PaperOptions;
  /**
   * The bookmarks, once the page is ready. Lectern writes them itself: Chromium's outline, made from the headings,
   * nests every slide under the title and runs together the words either side of a line break.
   */
  outline(planned: PlannedStatement, page: Page): Promise<readonly OutlineEntry[]>;
  /** Something the reader should know about the printed page, as a warning; undefined when all is well. */
  warning?(page: Page, planned: PlannedStatement, config: ResolvedConfig): Promise<string | undefined>;
  /** Checks the printed PDF; a problem is returned as a message naming what to change. */
  check?(pages: number, planned: PlannedStatement, config: ResolvedConfig): string | undefined;
}

/** Something derived once and kept between runs (compiled templates, Marp's packed CSS), by a key naming its inputs. */
export interface ValueCache {
  read(key: string): string | undefined;
  /** Best effort: a cache that cannot be written only costs the next run the work it would have saved. */
  write(key: string, value: string): void;
}

/**
 * A slide's type scale as the value of the `--lectern-fit` CSS property, or undefined at the normal size.
 * Only a number made by fitting ever reaches a style attribute or a Marp style block.
 */
export function fitValue(scale: number): string | undefined {
  if (!Number.isFinite(scale) || scale >= 1) return undefined;
  return String(Math.max(0, Math.round(scale * 100) / 100));
}
