// Reads the text layer of a PDF into the plain text the importer reads, as a person copying it out would: lines in
// reading order, a blank line where the gap between lines says a paragraph ends, a form feed between pages, and the
// running headers, footers and page numbers left out. A PDF with no text at all (a scan) is refused.
import { LecternError } from '../errors.js';
import { isPageNumber } from './paragraphs.js';
import { lineText, withMarksOnLetters } from './pdf-lines.js';

interface PdfLine {
  text: string;
  /** Distance from the bottom of the page, in points, of the line's baseline. */
  readonly y: number;
  /** Height of its text, in points. */
  readonly size: number;
}

/** The text of a PDF file. Throws a LecternError naming the file when it has no text layer or cannot be read. */
export async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
  // Loaded as installed, not bundled into lib/: pdf.js starts its worker from a file beside its own.
  const pdfjs = 'pdfjs-dist/legacy/build/pdf.mjs';
  const { getDocument } = (await import(pdfjs)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: PdfLine[][];
  try {
    // pdf.js takes the buffer over; give it a copy. No fonts are loaded: only the text layer is read.
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push(linesOf((await page.getTextContent()).items));
      page.cleanup();
    }
    await pdf.destroy();
  } catch (error) {
    const password = error instanceof Error && error.name === 'PasswordException';
    throw new LecternError(
      password ? 'this PDF is protected by a password' : `cannot read this PDF (${error instanceof Error ? error.message : String(error)})`,
      {
        at: { file },
        hint: password ? 'open it, save a copy without the password, and import that' : "copy the statement's text into a .txt file and import that",
        cause: error,
      },
    );
  }
  if (pages.every((lines) => lines.every((line) => line.text.trim() === ''))) {
    throw new LecternError('this PDF has no text layer: it is a scanned image', {
      at: { file },
      hint: 'run it through text recognition (OCR) first, or type or paste the statement into a .txt file and import that',
    });
  }
  dropRunningLines(pages);
  return pages.map(pageText).join('\n\f\n');
}

interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** Groups the page's pieces of text into lines, top to bottom, each read in its own direction (see `lineText`). */
function linesOf(items: readonly unknown[]): PdfLine[] {
  const pieces = withMarksOnLetters(
    items
      .filter((item): item is TextItem => typeof item === 'object' && item !== null && 'str' in item && 'transform' in item)
      .filter((item) => item.str !== '')
      .map((item) => {
        const x = item.transform[4]!;
        return { text: item.str, left: x, right: x + item.width, baseline: item.transform[5]!, size: Math.abs(item.transform[3]!) || item.height };
      }),
  );
  pieces.sort((a, b) => b.baseline - a.baseline || a.left - b.left);
  const lines: (PdfLine & { pieces: typeof pieces })[] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - piece.baseline) <= Math.max(line.size, piece.size) * 0.4) line.pieces.push(piece);
    else lines.push({ text: '', y: piece.baseline, size: piece.size, pieces: [piece] });
  }
  return lines.map(({ pieces: parts, y, size }) => {
    parts.sort((a, b) => a.left - b.left);
    return { text: lineText(parts, { wordGap: 0.15, order: 'position' }).replace(/\s+/gu, ' ').trim(), y, size };
  });
}

/**
 * Lines at the top or the bottom of a page that come back on other pages (digits aside: "Page 2 of 5") are running
 * headers and footers; a page number alone is dropped wherever it stands at the top or the bottom.
 */
function dropRunningLines(pages: PdfLine[][]): void {
  const key = (line: PdfLine) => line.text.toLocaleLowerCase().replace(/[0-9]+/gu, '#');
  const edges = (lines: PdfLine[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const lines of pages) for (const text of new Set(edges(lines).map(key))) seen.set(text, (seen.get(text) ?? 0) + 1);
  const repeated = (line: PdfLine) => pages.length >= 2 && (seen.get(key(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of pages) {
    const drop = new Set(edges(lines).filter((line) => repeated(line) || isPageNumber(line.text)));
    for (let i = lines.length - 1; i >= 0; i--) if (drop.has(lines[i]!)) lines.splice(i, 1);
  }
}

/** A page's lines, with a blank line wherever the gap above a line is clearly wider than the usual line spacing. */
function pageText(lines: readonly PdfLine[]): string {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  return lines.map((line, i) => (i > 0 && usual > 0 && gaps[i - 1]! > usual * 1.4 ? `\n${line.text}` : line.text)).join('\n');
}
