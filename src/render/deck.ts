// The reveal.js deck: deck.html, one <section> per planned slide, speaker notes in each; the same page as one page to
// read, reveal.js's scroll view with each slide's notes under it (deck.html?view=scroll); and deck.pdf, printed from
// reveal.js's print view.
import { deliveryLabels } from '../plan/delivery.js';
import type { PlannedStatement } from '../plan/statement.js';
import { fitValue, textFile, type OutlineEntry, type Output, type PdfSpec } from './output.js';
import { pageView } from './view.js';

/** One bookmark per slide, on its page: the outline of every printed deck. */
export const slideOutline = async ({ deck }: PlannedStatement): Promise<OutlineEntry[]> => deck.slides.map((slide, page) => ({ title: slide.headline, page }));

/**
 * reveal.js lays the deck out for print with `?print-pdf`: one `.pdf-page` per slide, all added at once, then fires its
 * `pdf-ready` event, on which deck.js shows every slide to assistive technology and numbers the pages, and marks the
 * page ready.
 */
const pdf: PdfSpec = {
  label: 'Slides (PDF)',
  file: 'deck.pdf',
  source: 'deck.html?print-pdf',
  needsFrames: true,
  async ready(page) {
    await page.waitForFunction(() => document.documentElement.dataset.printReady !== undefined, undefined, { polling: 20 });
  },
  paper: () => ({ preferCSSPageSize: true }),
  outline: slideOutline,
};

export const deckOutput: Output = {
  name: 'deck',
  templates: ['deck'],
  files: [{ file: 'deck.html', label: 'Slides (reveal.js)' }],
  views: [{ file: 'deck.html', query: '?view=scroll', label: 'Slides and notes (one page)' }],
  preview: 'main',
  render({ deck, theme }, { templates }) {
    const view = {
      ...pageView(deck.meta, theme, deck.logo),
      readAsPage: deliveryLabels(deck.meta.lang).readAsPage,
      slides: deck.slides.map((slide) => ({ ...slide, fit: fitValue(slide.scale) })),
    };
    return [textFile(`${deck.slug}/deck.html`, templates.render('deck', view))];
  },
  pdf,
};
