// deck.pdf in every shipped theme, for statements that stress it: each slide on a page of its own as the screen shows
// it (at the size it was fitted at, on the theme's background, in the theme's fonts), numbered as on screen, tagged
// slide by slide, and with text that a PDF reader extracts as words.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { loadTheme } from '../../src/themes/load.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';
import { launchBrowser } from '../helpers/browser.js';
import { createProject, fixturesDir, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';
import { printDeck, readDeckPdf, type DeckPdf } from './deck-pdf.js';

const fixture = (name: string, file: string) => readFileSync(path.join(fixturesDir, name, 'content', file), 'utf8');

/** A point of ten key messages, long and short: it is split over continuation slides, each shrunk to fit. */
const tenMessages = shippedWith((source) =>
  source.replace(
    '# Conclusion',
    `## Ten commitments we ask of every delegation

${Array.from({ length: 10 }, (_, i) =>
  i % 2 === 0
    ? `- Commitment ${i + 1}: regional and national authorities coordinate prevention across every border`
    : `- Commitment ${i + 1}: shared data for border agencies`,
).join('\n')}

Fourth, the text of this point.

# Conclusion`,
  ),
);

const statements: Record<string, string> = {
  'iom-crime-prevention-2019': shippedSource,
  'ten-messages': tenMessages,
  'six-messages': fixture('stress-six-messages', 'six-messages.md'),
  'long-headline': fixture('stress-long-headline', 'long-headline.md'),
  'arabic-statement': fixture('arabic', 'arabic-statement.md'),
  arabic: fixture('stress-arabic', 'arabic.md'),
};
const rightToLeft = new Set(['arabic-statement', 'arabic']);
/** poppler's pdftotext, which breaks words more readily than pdf.js, when the machine has it (poppler-utils). */
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** What deck.html shows on each slide: the PDF must hold it, page for page. */
interface SlideShown {
  readonly kind: string;
  readonly headline: string;
  readonly messages: readonly string[];
  readonly marker: string;
  /** The type scale fitting chose, 1 at the theme's size. */
  readonly fit: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['institutional', 'projector', 'print'])('deck.pdf in the %s theme', (themeName) => {
  let project: TestProject;
  const pdfs = new Map<string, DeckPdf>();
  const files = new Map<string, string>();
  const slides = new Map<string, SlideShown[]>();
  let background: string;
  let slideSize: number;
  let families: string[];
  const organizations = new Map<string, string>();

  beforeAll(async () => {
    project = createProject(Object.fromEntries(Object.entries(statements).map(([slug, source]) => [`content/${slug}.md`, source])));
    const config = project.config({ theme: themeName });
    await build(config);
    const theme = loadTheme(themeName, config, { file: 'test' });
    background = theme.tokens.colors.background.toLowerCase();
    slideSize = theme.tokens.type.slide;
    families = [theme.tokens.fonts.body, theme.tokens.fonts.heading, theme.tokens.fonts.arabic];
    // One deck at a time, as Lectern prints them: reveal.js lays out its print view in animation frames, which only
    // the page in front gets.
    for (const slug of Object.keys(statements)) {
      const deckHtml = path.join(project.root, 'dist', slug, 'deck.html');
      const document = parseDocument(readFileSync(deckHtml, 'utf8'));
      slides.set(
        slug,
        [...document.querySelectorAll('.reveal .slides > section')].map((section) => ({
          kind: section.getAttribute('data-kind')!,
          headline: normalize(section.querySelector('.headline')!.textContent ?? ''),
          messages: texts(section, '.messages li'),
          marker: normalize(section.querySelector('.marker')?.textContent ?? ''),
          fit: Number(/--lectern-fit:\s*([\d.]+)/.exec(section.getAttribute('style') ?? '')?.[1] ?? 1),
        })),
      );
      organizations.set(slug, normalize(document.querySelector('#title .speaker__organization')!.textContent ?? ''));
      const bytes = await printDeck(browser, deckHtml, config);
      files.set(slug, project.write(`${slug}.pdf`, ''));
      writeFileSync(files.get(slug)!, bytes);
      pdfs.set(slug, await readDeckPdf(bytes));
    }
  }, 180_000);
  afterAll(() => project?.remove());

  it('prints one page per slide, every headline and key message on its page, and no text past the page', () => {
    for (const [slug, pdf] of pdfs) {
      const shown = slides.get(slug)!;
      expect(pdf.pages, slug).toHaveLength(shown.length);
      shown.forEach((slide, index) => {
        const page = pdf.pages[index]!;
        for (const piece of page.pieces) {
          const where = `${slug} page ${index + 1}: "${piece.text}" at ${JSON.stringify(piece)}`;
          expect(piece.left, where).toBeGreaterThanOrEqual(-0.5);
          expect(piece.right, where).toBeLessThanOrEqual(page.width + 0.5);
          expect(piece.bottom, where).toBeGreaterThanOrEqual(-0.5);
          expect(piece.top, where).toBeLessThanOrEqual(page.height + 0.5);
        }
        // Arabic is drawn in its joined forms, which PDF readers do not map back to letters one for one.
        if (rightToLeft.has(slug)) return;
        // Source Serif 4 draws ’ and ʼ with one glyph, which Chromium's PDF maps back to ʼ as a word of its own.
        const text = page.text.replace(/ ʼ/g, '’');
        expect(text, `${slug} page ${index + 1}`).toContain(slide.headline);
        for (const message of slide.messages) expect(text, `${slug} page ${index + 1}`).toContain(message);
      });
    }
  });

  it('sets the key messages of every slide at the size it was fitted at, shrunk or not', () => {
    let shrunk = 0;
    for (const [slug, pdf] of pdfs) {
      if (rightToLeft.has(slug)) continue;
      slides.get(slug)!.forEach((slide, index) => {
        const [message] = slide.messages;
        if (!message) return;
        if (slide.fit < 1) shrunk++;
        const piece = pdf.pages[index]!.pieces.find((p) => p.text.trim().length > 3 && message.startsWith(normalize(p.text)))!;
        // The PDF is in points, the slide in CSS pixels: 960 pt for 1280 px.
        expect(piece.top - piece.bottom, `${slug} page ${index + 1}`).toBeCloseTo(slideSize * slide.fit * 0.75, 0);
      });
    }
    expect(shrunk).toBeGreaterThan(0);
  });

  it('paints every page in the theme’s background', () => {
    for (const [slug, pdf] of pdfs) {
      pdf.pages.forEach((page, index) => {
        for (const colour of page.margins) expect(colour, `${slug} page ${index + 1}`).toBe(background);
      });
    }
  });

  it('embeds only the theme’s own fonts, never a system fallback or a Type 3 font', () => {
    const allowed = families.map((family) => family.replace(/\s+/g, ''));
    for (const [slug, pdf] of pdfs) {
      expect(pdf.fonts.length, slug).toBeGreaterThan(0);
      for (const font of pdf.fonts) {
        expect(font.type, `${slug}: ${font.name}`).not.toBe('Type3');
        expect(font.name, slug).not.toMatch(/DejaVu|Liberation/);
        expect(
          allowed.some((family) => font.name.startsWith(family)),
          `${slug}: ${font.name} is not one of ${families.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('tags every slide’s headline, and the key messages of every slide that has them as a list', () => {
    for (const [slug, pdf] of pdfs) {
      slides.get(slug)!.forEach((slide, index) => {
        const { roles } = pdf.pages[index]!;
        const where = `${slug} page ${index + 1}: ${[...roles].join(' ')}`;
        expect(roles.has(slide.kind === 'title' ? 'H1' : 'H2'), where).toBe(true);
        if (slide.messages.length > 0) {
          expect(roles.has('L'), where).toBe(true);
          expect(roles.has('LI'), where).toBe(true);
        }
      });
    }
  });

  it('numbers every page "n / N" as the screen does, the title slide being 1', () => {
    for (const [slug, pdf] of pdfs) {
      const total = pdf.pages.length;
      pdf.pages.forEach((page, index) => {
        // Right to left, the number reads from the right: "7 / 3" is slide 3 of 7.
        const number = rightToLeft.has(slug) ? `${total} / ${index + 1}` : `${index + 1} / ${total}`;
        expect(page.text.replace(/\s*\/\s*/g, ' / '), `${slug} page ${index + 1}`).toContain(number);
      });
    }
  });

  it('names the organization once on every slide: in a footer between the title and the closing', () => {
    for (const [slug, pdf] of pdfs) {
      if (rightToLeft.has(slug)) continue;
      const name = organizations.get(slug)!;
      pdf.pages.forEach((page, index) => {
        expect(page.text.split(name).length - 1, `${slug} page ${index + 1}`).toBe(1);
      });
    }
  });

  it('sets capitals no further apart than a reader takes for one word', () => {
    for (const [slug, pdf] of pdfs) {
      pdf.pages.forEach((page, index) => {
        const { gap, between } = page.widestLetterGap;
        expect(gap, `${slug} page ${index + 1}: "${between}"`).toBeLessThan(0.1);
      });
    }
    expect(slides.get('iom-crime-prevention-2019')!.map((slide) => slide.marker)).toContain('Point 1 of 3');
    for (const [slug, pdf] of pdfs) {
      if (rightToLeft.has(slug)) continue;
      slides.get(slug)!.forEach((slide, index) => expect(pdf.pages[index]!.text, slug).toContain(slide.marker.toUpperCase()));
    }
  });

  it.runIf(hasPdftotext)('reads as words in pdftotext too', () => {
    for (const [slug, file] of files) {
      if (rightToLeft.has(slug)) continue;
      const text = normalize(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      for (const slide of slides.get(slug)!) expect(text, slug).toContain(slide.marker.toUpperCase());
    }
  });
});
