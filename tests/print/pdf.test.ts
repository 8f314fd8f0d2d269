// `lectern pdf` and `lectern build --pdf`, run as a user runs them, with the PDFs opened by a PDF library.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/content/parse.js';
import { planBriefing } from '../../src/plan/briefing.js';
import { planDeck, type Slide } from '../../src/plan/deck.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { normalize, parseDocument } from '../helpers/html.js';
import { a4, letter, readPdf, sameSize, type PdfFile } from '../helpers/pdf.js';
import { launchBrowser } from '../helpers/browser.js';
import { createProject, fixtureProject, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const statement = parseStatement(shippedSource, `content/${slug}.md`);
const deck = planDeck(statement);
const briefing = planBriefing(statement);
const slides: readonly Slide[] = deck.slides;

interface PrintedProject {
  readonly project: TestProject;
  readonly run: CliRun;
  readonly pdfs: Record<'deck' | 'marp' | 'briefing' | 'handout', PdfFile>;
}

async function printShipped(args: readonly string[], source = shippedSource): Promise<PrintedProject> {
  const project = createProject({ [`content/${slug}.md`]: source });
  const run = runCli(args, { cwd: project.root });
  const file = (name: string) => path.join(project.root, 'dist', slug, name);
  if (run.code !== 0) throw new Error(`lectern ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
  const [deckPdf, marp, briefingPdf, handout] = await Promise.all(
    ['deck.pdf', 'deck.marp.pdf', 'briefing.pdf', 'handout.pdf'].map((name) => readPdf(file(name))),
  );
  return { project, run, pdfs: { deck: deckPdf!, marp: marp!, briefing: briefingPdf!, handout: handout! } };
}

/**
 * The handout's pages for the shipped statement, `layout` slides a page: the closing slide, short, goes on the page
 * before rather than alone on a last page.
 */
const handoutPages = (layout: number) => Math.ceil((slides.length - 1) / layout);
/** The page each slide's bookmark opens: its sheet, the closing on the one before it. */
const handoutBookmarks = (layout: number) => slides.map((_, index) => Math.min(Math.floor(index / layout), handoutPages(layout) - 1));

/** Each headline, with its words as the PDF's text layer gives them. */
const headlines = slides.map((slide) => normalize(slide.headline));

describe('lectern pdf, with the defaults (A4, two slides a handout page)', () => {
  let printed: PrintedProject;
  beforeAll(async () => {
    printed = await printShipped(['pdf']);
  });
  afterAll(() => printed?.project.remove());

  it('says what it printed and how long the whole run took', () => {
    expect(printed.run.stderr).toMatch(/Built 1 statement \(7 slides\)/);
    expect(printed.run.stderr).toMatch(/Printed 6 PDFs \(\d+ pages\); done in \d+\.\d\d s/);
  });

  it('prints the deck one slide a page, at 16:9, as text', () => {
    const { deck: pdf } = printed.pdfs;
    expect(pdf.pages).toHaveLength(slides.length);
    for (const page of pdf.pages) {
      expect(sameSize(page.size, [960, 540])).toBe(true);
      expect(page.images).toBe(0);
    }
    slides.forEach((slide, index) => {
      expect(pdf.pages[index]!.text).toContain(normalize(slide.headline));
      for (const message of slide.keyMessages) expect(pdf.pages[index]!.text).toContain(normalize(message));
    });
  });

  it('places each slide on its page as the screen shows it: the title slide whole, the closing centred', () => {
    const { pages } = printed.pdfs.deck;
    expect(pages[0]!.text).toContain(normalize(deck.meta.venue!));
    expect(pages[0]!.text).toContain(normalize(deck.meta.organization!));
    const closing = pages.at(-1)!.pieces.find((piece) => piece.text.includes(slides.at(-1)!.headline))!;
    expect(closing.height).toBeGreaterThan(0.4);
    expect(closing.height).toBeLessThan(0.75);
  });

  it('gives the deck a bookmark per slide, opening its page', () => {
    const { outline } = printed.pdfs.deck;
    expect(outline.map((entry) => entry.title)).toEqual(slides.map((slide) => slide.headline));
    expect(outline.map((entry) => entry.page)).toEqual(slides.map((_, index) => index));
  });

  it('sets the title, author, subject and language, and tags every PDF', () => {
    for (const pdf of Object.values(printed.pdfs)) {
      expect(pdf.info.Title).toBe(deck.meta.title);
      expect(pdf.info.Author).toBe(deck.meta.speaker);
      expect(pdf.info.Subject).toBe(deck.meta.occasion);
      expect(pdf.info.Creator).toBe('Lectern');
      expect(pdf.language).toBe('en');
      expect(pdf.tagged).toBe(true);
    }
  });

  it('prints the Marp deck one slide a page, with the same bookmarks', () => {
    const { marp } = printed.pdfs;
    expect(marp.pages).toHaveLength(slides.length);
    for (const page of marp.pages) expect(sameSize(page.size, [960, 540])).toBe(true);
    for (const headline of headlines) expect(marp.text).toContain(headline);
    expect(marp.outline.map((entry) => entry.title)).toEqual(slides.map((slide) => slide.headline));
  });

  it('prints the briefing on exactly one A4 page, with every headline and key message', () => {
    const { briefing: pdf } = printed.pdfs;
    expect(pdf.pages).toHaveLength(1);
    expect(sameSize(pdf.pages[0]!.size, a4)).toBe(true);
    for (const part of [briefing.introduction, ...briefing.points, briefing.ask]) {
      expect(pdf.text).toContain(normalize(part.headline));
      for (const message of part.keyMessages) expect(pdf.text).toContain(normalize(message));
    }
    expect(pdf.outline.map((entry) => entry.title)).toContain(briefing.ask.headline);
  });

  it('prints the handout two slides a page on A4, with every slide, its notes, and a footer', () => {
    const { handout } = printed.pdfs;
    expect(handout.pages).toHaveLength(handoutPages(2));
    expectEverySlide(handout);
    for (const slide of slides) for (const paragraph of slide.notes) expect(handout.text).toContain(normalize(paragraph));
    handout.pages.forEach((page, index) => {
      expect(sameSize(page.size, a4)).toBe(true);
      expect(page.images).toBe(0);
      expect(page.text).toContain(`${index + 1} / ${handout.pages.length}`);
      expect(page.text).toContain(normalize(deck.meta.title));
    });
    expect(handout.outline.map((entry) => entry.title)).toEqual(slides.map((slide) => slide.headline));
    expect(handout.outline.map((entry) => entry.page)).toEqual(handoutBookmarks(2));
  });

  it('links every PDF from the index', () => {
    const index = parseDocument(printed.project.read('dist/index.html'));
    const links = [...index.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const file of ['deck.pdf', 'deck.marp.pdf', 'briefing.pdf', 'handout.pdf', 'reading.pdf', 'interpreters.pdf']) {
      expect(links).toContain(`${slug}/${file}`);
    }
  });

  it('writes the PDFs beside the pages, and nothing else', () => {
    expect(readdirSync(path.join(printed.project.root, 'dist', slug)).sort()).toEqual([
      'briefing.docx',
      'briefing.html',
      'briefing.pdf',
      'deck.html',
      'deck.marp.html',
      'deck.marp.pdf',
      'deck.md',
      'deck.pdf',
      'deck.pptx',
      'handout.html',
      'handout.pdf',
      'interpreters.html',
      'interpreters.pdf',
      'notes.txt',
      'reading.html',
      'reading.pdf',
    ]);
  });
});

describe('lectern pdf after lectern build', () => {
  it('prints every PDF from the pages already built, leaving them as they were, and links them from the index', () => {
    const project = createProject({ [`content/${slug}.md`]: shippedSource });
    try {
      expect(runCli(['build'], { cwd: project.root }).code).toBe(0);
      const pages = path.join(project.root, 'dist', slug);
      const before = new Map(readdirSync(pages).map((name) => [name, statSync(path.join(pages, name)).mtimeMs]));
      const run = runCli(['pdf'], { cwd: project.root });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/Nothing to build: 1 statement in dist\/ is up to date/);
      expect(run.stderr).toMatch(/Printed 6 PDFs \(\d+ pages\)/);
      for (const [name, mtime] of before) expect(statSync(path.join(pages, name)).mtimeMs, name).toBe(mtime);
      const pdfs = readdirSync(pages).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.sort()).toEqual(['briefing.pdf', 'deck.marp.pdf', 'deck.pdf', 'handout.pdf', 'interpreters.pdf', 'reading.pdf']);
      const links = [...parseDocument(project.read('dist/index.html')).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const pdf of pdfs) expect(links).toContain(`${slug}/${pdf}`);
    } finally {
      project.remove();
    }
  });
});

describe('lectern pdf --paper letter --handout-layout 1', () => {
  let printed: PrintedProject;
  beforeAll(async () => {
    printed = await printShipped(['pdf', '--paper', 'letter', '--handout-layout', '1']);
  });
  afterAll(() => printed?.project.remove());

  it('prints the briefing on exactly one US Letter page', () => {
    expect(printed.pdfs.briefing.pages).toHaveLength(1);
    expect(sameSize(printed.pdfs.briefing.pages[0]!.size, letter)).toBe(true);
  });

  it('prints the handout one slide a page on US Letter', () => {
    const { handout } = printed.pdfs;
    expect(handout.pages).toHaveLength(slides.length);
    for (const page of handout.pages) expect(sameSize(page.size, letter)).toBe(true);
    handout.pages.forEach((page, index) => expect(page.text).toContain(normalize(slides[index]!.headline)));
    expectEverySlide(handout);
  });

  it('keeps the deck at 16:9 whatever the paper', () => {
    for (const page of printed.pdfs.deck.pages) expect(sameSize(page.size, [960, 540])).toBe(true);
  });
});

describe('lectern build --pdf --handout-layout 3', () => {
  let printed: PrintedProject;
  beforeAll(async () => {
    printed = await printShipped(['build', '--pdf', '--handout-layout', '3']);
  });
  afterAll(() => printed?.project.remove());

  it('prints the handout three slides a page', () => {
    const { handout } = printed.pdfs;
    expect(handout.pages).toHaveLength(handoutPages(3));
    expectEverySlide(handout);
    expect(handout.outline.map((entry) => entry.page)).toEqual(handoutBookmarks(3));
  });

  it('prints the briefing on one page and the deck one slide a page', () => {
    expect(printed.pdfs.briefing.pages).toHaveLength(1);
    expect(printed.pdfs.deck.pages).toHaveLength(slides.length);
  });
});

describe('lectern pdf for a right-to-left statement', () => {
  let project: TestProject;
  let handout: PdfFile;
  let titleSize: number;
  beforeAll(async () => {
    project = fixtureProject('arabic');
    const run = runCli(['pdf', '--handout-layout', '3'], { cwd: project.root });
    if (run.code !== 0) throw new Error(run.stderr);
    handout = await readPdf(path.join(project.root, 'dist', 'arabic-statement', 'handout.pdf'));
    // The size the page sets the statement's title in, which the PDF must print it at.
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(path.join(project.root, 'dist', 'arabic-statement', 'handout.html')).href);
    // The largest text on the first page as Chromium lays it out for print, slides being drawn at a fraction of their
    // 1280 px canvas: the PDF must print it at that size.
    titleSize = await page.evaluate(() => {
      const sheet = document.querySelector('.handout__sheet')!;
      const sizes = [...sheet.querySelectorAll<HTMLElement>('*')]
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
        .map((element) => {
          const canvas = element.closest<HTMLElement>('.handout__canvas');
          const shown = canvas ? canvas.getBoundingClientRect().width / canvas.offsetWidth : 1;
          return parseFloat(getComputedStyle(element).fontSize) * shown;
        });
      return (Math.max(...sizes) * 72) / 96;
    });
    await browser.close();
  });
  afterAll(() => project?.remove());

  it('prints the handout three slides a page, in Arabic', () => {
    expect(handout.pages).toHaveLength(2);
    expect(handout.language).toBe('ar');
    expect(handout.tagged).toBe(true);
  });

  it('prints it at full size, not shrunk to fit something wider than the page', () => {
    expect(handout.pages[0]!.largestText).toBeCloseTo(titleSize, 0);
  });
});

describe('a handout whose notes are too long for three slides a page', () => {
  const longText = Array.from(
    { length: 30 },
    () => 'Regional organizations bring knowledge of their region, the trust of their members and the means to act together across borders.',
  ).join(' ');
  let printed: PrintedProject;
  beforeAll(async () => {
    const source = shippedWith((s) => s.replace('In conclusion, we in IOM', `${longText}\n\nIn conclusion, we in IOM`));
    printed = await printShipped(['pdf', '--handout-layout', '3'], source);
  });
  afterAll(() => printed?.project.remove());

  it('keeps every word, letting that page run onto the next, and says so', () => {
    const { handout } = printed.pdfs;
    // Every word, in order, though the page's footer and the slide's own text fall between them.
    expect(inOrder(handout.text.split(' '), normalize(longText).split(' '))).toBe(true);
    expect(handout.pages.length).toBeGreaterThan(handoutPages(3));
    expect(printed.run.stderr).toMatch(
      /warning content\/iom-crime-prevention-2019\.md: in the handout, the notes of slide 6 do not fit on one page even in small type, so they go on over the next/,
    );
    expect(printed.run.stderr).toMatch(/--handout-layout 1/);
  });
});

/** True when `words` holds every one of `wanted`, in that order, with anything between them. */
function inOrder(words: readonly string[], wanted: readonly string[]): boolean {
  let next = 0;
  for (const word of words) if (word === wanted[next]) next++;
  return next === wanted.length;
}

/** Every slide's headline and key messages are in the handout's text: none was cut off where a page broke. */
function expectEverySlide(handout: PdfFile): void {
  for (const slide of slides) {
    expect(handout.text).toContain(normalize(slide.headline));
    for (const message of slide.keyMessages) expect(handout.text).toContain(normalize(message));
  }
}

/** The shipped statement with `count` more points, each of four key messages. */
const withMorePoints = (count: number) =>
  shippedWith((text) =>
    text.replace(
      '# Conclusion',
      Array.from(
        { length: count },
        (_, i) => `## Further commitment ${i + 1} to regional partners

- Regional organizations and national authorities must coordinate prevention and protection work across borders
- Shared data standards let border agencies act on the same information at the same time
- Training for prosecutors and judges builds trust in regional cooperation on complex crimes
- Victims need protection and remedies wherever the crime against them was committed

More text ${i + 1}.

`,
      ).join('') + '# Conclusion',
    ),
  );

/** Two points more: its briefing no longer fits one page, A4 or Letter, at the theme's size. */
const longerSource = withMorePoints(2);

describe.each([
  ['A4', 'a4', a4],
  ['US Letter', 'letter', letter],
] as const)('a briefing too long for one page at its normal size, on %s', (_, paper, size) => {
  let printed: PrintedProject;
  beforeAll(async () => {
    printed = await printShipped(['pdf', '--paper', paper], longerSource);
  });
  afterAll(() => printed?.project.remove());

  it('has its type shrunk, and still prints on exactly one page', () => {
    const html = parseDocument(printed.project.read(`dist/${slug}/briefing.html`));
    const scale = Number(/--briefing-scale:\s*([\d.]+)/.exec(html.querySelector('.briefing')?.getAttribute('style') ?? '')?.[1]);
    expect(scale).toBeLessThan(1);
    expect(scale).toBeGreaterThanOrEqual(9 / 10.5);
    expect(printed.pdfs.briefing.pages).toHaveLength(1);
    expect(sameSize(printed.pdfs.briefing.pages[0]!.size, size)).toBe(true);
    expect(printed.pdfs.briefing.pages[0]!.text).toContain('Victims need protection and remedies wherever the crime against them was committed');
  });
});

describe('a briefing that cannot fit one page even at the 9 pt floor', () => {
  it('stops lectern pdf, naming the statement and about how many words to cut, and prints nothing', () => {
    const project = createProject({ [`content/${slug}.md`]: withMorePoints(4) });
    try {
      const run = runCli(['pdf'], { cwd: project.root });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^error content/${slug}\\.md: the briefing does not fit one page even with 9 pt text: it runs about \\d+ mm over; cut about \\d+ words`,
          'm',
        ),
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(project.root)).not.toContain('dist');
    } finally {
      project.remove();
    }
  });
});
