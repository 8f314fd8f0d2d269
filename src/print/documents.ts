// The PDFs Lectern prints for each statement, as one table: which page each is printed from, how to tell the page is
// ready, the paper, and the outline. Adding a PDF means adding an entry here.
import type { Page } from 'playwright-core';
import type { ResolvedConfig } from '../config.js';
import type { PlannedStatement } from '../render/targets.js';

/** One bookmark: a title and the page (0-based) it opens. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
}

/** The paper page.pdf() is given; every document is also printed tagged and with its backgrounds. */
export interface PaperOptions {
  readonly format?: 'A4' | 'Letter';
  /** Take the page size from the document's CSS `@page` rule. */
  readonly preferCSSPageSize?: boolean;
}

export interface PrintDocument {
  readonly name: string;
  /** What a reader calls it, as the index lists it. */
  readonly label: string;
  /** The PDF, in `dist/<slug>/`. */
  readonly file: string;
  /** The page it is printed from, in `dist/<slug>/`, with its query string. */
  readonly source: string;
  /** The page waits for animation frames to lay itself out, which only the tab in front of the browser's window gets. */
  readonly needsFrames?: boolean;
  /** Waits until the page is laid out for print. Fonts are waited for after this, for every document. */
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

const slideOutline = async ({ deck }: PlannedStatement): Promise<OutlineEntry[]> =>
  deck.slides.map((slide, page) => ({ title: slide.headline, page }));

const paperFormat = (config: ResolvedConfig): PaperOptions => ({ format: config.paper === 'letter' ? 'Letter' : 'A4' });

/**
 * reveal.js lays the deck out for print with `?print-pdf`: one `.pdf-page` per slide, all added at once, in the same
 * task that fires its `pdf-ready` event.
 */
const revealPdf: PrintDocument = {
  name: 'deck',
  label: 'Slides (PDF)',
  file: 'deck.pdf',
  source: 'deck.html?print-pdf',
  needsFrames: true,
  async ready(page) {
    await page.waitForFunction(() => document.querySelector('.reveal .pdf-page') !== null, undefined, { polling: 20 });
  },
  paper: () => ({ preferCSSPageSize: true }),
  outline: slideOutline,
};

const marpPdf: PrintDocument = {
  name: 'marp',
  label: 'Slides, Marp (PDF)',
  file: 'deck.marp.pdf',
  source: 'deck.marp.html',
  ready: async () => {},
  paper: () => ({ preferCSSPageSize: true }),
  outline: slideOutline,
};

const briefingPdf: PrintDocument = {
  name: 'briefing',
  label: 'Briefing (PDF)',
  file: 'briefing.pdf',
  source: 'briefing.html',
  ready: async () => {},
  paper: paperFormat,
  outline: async ({ briefing }) =>
    [briefing.meta.title, briefing.introduction.headline, ...briefing.points.map((point) => point.headline), briefing.ask.headline].map(
      (title) => ({ title, page: 0 }),
    ),
  check(pages, _planned, config) {
    if (pages === 1) return undefined;
    return `the briefing prints on ${pages} pages of ${config.paper === 'letter' ? 'US Letter' : 'A4'}, not one; shorten its key messages`;
  },
};

/** handout.js fits each slide's notes into its share of the page, then sets data-handout-ready. */
const handoutPdf: PrintDocument = {
  name: 'handout',
  label: 'Handout (PDF)',
  file: 'handout.pdf',
  source: 'handout.html',
  async ready(page) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-handout-ready'), undefined, { polling: 20 });
  },
  paper: () => ({ preferCSSPageSize: true }),
  async outline({ deck }, page) {
    // The page each slide starts on: its sheet's, counting the extra pages of sheets whose notes ran over.
    const pages = await page.evaluate(() => {
      const area = document.querySelector('.handout__sheet:not(.handout__sheet--runs-over)')?.getBoundingClientRect().height;
      let start = 0;
      const slides: number[] = [];
      for (const sheet of document.querySelectorAll('.handout__sheet')) {
        for (const _ of sheet.querySelectorAll('.handout__item')) slides.push(start);
        start += area ? Math.max(1, Math.ceil(sheet.getBoundingClientRect().height / area - 0.01)) : 1;
      }
      return slides;
    });
    return deck.slides.map((slide, index) => ({ title: slide.headline, page: pages[index] ?? 0 }));
  },
  async warning(page, { deck, statement }, config) {
    const ranOver = (await page.evaluate(() => document.documentElement.dataset.handoutReady ?? '')).split(' ').filter(Boolean);
    if (ranOver.length === 0) return undefined;
    const numbers = ranOver.map((id) => deck.slides.findIndex((slide) => slide.id === id) + 1);
    const slides = numbers.length === 1 ? `slide ${numbers[0]}` : `slides ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    return (
      `${statement.file}: in the handout, the notes of ${slides} do not fit on one page even in small type, ` +
      'so that page runs onto the next; use --handout-layout 1 for more room'
    );
  },
};

export const printDocuments: readonly PrintDocument[] = [revealPdf, marpPdf, briefingPdf, handoutPdf];
