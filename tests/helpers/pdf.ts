// Reads a PDF the way a test should: with a PDF library, for what a reader gets (pages, text, outline, metadata).
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { lineText, streamLines, withMarksOnLetters } from '../../src/import/pdf-lines.js';
import { normalize } from './html.js';

export interface PdfPage {
  /** Width and height in points. */
  readonly size: readonly [number, number];
  /** The page's text, whitespace collapsed. */
  readonly text: string;
  /** Images drawn on the page: text that was rasterised would show up here. */
  readonly images: number;
  /** The height of the largest text on the page, in points: its biggest type, as printed. */
  readonly largestText: number;
  /**
   * Each piece of text, how far up the page it sits, from 0 (bottom) to 1 (top), and where it starts and ends across
   * the page, in points from its left edge.
   */
  readonly pieces: readonly { readonly text: string; readonly height: number; readonly left: number; readonly right: number }[];
}

export interface PdfOutlineEntry {
  readonly title: string;
  /** 0-based page the bookmark opens. */
  readonly page: number;
  readonly children: number;
}

export interface PdfFile {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly PdfOutlineEntry[];
  readonly info: Readonly<Record<string, unknown>>;
  readonly language: string | undefined;
  /** /MarkInfo /Marked true and a structure tree: a tagged PDF. */
  readonly tagged: boolean;
  /** Every page's text, joined. */
  readonly text: string;
}

export const a4 = [595.28, 841.89] as const;
export const letter = [612, 792] as const;

export async function readPdf(file: string): Promise<PdfFile> {
  const bytes = new Uint8Array(readFileSync(file));
  const document = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = normalize(pageText(content.items));
      const operators = await page.getOperatorList();
      const images = operators.fnArray.filter((op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject).length;
      const [x0, y0, x1, y1] = page.view;
      const largestText = Math.max(0, ...content.items.map((item) => ('height' in item ? item.height : 0)));
      const pieces = content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [{ text: item.str, height: (item.transform[5] - y0!) / (y1! - y0!), left: item.transform[4] - x0!, right: item.transform[4] + item.width - x0! }]
          : [],
      );
      pages.push({ size: [x1! - x0!, y1! - y0!], text, images, largestText, pieces });
    }
    const outline: PdfOutlineEntry[] = [];
    for (const item of (await document.getOutline()) ?? []) {
      const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
      const page = destination ? await document.getPageIndex(destination[0] as { num: number; gen: number }) : -1;
      outline.push({ title: item.title, page, children: item.items.length });
    }
    const info = (await document.getMetadata()).info as unknown as Record<string, unknown>;
    const mark = (await document.getMarkInfo()) as { Marked?: boolean } | null;
    const lib = await PDFDocument.load(bytes, { updateMetadata: false });
    const structure = lib.catalog.get(PDFName.of('StructTreeRoot'));
    return {
      pages,
      outline,
      info,
      language: info.Language as string | undefined,
      tagged: mark?.Marked === true && structure !== undefined,
      text: pages.map((page) => page.text).join(' '),
    };
  } finally {
    await document.destroy();
  }
}

/**
 * A page's text as a reader selecting it gets it: line by line, each read in its own direction, with Arabic whole
 * (see src/import/pdf-lines.ts); lines are joined with a space, except after a hyphen that ends a line: "trans-" +
 * "national".
 */
function pageText(items: readonly object[]): string {
  const pieces = items.flatMap((item) => {
    if (!('str' in item)) return [];
    const { str, transform, width, height, hasEOL } = item as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
    const [a, b, , , x, y] = transform as [number, number, number, number, number, number];
    return [{ text: str, left: x, right: x + width, baseline: y, size: Math.hypot(a, b) || height, endOfLine: hasEOL }];
  });
  const lines = streamLines(withMarksOnLetters(pieces)).map((line) => lineText(line, { wordGap: 0.5, order: 'stream' }).trim());
  return lines.filter(Boolean).reduce((text, line) => (text === '' ? line : /\p{L}-$/u.test(text) ? text + line : `${text} ${line}`), '');
}

/** True when two page sizes are the same to within a point. */
export function sameSize(size: readonly [number, number], expected: readonly [number, number]): boolean {
  return Math.abs(size[0] - expected[0]) < 1 && Math.abs(size[1] - expected[1]) < 1;
}
