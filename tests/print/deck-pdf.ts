// Prints a built deck.html to deck.pdf as `lectern pdf` does, and reads back what a reader of the PDF gets from each
// page: its text and where it sits, the fonts drawn with, the tags, the paint under the text, and the gaps between
// letters that decide whether a word extracts whole.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import type { ResolvedConfig } from '../../src/config.js';
import { deckOutput } from '../../src/render/deck.js';
import { normalize } from '../helpers/html.js';

/** deck.pdf of a built deck.html, printed from reveal.js's print view with the deck's own print settings. */
export async function printDeck(browser: Browser, deckHtml: string, config: ResolvedConfig): Promise<Uint8Array> {
  const spec = deckOutput.pdf!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${pathToFileURL(deckHtml).href}?print-pdf`, { waitUntil: 'load' });
    await spec.ready(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ ...spec.paper(config), printBackground: true, tagged: true });
  } finally {
    await context.close();
  }
}

export interface TextPiece {
  readonly text: string;
  /** Its box on the page, in points from the bottom left corner. */
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
}

export interface DeckPage {
  readonly width: number;
  readonly height: number;
  /** The page's text, whitespace collapsed. */
  readonly text: string;
  readonly pieces: readonly TextPiece[];
  /** The structure roles tagged on this page: H1, H2, L, LI, P … */
  readonly roles: ReadonlySet<string>;
  /** The colour painted at a few points of the page's margins, where no text is: `#rrggbb`. */
  readonly margins: readonly string[];
  /** The widest gap between two letters of one Latin word, as a fraction of the type size. */
  readonly widestLetterGap: { readonly gap: number; readonly between: string };
}

export interface DeckPdf {
  readonly pages: readonly DeckPage[];
  /** The names of the embedded fonts, without their subset prefix (`AAAAAA+`), and their PDF font type. */
  readonly fonts: readonly { readonly name: string; readonly type: string }[];
}

export async function readDeckPdf(bytes: Uint8Array): Promise<DeckPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: DeckPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , , x, y] = item.transform as number[];
        pieces.push({ text: item.str, left: x!, right: x! + item.width, bottom: y!, top: y! + item.height });
      }
      const text = normalize(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL && item.str.endsWith('-') ? '' : ' ') : '')).join(''));
      pages.push({
        width,
        height,
        text,
        pieces,
        roles: rolesOf(await page.getStructTree()),
        margins: await marginColours(page, document.canvasFactory as CanvasFactory),
        widestLetterGap: widestLetterGap(await page.getOperatorList()),
      });
    }
    return { pages, fonts: await embeddedFonts(bytes) };
  } finally {
    await document.destroy();
  }
}

/** Every role in a page's structure tree; its leaves (marked content) have none. */
function rolesOf(tree: { readonly role?: string; readonly children?: readonly object[] } | null, roles = new Set<string>()): Set<string> {
  if (!tree) return roles;
  if (tree.role) roles.add(tree.role);
  for (const child of tree.children ?? []) rolesOf(child, roles);
  return roles;
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasRenderingContext2D };
}

/**
 * Renders the page small and reads the colour at points of its margins: beside the text at mid-height on both sides,
 * and the two bottom corners, clear of the footer and the slide number.
 */
async function marginColours(
  page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>,
  factory: CanvasFactory,
): Promise<string[]> {
  const viewport = page.getViewport({ scale: 0.25 });
  const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
  await page.render({ canvasContext: context, viewport, canvas } as Parameters<typeof page.render>[0]).promise;
  const points: [number, number][] = [
    [0.02, 0.5],
    [0.98, 0.5],
    [0.02, 0.98],
    [0.98, 0.98],
  ];
  return points.map(([x, y]) => {
    const [r, g, b] = context.getImageData(Math.floor(x * viewport.width), Math.floor(y * viewport.height), 1, 1).data;
    return `#${[r, g, b].map((value) => value!.toString(16).padStart(2, '0')).join('')}`;
  });
}

/**
 * PDF readers put a space between two letters set further apart than about a tenth of the type size (poppler's
 * pdftotext: 0.1 em), so a letter-spaced "POINT" reads "P OINT". Chromium places each glyph itself: the gap is the
 * distance from where one glyph's advance ends to where the next begins, on the same line, between Latin letters
 * and digits.
 */
function widestLetterGap(operators: { fnArray: number[]; argsArray: unknown[] }): { gap: number; between: string } {
  let size = 0;
  // Where the current line starts (moved by Tm and Td), and where the next glyph goes.
  let line = { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  let previous: { end: number; y: number; char: string } | undefined;
  let widest = { gap: 0, between: '' };
  operators.fnArray.forEach((op, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (op === OPS.setFont) size = args[1] as number;
    else if (op === OPS.setTextMatrix) {
      const matrix = (args.length >= 6 ? args : args[0]) as ArrayLike<number>;
      line = { x: matrix[4]!, y: matrix[5]! };
      [x, y] = [line.x, line.y];
    } else if (op === OPS.moveText) {
      line = { x: line.x + (args[0] as number), y: line.y + (args[1] as number) };
      [x, y] = [line.x, line.y];
    } else if (op === OPS.beginText) previous = undefined;
    else if (op === OPS.showText) {
      for (const glyph of args[0] as ({ unicode: string; width: number } | number)[]) {
        if (typeof glyph === 'number') {
          x -= (glyph / 1000) * size;
          continue;
        }
        const letter = /^[\p{Script=Latin}0-9]$/u.test(glyph.unicode);
        if (letter && previous && /^[\p{Script=Latin}0-9]$/u.test(previous.char) && previous.y === y && x > previous.end - size) {
          const gap = (x - previous.end) / size;
          if (gap > widest.gap) widest = { gap, between: `${previous.char}${glyph.unicode}` };
        }
        const advance = (glyph.width / 1000) * size;
        previous = { end: x + advance, y, char: glyph.unicode };
        x += advance;
      }
    }
  });
  return widest;
}

/** Every font dictionary in the file, as `pdffonts` lists them. */
async function embeddedFonts(bytes: Uint8Array): Promise<{ name: string; type: string }[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts: { name: string; type: string }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = object.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '';
    // A composite (Type0) font is named again by its descendant; list the descendant alone.
    if (subtype === 'Type0') continue;
    const name = (object.get(PDFName.of('BaseFont'))?.toString() ?? '').replace(/^\//, '').replace(/^[A-Z]{6}\+/, '');
    fonts.push({ name, type: subtype });
  }
  return fonts;
}
