// The handout: handout.html, every slide drawn as the deck draws it, beside or above its speaker notes, for print.
import { planHandout } from '../plan/handout.js';
import { textFile } from './output.js';
import type { StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const handoutTarget: StatementTarget = {
  name: 'handout',
  label: 'Handout',
  files: ['handout.html'],
  render({ deck, theme }, { templates, config }) {
    const handout = planHandout(deck, { layout: config.handoutLayout, paper: config.paper });
    const view = { ...pageView(deck.meta, theme), handout };
    return [textFile(`${deck.slug}/handout.html`, templates.render('handout', view))];
  },
};
