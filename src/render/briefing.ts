// The one-page briefing: briefing.html, for the room and for the delegation's files; and briefing.pdf, which must print
// on exactly one page.
import type { ResolvedConfig } from '../config.js';
import { fitBriefing } from '../fit/briefing.js';
import { fontCacheDir } from '../fit/index.js';
import type { PlannedStatement } from '../plan/statement.js';
import { textFile, type Output, type PaperOptions, type PdfSpec } from './output.js';
import { pageView } from './view.js';

const paperFormat = (config: ResolvedConfig): PaperOptions => ({ format: config.paper === 'letter' ? 'Letter' : 'A4' });

const pdf: PdfSpec = {
  label: 'Briefing (PDF)',
  file: 'briefing.pdf',
  source: 'briefing.html',
  ready: async () => {},
  paper: paperFormat,
  outline: async ({ briefing }) =>
    [briefing.meta.title, briefing.introduction.headline, ...briefing.points.map((point) => point.headline), briefing.ask.headline].map((title) => ({
      title,
      page: 0,
    })),
  check(pages, _planned, config) {
    if (pages === 1) return undefined;
    return `the briefing prints on ${pages} pages of ${config.paper === 'letter' ? 'US Letter' : 'A4'}, not one; shorten its key messages`;
  },
};

export const briefingOutput: Output = {
  name: 'briefing',
  templates: ['briefing'],
  files: [{ file: 'briefing.html', label: 'Briefing' }],
  preview: 'side',
  async render(planned, { templates, config }) {
    const { briefing, theme } = planned;
    const paper = { ...briefing, paper: config.paper, scale: await scaleFor(planned, config) };
    const view = { ...pageView(briefing.meta, theme, briefing.logo), briefing: paper, scale: paper.scale < 1 ? String(paper.scale) : undefined };
    return [textFile(`${briefing.slug}/briefing.html`, templates.render('briefing', view))];
  },
  pdf,
};

/** The briefing's type scale on the paper asked for: fitting's own, or, for a briefing fitted to another paper, fitted again. */
async function scaleFor({ briefing, theme, statement }: PlannedStatement, config: ResolvedConfig): Promise<number> {
  if (briefing.paper === config.paper) return briefing.scale;
  return (await fitBriefing(briefing, theme, { file: statement.file, paper: config.paper, cacheDir: fontCacheDir(config) })).scale;
}
