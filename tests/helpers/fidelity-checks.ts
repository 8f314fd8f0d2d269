// The fidelity checks on a printed PDF, each a function from what was printed to the list of what is wrong with it
// (empty when all is well). Each problem names the page it is on, so the page can be drawn for a person to see.
import { boxContrast, rasterize, rolesIn, type PdfDetail, type PdfText } from './fidelity-pdf.js';
import { containsWords, documentText, excerpt, withoutEmoji, type Expected } from './fidelity.js';

export interface Problem {
  /** 1-based page of the PDF, or undefined for the document as a whole. */
  readonly page?: number;
  readonly message: string;
}

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** 1. Every expected piece of the statement is in the text layer, as words, in order, on its page. */
/** `furniture`: lines a page adds between the statement's words, as a handout's "Slide 6 of 7, continued". */
export function missingText(pdf: PdfDetail, expected: readonly Expected[], furniture: readonly string[] = []): Problem[] {
  const whole = documentText(pdf.pages, furniture);
  const problems: Problem[] = [];
  for (const item of expected) {
    if (item.page !== undefined) {
      const page = pdf.pages[item.page - 1];
      if (!page) {
        problems.push({ message: `${item.what}: no page ${item.page} (the PDF has ${pdf.pages.length}): "${excerpt(item.text)}"` });
        continue;
      }
      if (containsWords(page.lines.join('\n'), item.text)) continue;
      const elsewhere = pdf.pages.find((other) => other !== page && containsWords(other.lines.join('\n'), item.text));
      problems.push({
        page: item.page,
        message: `${item.what} is not on page ${item.page}${elsewhere ? ` (it is on page ${elsewhere.number})` : ''}: "${excerpt(item.text)}"; the page reads "${excerpt(page.lines.join(' / '), 160)}"`,
      });
    } else if (!pdf.pages.some((page) => containsWords(page.lines.join('\n'), item.text)) && !containsWords(whole, item.text)) {
      problems.push({ page: pageNearest(pdf, item.text), message: `${item.what} is not in the text, as words in order: "${excerpt(item.text)}"` });
    }
  }
  return problems;
}

/** The page that holds the most of a text's first words: where to look for what went wrong. */
function pageNearest(pdf: PdfDetail, text: string): number | undefined {
  const words = text.split(/\s+/).slice(0, 3).join(' ');
  return pdf.pages.find((page) => containsWords(page.lines.join('\n'), words))?.number;
}

/** 2a. Every piece of text lies inside its page. */
export function textOffPage(pdf: PdfDetail): Problem[] {
  const tolerance = 1;
  return pdf.pages.flatMap((page) =>
    page.items
      .filter((item) => hasLetters(item.text))
      .filter(
        (item) =>
          item.left < -tolerance ||
          item.right > page.width + tolerance ||
          item.baseline - 0.7 * item.size < -tolerance ||
          item.baseline > page.height + tolerance,
      )
      .map((item) => ({
        page: page.number,
        message: `"${excerpt(item.text, 50)}" lies outside the ${round(page.width)}×${round(page.height)} pt page, at x ${round(item.left)}–${round(item.right)}, baseline ${round(item.baseline)}`,
      })),
  );
}

/** 2b. No line of text is drawn over another. */
export function overlappingText(pdf: PdfDetail): Problem[] {
  const problems: Problem[] = [];
  for (const page of pdf.pages) {
    const items = page.items.filter((item) => hasLetters(item.text) && item.right - item.left > 1);
    const box = (item: PdfText) => ({ left: item.left, right: item.right, top: item.baseline - 0.7 * item.size, bottom: item.baseline + 0.15 * item.size });
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        // Pieces of one line touch and kern (Arabic is drawn a glyph at a time): only lines over lines count.
        if (Math.abs(items[i]!.baseline - items[j]!.baseline) < 0.3 * Math.min(items[i]!.size, items[j]!.size)) continue;
        const a = box(items[i]!);
        const b = box(items[j]!);
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width <= 0 || height <= 0) continue;
        const smaller = Math.min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top));
        if ((width * height) / smaller > 0.25) {
          problems.push({ page: page.number, message: `"${excerpt(items[i]!.text, 40)}" and "${excerpt(items[j]!.text, 40)}" are drawn over each other` });
        }
      }
    }
  }
  return problems;
}

/** 2c. A deck prints one slide a page. */
export function wrongPageCount(pdf: PdfDetail, slides: number): Problem[] {
  return pdf.pages.length === slides ? [] : [{ message: `${pdf.pages.length} pages for ${slides} slides` }];
}

/**
 * 3. Every font the text is set in is one of the theme's bundled families, named as it is ("SourceSans3-Bold", not
 * "SourceSans3ExtraLight-Bold"): no fallback, no Type 3, emoji aside.
 */
export function foreignFonts(pdf: PdfDetail, families: readonly string[]): Problem[] {
  const allowed = families.flatMap((family) => ['regular', 'bold'].map((style) => `${family.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}-${style}`));
  const found = new Map<string, { pages: Set<number>; sample: string; type3: boolean }>();
  for (const page of pdf.pages) {
    for (const item of page.items) {
      // Emoji are set in the machine's emoji font, which no theme bundles (see `withoutEmoji`).
      if (!withoutEmoji(item.text).trim()) continue;
      const name = item.font.replace(/\s+/g, '').toLowerCase();
      if (!item.type3 && allowed.includes(name)) continue;
      const entry = found.get(item.font) ?? { pages: new Set<number>(), sample: '', type3: item.type3 };
      entry.pages.add(page.number);
      if (entry.sample.length < 40) entry.sample += item.text;
      found.set(item.font, entry);
    }
  }
  return [...found].map(([font, { pages, sample, type3 }]) => ({
    page: Math.min(...pages),
    message: `${type3 ? 'Type 3 font' : 'font'} ${font} (not ${families.join(', ')}) sets "${excerpt(sample, 40)}" on page${pages.size > 1 ? 's' : ''} ${[...pages].join(', ')}`,
  }));
}

/** 4. Every piece of text has a contrast of at least 4.5:1 with what is behind it, on the printed page's pixels. */
export function lowContrast(pdf: PdfDetail, minimum = 4.5): Problem[] {
  // Enough pixels for the smallest text to have whole strokes: at least 14 px for its type size.
  const smallest = Math.min(...pdf.pages.flatMap((page) => page.items.filter((item) => hasLetters(item.text)).map((item) => item.size)), 72);
  const dpi = Math.min(200, Math.max(72, Math.ceil((14 * 72) / smallest)));
  const rasters = rasterize(pdf.file, dpi, { antialias: false });
  const problems: Problem[] = [];
  for (const page of pdf.pages) {
    const raster = rasters[page.number - 1];
    if (!raster) {
      problems.push({ page: page.number, message: 'pdftoppm drew no such page' });
      continue;
    }
    const low: { text: string; ratio: number; colours: string }[] = [];
    for (const item of page.items) {
      if (!hasLetters(item.text) || item.right - item.left < 1) continue;
      const contrast = boxContrast(raster, item);
      if (!contrast) low.push({ text: item.text, ratio: 1, colours: 'nothing drawn' });
      else if (contrast.ratio < minimum) low.push({ text: item.text, ratio: contrast.ratio, colours: `${contrast.dark} and ${contrast.light}` });
    }
    if (low.length === 0) continue;
    low.sort((a, b) => a.ratio - b.ratio);
    const examples = low
      .slice(0, 3)
      .map(({ text, ratio, colours }) => `"${excerpt(text, 40)}" ${ratio.toFixed(2)}:1 (${colours})`)
      .join('; ');
    problems.push({
      page: page.number,
      message: `page ${page.number}: ${low.length} piece${low.length > 1 ? 's' : ''} of text under ${minimum}:1, e.g. ${examples}`,
    });
  }
  return problems;
}

/** 5. Each slide's page has a heading, and a content slide's page a list, in the PDF's structure tree. */
export function missingStructure(pdf: PdfDetail, pages: readonly { readonly page: number; readonly what: string; readonly list: boolean }[]): Problem[] {
  const problems: Problem[] = [];
  for (const { page: number, what, list } of pages) {
    const page = pdf.pages[number - 1];
    if (!page) continue;
    const roles = rolesIn(page.structure);
    const headings = roles.filter((role) => /^H[1-6]?$/.test(role)).length;
    const lists = roles.filter((role) => role === 'L').length;
    const items = roles.filter((role) => role === 'LI').length;
    const summary = `its structure holds ${roles.filter((role) => role !== 'content').length ? [...new Set(roles.filter((role) => role && role !== 'content'))].join(', ') : 'nothing'}`;
    if (headings === 0) problems.push({ page: number, message: `${what}: page ${number} has no heading in the structure tree; ${summary}` });
    if (list && (lists === 0 || items === 0))
      problems.push({ page: number, message: `${what}: page ${number} has no list (L with LI) in the structure tree; ${summary}` });
  }
  return problems;
}

/** A document's structure tree as a whole: at least `headings` headings and `lists` lists. */
export function thinStructure(pdf: PdfDetail, headings: number, lists: number): Problem[] {
  const roles = pdf.pages.flatMap((page) => rolesIn(page.structure));
  const h = roles.filter((role) => /^H[1-6]?$/.test(role)).length;
  const l = roles.filter((role) => role === 'L').length;
  const problems: Problem[] = [];
  if (h < headings) problems.push({ page: 1, message: `${h} headings in the structure tree, for ${headings} headlines` });
  if (l < lists) problems.push({ page: 1, message: `${l} lists in the structure tree, for ${lists} lists of key messages` });
  return problems;
}

const round = (n: number) => Math.round(n * 10) / 10;
