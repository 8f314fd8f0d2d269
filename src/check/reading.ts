// How many pages the speaker's reading copy takes, estimated without a browser: each paragraph measured with the
// theme's fonts at the reading size, as templates/assets/reading.css sets it, and laid on pages the way print lays
// them (a paragraph that fits on a page is not split). For `lectern check --reading-pages N`.
import type { ResolvedConfig } from '../config.js';
import { textHeight, type TextStyle } from '../fit/lines.js';
import { createMeasurer } from '../fit/measure.js';
import { fontCacheDir } from '../fit/index.js';
import { planDeliveryText } from '../plan/delivery.js';
import type { PlannedStatement } from '../plan/statement.js';

/** The page as reading.css sets it, in mm: the paper, its margins, and the margin column for the slide marks. */
const page = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
  margins: { top: 22, bottom: 20, side: 20 },
  column: 17 + 3,
};
const ptPerMm = 72 / 25.4;

export async function readingPages(
  planned: PlannedStatement,
  config: Pick<ResolvedConfig, 'paper' | 'readingSize' | 'wordsPerMinute' | 'root' | 'packageRoot'>,
): Promise<number> {
  const { deck, theme } = planned;
  const delivery = planDeliveryText(deck, config.wordsPerMinute);
  const lang = deck.meta.lang;
  const texts = [...delivery.paragraphs.map((paragraph) => `${paragraph.number}. ${paragraph.text}`), deck.meta.title];
  const measurer = await createMeasurer(theme, texts, { cacheDir: fontCacheDir(config) });
  const paper = page[config.paper];
  const area = (paper.height - page.margins.top - page.margins.bottom) * ptPerMm;
  const width = (paper.width - 2 * page.margins.side - page.column) * ptPerMm;
  const size = config.readingSize;
  const body: TextStyle = { font: { role: 'body', weight: 400 }, size, lineHeight: 1.5 };
  const title: TextStyle = { font: { role: 'heading', weight: 700 }, size: size * 1.35, lineHeight: 1.25 };
  // The header: the check line, the title, and four or five lines of who, where and when, then its rule.
  const header = textHeight(deck.meta.title, width + page.column * ptPerMm, title, measurer, lang) + 6 * size * 1.5 + 2 * size;

  let pages = 1;
  let used = header;
  for (const paragraph of delivery.paragraphs) {
    const height = textHeight(`${paragraph.number}. ${paragraph.text}`, width, body, measurer, lang) + 0.9 * size;
    if (used + height <= area) used += height;
    else if (height <= area) {
      pages++;
      used = height;
    } else {
      // Longer than a page: it runs on over as many pages as it takes.
      const over = used + height - area;
      pages += Math.ceil(over / area);
      used = over % area;
    }
  }
  return pages;
}
