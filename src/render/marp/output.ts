// The Marp deck: deck.md (Marp Markdown) and deck.marp.html, rendered from it by marp-core with our theme.
import Handlebars from 'handlebars/runtime.js';
import { stringify } from 'yaml';
import type { Logo } from '../../content/logo.js';
import { LecternError } from '../../errors.js';
import type { Deck } from '../../plan/deck.js';
import type { ResolvedTheme } from '../../themes/load.js';
import { slideOutline } from '../deck.js';
import { fitValue, textFile, type Output, type PdfSpec, type RenderContext } from '../output.js';
import { marpThemeName } from '../styles.js';
import { pageView } from '../view.js';
import { MarpFailure } from './failure.js';
import type { MarpOutput } from './renderer.js';

const pdf: PdfSpec = {
  label: 'Slides, Marp (PDF)',
  file: 'deck.marp.pdf',
  source: 'deck.marp.html',
  ready: async () => {},
  paper: () => ({ preferCSSPageSize: true }),
  outline: slideOutline,
};

export const marpOutput: Output = {
  name: 'marp',
  slow: true,
  templates: ['marp.md', 'marp'],
  files: [
    { file: 'deck.marp.html', label: 'Slides (Marp)' },
    { file: 'deck.md', label: 'Marp Markdown' },
  ],
  async render({ deck, theme }, context) {
    const view = markdownView(deck, theme);
    const markdown = context.templates.render('marp.md', view);
    // marp-core's HTML shows no speaker notes, so it renders the same deck without them: the same HTML, for a
    // fraction of the parsing (Marp reads every comment as possible YAML).
    const withoutNotes = context.templates.render('marp.md', { ...view, slides: view.slides.map((slide) => ({ ...slide, notes: '' })) });
    const { html, css } = await renderWithMarp(withoutNotes, theme, context);
    const page = {
      ...pageView(deck.meta, theme, deck.logo),
      marp: { html: new Handlebars.SafeString(withLogoAlt(html, deck.logo)), css: new Handlebars.SafeString(css) },
    };
    return [textFile(`${deck.slug}/deck.marp.html`, context.templates.render('marp', page)), textFile(`${deck.slug}/deck.md`, markdown)];
  },
  pdf,
};

/** Renders the deck with marp-core; a theme Marp cannot read is the theme's mistake, reported at its file. */
async function renderWithMarp(markdown: string, theme: ResolvedTheme, context: RenderContext): Promise<MarpOutput> {
  try {
    return await context.marp.render(context.styles.marp(theme), markdown);
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
  return {
    frontMatter: stringify(
      {
        marp: true,
        theme: marpThemeName(theme),
        size: '16:9',
        paginate: true,
        lang: meta.lang,
        title: meta.title,
        author: meta.speaker,
        description: meta.occasion || undefined,
        class: meta.dir === 'rtl' ? 'rtl' : undefined,
        footer: footerWithLogo(deck.logo, meta.organization && escapeMarkdown(meta.organization)),
      },
      { lineWidth: 0 },
    ).trim(),
    meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, typeof value === 'string' ? escapeMarkdown(value) : value])),
    logo: deck.logo && { markdown: logoMarkdown(deck.logo) },
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
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space: string, start: string) => (/\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`));
}

/** Text inside an HTML comment (Marp's speaker notes): only what would end the comment early is changed. */
export function escapeComment(text: string): string {
  return text.replace(/<!--/g, '&lt;!--').replace(/--!?>/g, (end) => end.replace('>', '&gt;'));
}

/** A Marp directive value: YAML-quoted, and safe inside the comment that carries it. */
function directive(value: string): string {
  return escapeComment(JSON.stringify(value));
}

/** Words Marpit reads in an image's alt text as keywords (`bg`, `w:100`, `50%`, `blur` …), and drops from it. */
const marpitKeyword = /^(?:bg|w(?:idth)?:|h(?:eight)?:|(?:\d*\.)?\d+%|blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)/;

/**
 * The logo as a Marp image beside deck.md. A word of its alt text that Marpit would take for a keyword starts with an
 * invisible word joiner, so Marpit keeps it. Markdown drops what it escapes from alt text (markdown-it renders an
 * image's alt from its text alone), so deck.marp.html then gets the alt text exactly as written: see `withLogoAlt`.
 */
export function logoMarkdown(logo: Pick<Logo, 'alt' | 'name'>): string {
  const alt = escapeMarkdown(logo.alt)
    .split(/(\s+)/)
    .map((word) => (marpitKeyword.test(word) ? `\u2060${word}` : word))
    .join('');
  return `![${alt}](${logo.name})`;
}

/** Marp's HTML with the logo's alt text exactly as the theme or statement wrote it, escaped for HTML. */
export function withLogoAlt(html: string, logo: Pick<Logo, 'alt' | 'name'> | undefined): string {
  if (!logo) return html;
  const image = new RegExp(`<img src="${logo.name.replace('.', '\\.')}" alt="[^"]*"`, 'g');
  return html.replace(image, () => `<img src="${logo.name}" alt="${Handlebars.escapeExpression(logo.alt)}"`);
}

/** The footer of the slides between the title and the closing: the logo, then the organization. */
function footerWithLogo(logo: Logo | undefined, organization: string | undefined): string | undefined {
  return [logo && logoMarkdown(logo), organization].filter(Boolean).join(' ') || undefined;
}
