// The Marp deck: deck.md (Marp Markdown) and deck.marp.html, rendered from it by marp-core with our theme.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars/runtime.js';
import { stringify } from 'yaml';
import { LecternError } from '../errors.js';
import type { Deck } from '../plan/deck.js';
import { labelsFor } from '../plan/labels.js';
import { themeCss } from '../themes/css.js';
import type { ResolvedTheme } from '../themes/load.js';
import { marpEngine, MarpFailure } from './marp-engine.js';
import type { MarpOutput } from './marp-renderer.js';
import { fitValue, textFile } from './output.js';
import type { RenderContext, StatementTarget } from './targets.js';
import { templateFile } from './templates.js';
import { pageView } from './view.js';

export const marpTarget: StatementTarget = {
  name: 'marp',
  files: [
    { file: 'deck.marp.html', label: 'Slides (Marp)' },
    { file: 'deck.md', label: 'Marp Markdown' },
  ],
  prepare: ({ config }, statements) => void marpEngine(config, { statements }),
  async render({ deck, theme }, context) {
    const view = markdownView(deck, theme);
    const markdown = context.templates.render('marp.md', view);
    // marp-core's HTML shows no speaker notes, so it renders the same deck without them: the same HTML, for a
    // fraction of the parsing (Marp reads every comment as possible YAML).
    const withoutNotes = context.templates.render('marp.md', { ...view, slides: view.slides.map((slide) => ({ ...slide, notes: '' })) });
    const { html, css } = await renderWithMarp(withoutNotes, theme, context);
    const page = {
      ...pageView(deck.meta, theme),
      marp: { html: new Handlebars.SafeString(html), css: new Handlebars.SafeString(css) },
    };
    return [
      textFile(`${deck.slug}/deck.marp.html`, context.templates.render('marp', page)),
      textFile(`${deck.slug}/deck.md`, markdown),
    ];
  },
};

/** The name Marp knows a Lectern theme by, in `theme:` of deck.md. */
export function marpThemeName(theme: { name: string }): string {
  return `lectern-${theme.name}`;
}

/**
 * The Marp theme: the same tokens as every other output, then templates/marp.css. With `fontsUrl` (where the fonts
 * are relative to the CSS file), it also carries the @font-face rules, for `_assets/themes/<name>.marp.css` used in
 * other Marp tools; deck.marp.html links the theme's own CSS for its fonts instead, which keeps Marp's work small.
 */
export function marpThemeCss(theme: ResolvedTheme, templatesDir: string, fontsUrl?: string): string {
  const layout = readFileSync(templateFile(templatesDir, 'marp.css'), 'utf8');
  return `/* @theme ${marpThemeName(theme)} */\n\n${themeCss(theme, fontsUrl === undefined ? {} : { fontsUrl })}\n${layout}`;
}

/** Renders the deck with marp-core; a theme Marp cannot read is the theme's mistake, reported at its file. */
async function renderWithMarp(markdown: string, theme: ResolvedTheme, context: RenderContext): Promise<MarpOutput> {
  try {
    return await marpEngine(context.config).render(marpThemeCss(theme, context.templates.dir), markdown);
  } catch (error) {
    if (!(error instanceof MarpFailure && error.theme)) throw error;
    throw new LecternError(`Marp cannot use the theme: ${error.message}`, {
      at: { file: theme.file },
      hint: 'check the theme.css of this theme and templates/marp.css for a CSS syntax error',
      cause: error,
    });
  }
}

/** The deck with every piece of text made safe for Marp Markdown, so deck.md shows exactly what the statement says. */
function markdownView(deck: Deck, theme: ResolvedTheme) {
  const { meta } = deck;
  const labels = labelsFor(meta.lang);
  return {
    frontMatter: stringify({
      marp: true,
      theme: marpThemeName(theme),
      size: '16:9',
      paginate: true,
      lang: meta.lang,
      title: meta.title,
      author: meta.speaker,
      description: meta.occasion,
      class: meta.dir === 'rtl' ? 'rtl' : undefined,
      footer: escapeMarkdown(meta.organization),
    }, { lineWidth: 0 }).trim(),
    meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, typeof value === 'string' ? escapeMarkdown(value) : value])),
    thankYou: escapeMarkdown(labels.thankYou),
    slides: deck.slides.map((slide) => ({
      kind: slide.kind,
      classes: directive([slide.kind, meta.dir === 'rtl' ? 'rtl' : ''].filter(Boolean).join(' ')),
      header: slide.marker === undefined ? undefined : directive(escapeMarkdown(slide.marker)),
      headline: escapeMarkdown(slide.headline),
      keyMessages: slide.keyMessages.map(escapeMarkdown),
      notes: escapeComment(slide.notes.join('\n\n')),
      fit: fitValue(slide.scale),
    })),
  };
}

/**
 * Text as Markdown that renders to exactly that text: Markdown punctuation is backslash-escaped,
 * and anything that would start a block (a heading, a list, a quote) at the start of a line is defused.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space: string, start: string) =>
      /\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`,
    );
}

/** Text inside an HTML comment (Marp's speaker notes): only what would end the comment early is changed. */
export function escapeComment(text: string): string {
  return text.replace(/<!--/g, '&lt;!--').replace(/--!?>/g, (end) => end.replace('>', '&gt;'));
}

/** A Marp directive value: YAML-quoted, and safe inside the comment that carries it. */
function directive(value: string): string {
  return escapeComment(JSON.stringify(value));
}
