// The delivery pack: what the speaker reads from and what the interpreters work from. reading.html (large type,
// numbered paragraphs, where each slide comes up and the time spoken by then), interpreters.html (the same text at
// normal size, after the names, acronyms and numbers it holds), notes.txt (the text to read, slide by slide, as plain
// text), and the PDFs of the first two.
import type { Page } from 'playwright-core';
import { planDeliveryText, type DeliveryText } from '../plan/delivery.js';
import { buildGlossary } from '../plan/glossary.js';
import type { PlannedStatement } from '../plan/statement.js';
import { textFile, type OutlineEntry, type Output, type PaperOptions, type PdfSpec, type RenderContext } from './output.js';
import { pageView } from './view.js';

/** The page each part starts on, once the page is laid out for print: for the PDF's bookmarks. */
async function partOutline({ deck }: PlannedStatement, page: Page): Promise<OutlineEntry[]> {
  const starts = await page.evaluate(() => {
    const sheet = document.querySelector('main')!.getBoundingClientRect();
    // The height of a printed page's text area, from the @page rule: the paper less its top and bottom margins.
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;height:var(--paper-height)';
    document.body.append(probe);
    const paper = probe.getBoundingClientRect().height;
    probe.remove();
    const area = paper - ((22 + 20) / 25.4) * 96;
    return [...document.querySelectorAll('.delivery__part')].map((part) => Math.max(0, Math.floor((part.getBoundingClientRect().top - sheet.top) / area)));
  });
  return deck.slides.map((slide, index) => ({ title: slide.headline, page: starts[index] ?? 0 }));
}

const paper = (): PaperOptions => ({ preferCSSPageSize: true });

const ready = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** The reading copy, for the lectern. */
export const readingOutput: Output = {
  name: 'reading',
  templates: ['reading'],
  files: [{ file: 'reading.html', label: 'Reading copy' }],
  render(planned, context) {
    return [textFile(`${planned.deck.slug}/reading.html`, context.templates.render('reading', view(planned, context)))];
  },
  pdf: { file: 'reading.pdf', label: 'Reading copy (PDF)', source: 'reading.html', ready, paper, outline: partOutline } satisfies PdfSpec,
};

/** The interpreters' copy: for the booths, with the names, acronyms and numbers to prepare. */
export const interpretersOutput: Output = {
  name: 'interpreters',
  templates: ['interpreters'],
  files: [{ file: 'interpreters.html', label: "Interpreters' copy" }],
  render(planned, context) {
    const base = view(planned, context);
    const { labels, paragraphs } = base.delivery;
    const glossary = buildGlossary(
      paragraphs.map((paragraph) => paragraph.text),
      planned.deck.meta.lang,
    );
    const groups = [
      { label: labels.names, entries: glossary.names },
      { label: labels.acronyms, entries: glossary.acronyms },
      { label: labels.numbers, entries: glossary.numbers },
    ];
    const page = { ...base, glossaryTitle: labels.glossary, glossary: groups, glossaryEmpty: groups.every((group) => group.entries.length === 0) };
    return [textFile(`${planned.deck.slug}/interpreters.html`, context.templates.render('interpreters', page))];
  },
  pdf: { file: 'interpreters.pdf', label: "Interpreters' copy (PDF)", source: 'interpreters.html', ready, paper, outline: partOutline } satisfies PdfSpec,
};

/** notes.txt: the text to read, slide by slide, for pasting into an e-mail or a teleprompter. */
export const notesOutput: Output = {
  name: 'notes',
  templates: [],
  files: [{ file: 'notes.txt', label: 'Notes (text)' }],
  render({ deck }, { config }) {
    return [textFile(`${deck.slug}/notes.txt`, notesText(planDeliveryText(deck, config.wordsPerMinute)))];
  },
};

function view(planned: PlannedStatement, { config }: RenderContext) {
  const { deck, theme } = planned;
  const delivery = planDeliveryText(deck, config.wordsPerMinute);
  return { ...pageView(deck.meta, theme), delivery, paper: config.paper, readingSize: config.readingSize, shortTitle: shortTitle(deck.meta.title) };
}

/** The title as the top of every page shows it: cut at a word, at most about 60 characters. */
export function shortTitle(title: string): string {
  if (title.length <= 60) return title;
  const cut = title.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–-]+$/u, '')}…`;
}

function notesText(delivery: DeliveryText): string {
  const { meta, labels } = delivery;
  const header = [
    meta.title,
    meta.bylineAndOrganization,
    [meta.event, meta.venue, meta.when].filter(Boolean).join(' · '),
    labels.checkAgainstDelivery,
    delivery.duration.words,
  ].filter(Boolean);
  const parts = delivery.parts.map((part) => {
    const heading = `${labels.slide} ${part.slide} · ${part.elapsed} · ${part.headline}`;
    return [heading, ...part.paragraphs.map((paragraph) => `${paragraph.number}. ${paragraph.text}`)].join('\n\n');
  });
  return `${[header.join('\n'), ...parts].join('\n\n\n')}\n`;
}
