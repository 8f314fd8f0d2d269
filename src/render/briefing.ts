// The one-page briefing: briefing.html, for the room and for the delegation's files.
import { textFile } from './output.js';
import type { StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const briefingTarget: StatementTarget = {
  name: 'briefing',
  files: [{ file: 'briefing.html', label: 'Briefing' }],
  render({ briefing, theme }, { templates }) {
    const view = { ...pageView(briefing.meta, theme), briefing };
    return [textFile(`${briefing.slug}/briefing.html`, templates.render('briefing', view))];
  },
};
