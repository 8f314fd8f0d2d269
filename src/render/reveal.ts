// The reveal.js deck: deck.html, one <section> per planned slide, speaker notes in each.
import { fitValue, textFile } from './output.js';
import type { StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const revealTarget: StatementTarget = {
  name: 'deck',
  files: [{ file: 'deck.html', label: 'Slides (reveal.js)' }],
  render({ deck, theme }, { templates }) {
    const view = { ...pageView(deck.meta, theme), slides: deck.slides.map((slide) => ({ ...slide, fit: fitValue(slide.scale) })) };
    return [textFile(`${deck.slug}/deck.html`, templates.render('deck', view))];
  },
};
