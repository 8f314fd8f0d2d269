// The handout: handout.html, every slide drawn as the deck draws it, beside or above its speaker notes, for print;
// and handout.pdf.
import { planHandout } from '../plan/handout.js';
import { fitValue, textFile, type Output, type PdfSpec } from './output.js';
import { pageView } from './view.js';

/** handout.js fits each page, carrying notes too long for theirs onto the next, then sets data-handout-ready. */
const pdf: PdfSpec = {
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
  async warning(page, { deck, statement }) {
    const carried = (await page.evaluate(() => document.documentElement.dataset.handoutReady ?? '')).split(' ').filter(Boolean);
    if (carried.length === 0) return undefined;
    const numbers = carried.map((id) => deck.slides.findIndex((slide) => slide.id === id) + 1);
    const slides = numbers.length === 1 ? `slide ${numbers[0]}` : `slides ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    return (
      `${statement.file}: in the handout, the notes of ${slides} do not fit on one page even in small type, ` +
      'so they go on over the next; use --handout-layout 1 for more room'
    );
  },
};

export const handoutOutput: Output = {
  name: 'handout',
  templates: ['handout'],
  files: [{ file: 'handout.html', label: 'Handout' }],
  render({ deck, theme }, { templates, config }) {
    const handout = planHandout(deck, { layout: config.handoutLayout, paper: config.paper });
    // Each slide keeps the type size fitting gave it in the deck, so it breaks its lines as the deck does.
    const sheets = handout.sheets.map((sheet) => ({
      ...sheet,
      items: sheet.items.map((item) => ({ ...item, slide: { ...item.slide, fit: fitValue(item.slide.scale) } })),
    }));
    const view = { ...pageView(deck.meta, theme, deck.logo), handout: { ...handout, sheets } };
    return [textFile(`${deck.slug}/handout.html`, templates.render('handout', view))];
  },
  pdf,
};
