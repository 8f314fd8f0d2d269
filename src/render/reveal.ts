// The reveal.js deck: deck.html, one <section> per planned slide, speaker notes in each.
import { textFile } from './output.js';
import type { StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const revealTarget: StatementTarget = {
  name: 'deck',
  label: 'Slides (reveal.js)',
  files: ['deck.html'],
  render({ deck, theme }, { templates }) {
    const view = { ...pageView(deck.meta, theme), slides: deck.slides };
    return [textFile(`${deck.slug}/deck.html`, templates.render('deck', view))];
  },
};
