// The Marp deck: deck.md (Marp Markdown) and deck.marp.html, rendered from it by marp-core with our theme.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import type { Marp } from '@marp-team/marp-core';
import { LecternError } from '../errors.js';
import type { Deck } from '../plan/deck.js';
import { labelsFor } from '../plan/labels.js';
import { themeCss } from '../themes/css.js';
import type { ResolvedTheme } from '../themes/load.js';
import { fitValue, textFile } from './output.js';
import type { RenderContext, StatementTarget } from './targets.js';
import { pageView } from './view.js';

export const marpTarget: StatementTarget = {
  name: 'marp',
  label: 'Slides (Marp)',
  files: ['deck.marp.html', 'deck.md'],
  async render({ deck, theme }, context) {
    const view = markdownView(deck, theme);
    const markdown = context.templates.render('marp.md', view);
    const marp = await marpFor(context, theme);
    // marp-core's HTML shows no speaker notes, so it renders the same deck without them: the same HTML, for a
    // fraction of the parsing (Marp reads every comment as possible YAML).
    const withoutNotes = context.templates.render('marp.md', { ...view, slides: view.slides.map((slide) => ({ ...slide, notes: '' })) });
    const { html, css } = stableScopes(marp.render(withoutNotes));
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

/**
 * Marp names each slide's scoped style with a random id; naming them by order instead makes a build reproducible,
 * so an unchanged statement renders the same bytes (and watch mode writes nothing for it).
 */
function stableScopes(rendered: { html: string; css: string }): { html: string; css: string } {
  const names = new Map<string, string>();
  const rename = (_: string, id: string) => {
    if (!names.has(id)) names.set(id, `s${names.size + 1}`);
    return `data-marpit-scope-${names.get(id)}`;
  };
  const html = rendered.html.replace(/data-marpit-scope-([A-Za-z0-9]+)/g, rename);
  return { html, css: rendered.css.replace(/data-marpit-scope-([A-Za-z0-9]+)/g, rename) };
}

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
  const layout = readFileSync(path.join(templatesDir, 'marp.css'), 'utf8');
  return `/* @theme ${marpThemeName(theme)} */\n\n${themeCss(theme, fontsUrl === undefined ? {} : { fontsUrl })}\n${layout}`;
}

const marpByConfig = new WeakMap<RenderContext['config'], Promise<Marp>>();
/** For each Marp, the CSS it holds for each Lectern theme, so a theme edited in watch mode is registered again. */
const registered = new WeakMap<Marp, Map<string, string>>();

/**
 * One Marp per configuration (its construction is the slow part): a build, or a watch session across its rebuilds.
 * Each theme is registered once, and again only when its CSS has changed.
 */
async function marpFor(context: RenderContext, theme: ResolvedTheme): Promise<Marp> {
  let pending = marpByConfig.get(context.config);
  if (!pending) {
    pending = import('@marp-team/marp-core').then(({ Marp }) =>
      // No HTML from Markdown, no emoji images (Marp would fetch them from a CDN), and no links made from
      // addresses in the text: a statement's text is shown as it is, as in every other output.
      reusePackedThemes(
        // Directives in deck.md are strict YAML (Lectern quotes every value), so Marp need not try its loose reading.
        new Marp({ html: false, emoji: { shortcode: false, unicode: false }, markdown: { linkify: false }, looseYAML: false, minifyCSS: true }),
      ),
    );
    marpByConfig.set(context.config, pending);
  }
  const marp = await pending;
  const themes = registered.get(marp) ?? new Map<string, string>();
  registered.set(marp, themes);
  const css = marpThemeCss(theme, context.templates.dir);
  if (themes.get(theme.name) !== css) {
    try {
      marp.themeSet.add(css);
    } catch (error) {
      throw new LecternError(`Marp cannot use the theme: ${(error as Error).message}`, {
        at: { file: theme.file },
        hint: 'check the theme.css of this theme and templates/marp.css for a CSS syntax error',
        cause: error,
      });
    }
    themes.set(theme.name, css);
  }
  return marp;
}

/**
 * Packing a theme into the page's CSS (PostCSS over every rule and @font-face) is most of a Marp render, and its result
 * depends only on the theme's CSS and the pack options: an edit that changes only the text reuses the last result.
 */
function reusePackedThemes(marp: Marp): Marp {
  const { themeSet } = marp;
  const pack = themeSet.pack.bind(themeSet);
  const last = new Map<string, { theme: string | undefined; options: string; packed: string }>();
  themeSet.pack = (name, opts) => {
    const theme = themeSet.get(name ?? '', true)?.css;
    const options = JSON.stringify(opts);
    const hit = last.get(name ?? '');
    if (hit && hit.theme === theme && hit.options === options) return hit.packed;
    const packed = pack(name, opts);
    last.set(name ?? '', { theme, options, packed });
    return packed;
  };
  return marp;
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
