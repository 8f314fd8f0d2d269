// The reading copy and the interpreters' copy as printed by `lectern pdf`: every paragraph word for word and in order,
// "Check against delivery" on page 1, "Page x of y" on every page, no paragraph split over two pages, and the reading
// copy's text at 16 pt or more.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { normalize } from '../helpers/html.js';
import { readPdfDetail, type PdfDetail } from '../helpers/fidelity-pdf.js';
import { readPdf, type PdfFile } from '../helpers/pdf.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../helpers/project.js';

interface Case {
  readonly name: string;
  readonly project: () => TestProject;
  readonly slug: string;
  readonly args: readonly string[];
  readonly check: string;
  readonly page: (n: number, of: number) => string;
}

const shipped = (): TestProject => createProject({ 'content/iom-crime-prevention-2019.md': shippedSource });

const cases: Case[] = [
  {
    name: 'the shipped statement on A4',
    project: shipped,
    slug: 'iom-crime-prevention-2019',
    args: [],
    check: 'CHECK AGAINST DELIVERY',
    page: (n, of) => `Page ${n} of ${of}`,
  },
  {
    name: 'the shipped statement on Letter',
    project: shipped,
    slug: 'iom-crime-prevention-2019',
    args: ['--paper', 'letter'],
    check: 'CHECK AGAINST DELIVERY',
    page: (n, of) => `Page ${n} of ${of}`,
  },
  {
    // Read back as a reader gets it: right to left, each word whole (see src/import/pdf-lines.ts).
    name: 'an Arabic statement',
    project: () => fixtureProject('arabic'),
    slug: 'arabic-statement',
    args: [],
    check: 'العبرة بالنص الملقى',
    page: (n, of) => `الصفحة ${n} من ${of}`,
  },
];

/** The font sizes (pt) of the text on every page, one per letter: Chromium prints Arabic a glyph at a time. */
async function textSizes(file: string): Promise<number[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const sizes: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      for (const _letter of item.str.match(/\p{L}/gu) ?? []) sizes.push(Math.hypot(item.transform[2]!, item.transform[3]!));
    }
  }
  await document.destroy();
  return sizes;
}

describe.each(cases)('the delivery pack of $name, printed', ({ project: make, slug, args, check, page }) => {
  let project: TestProject;
  let reading: PdfFile;
  let interpreters: PdfFile;
  let paragraphs: string[];
  let slides: number;
  const pdf = (name: string) => path.join(project.root, 'dist', slug, name);

  beforeAll(async () => {
    project = make();
    const run = runCli(['pdf', ...args], { cwd: project.root });
    expect(run.code, run.stderr).toBe(0);
    [reading, interpreters] = await Promise.all([readPdf(pdf('reading.pdf')), readPdf(pdf('interpreters.pdf'))]);
    const notes = readFileSync(path.join(project.root, 'dist', slug, 'notes.txt'), 'utf8');
    // The numbered paragraphs, as notes.txt (checked against the statement in delivery.test.ts) gives them.
    paragraphs = notes.split('\n\n').filter((block) => /^[\d٠-٩]+\. /.test(block));
    slides = notes.split('\n').filter((line) => / · [\d٠-٩]+:[\d٠-٩]{2} · /.test(line)).length;
  }, 120_000);
  afterAll(() => project?.remove());

  it('holds every paragraph word for word, numbered, in order, in both copies', () => {
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const copy of [reading, interpreters]) {
      let from = 0;
      for (const paragraph of paragraphs) {
        const at = copy.text.indexOf(normalize(paragraph), from);
        expect(at, paragraph.slice(0, 60)).toBeGreaterThanOrEqual(from);
        from = at;
      }
    }
  });

  it('says "Check against delivery" on page 1, and "Page x of y" on every page', () => {
    for (const copy of [reading, interpreters]) {
      expect(copy.pages[0]!.text).toContain(check);
      copy.pages.forEach((each, index) => expect(each.text).toContain(page(index + 1, copy.pages.length)));
    }
  });

  it('never splits a paragraph over two pages (each fits on one)', () => {
    for (const paragraph of paragraphs) {
      const words = normalize(paragraph).split(' ');
      const [first, last] = [words.slice(0, 4).join(' '), words.slice(-4).join(' ')];
      const pageOf = (text: string) => reading.pages.findIndex((each) => each.text.includes(text));
      expect(pageOf(last), paragraph.slice(0, 60)).toBe(pageOf(first));
    }
  });

  it('sets the reading copy’s text at 16 pt or more', async () => {
    const sizes = (await textSizes(pdf('reading.pdf'))).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    // Chromium sets 16 pt as 21.33 px, which reads back as 15.997 pt.
    expect(median).toBeGreaterThanOrEqual(15.99);
  });

  it('is tagged, with a bookmark per slide, each on or after the one before', () => {
    expect(reading.tagged).toBe(true);
    expect(reading.outline.length).toBe(slides);
    const pages = reading.outline.map((entry) => entry.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});

describe('an interpreters’ copy with nothing to list, printed', () => {
  // The list stands on a page of its own before the text; with nothing in it, that page would be all but blank.
  it('goes on with the text on its first page, after saying there is nothing to list, its margin marks apart', async () => {
    const project = fixtureProject('quiet');
    try {
      const run = runCli(['pdf'], { cwd: project.root });
      expect(run.code, run.stderr).toBe(0);
      const copy = await readPdf(path.join(project.root, 'dist', 'quiet', 'interpreters.pdf'));
      expect(copy.pages[0]!.text).toContain('Aucun dans le texte.');
      expect(copy.pages[0]!.text).toContain('1. Nous vous remercions de cette occasion');
      expect(copy.pages).toHaveLength(1);
      // Its first paragraph is one line, and two slides come up there (the title's and the introduction's): their
      // marks in the margin stand taller than the paragraph, and once ran into the next paragraph's.
      for (const file of ['interpreters.pdf', 'reading.pdf']) {
        expect(marksOverEachOther(await readPdfDetail(path.join(project.root, 'dist', 'quiet', file))), file).toEqual([]);
      }
    } finally {
      project.remove();
    }
  }, 120_000);
});

/** The margin's marks (slide numbers, times spoken) drawn over one another: "0:03 over 3" for each pair. */
function marksOverEachOther(pdf: PdfDetail): string[] {
  const overlaps: string[] = [];
  for (const page of pdf.pages) {
    const marks = page.items.filter((item) => /^[\d٠-٩]+(:[\d٠-٩]{2})?$/.test(item.text.trim()));
    marks.forEach((a, i) => {
      for (const b of marks.slice(i + 1)) {
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        // The letters themselves, from the baseline up to about a capital's height: not the font's line box.
        const down = Math.min(a.baseline, b.baseline) - Math.max(a.baseline - 0.7 * a.size, b.baseline - 0.7 * b.size);
        if (across > 0.5 && down > 0.5) overlaps.push(`${a.text.trim()} over ${b.text.trim()}`);
      }
    });
  }
  return overlaps;
}
