// The handout: handout.html, every slide drawn as the deck draws it, beside or above its speaker notes, for print.
import { planHandout } from '../plan/handout.js';
import { fitValue, textFile } from './output.js';
import type { StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const handoutTarget: StatementTarget = {
  name: 'handout',
  files: [{ file: 'handout.html', label: 'Handout' }],
  render({ deck, theme }, { templates, config }) {
    const handout = planHandout(deck, { layout: config.handoutLayout, paper: config.paper });
    // Each slide keeps the type size fitting gave it in the deck, so it breaks its lines as the deck does.
    const sheets = handout.sheets.map((sheet) => ({
      ...sheet,
      items: sheet.items.map((item) => ({ ...item, slide: { ...item.slide, fit: fitValue(item.slide.scale) } })),
    }));
    const view = { ...pageView(deck.meta, theme), handout: { ...handout, sheets } };
    return [textFile(`${deck.slug}/handout.html`, templates.render('handout', view))];
  },
};
