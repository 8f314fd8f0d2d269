// Turns raw text into lines and paragraphs: line endings and stray spaces made regular, page numbers dropped,
// hard-wrapped lines joined back into the paragraphs they came from. Every line keeps its number in the file.
import { endsSentence, isClosing, markerOf, startsBullet, startsItem, wordCount } from './markers.js';

/** One line of the file, cleaned: no line ending, no control characters, single spaces. Empty for a blank line. */
export interface SourceLine {
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
  /** Spaces before the text, so a first-line indent can mark a new paragraph. */
  readonly indent: number;
  /** A page ended just before this line: a form feed, or a page number dropped in between. */
  readonly afterPageBreak: boolean;
}

export interface Paragraph {
  /** The paragraph on one line, word for word. */
  readonly text: string;
  /** Line in the file where it starts. */
  readonly line: number;
}

/** A line this long is not hard-wrapped: each line of such a block is a paragraph of its own. */
const unwrappedLength = 150;

/** Splits text into cleaned lines; page numbers and separator lines ("* * *") become blank lines that mark a page break. */
export function sourceLines(text: string): SourceLine[] {
  const raw = text.normalize('NFC').replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/u);
  const lines: SourceLine[] = [];
  let pageBreak = false;
  for (const [index, original] of raw.entries()) {
    if (original.includes('\f')) pageBreak = true;
    const expanded = original.replace(/\t/g, '    ');
    const indent = expanded.length - expanded.trimStart().length;
    const cleaned = expanded
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (isPageNumber(cleaned) || isSeparator(cleaned)) {
      pageBreak = true;
      lines.push({ text: '', line: index + 1, indent: 0, afterPageBreak: false });
      continue;
    }
    lines.push({ text: cleaned, line: index + 1, indent, afterPageBreak: pageBreak && cleaned !== '' });
    if (cleaned !== '') pageBreak = false;
  }
  return lines;
}

/** "12", "- 12 -", "Page 3", "Page 3 of 10", "3/10", "Página 2", "صفحة ٣". */
export function isPageNumber(line: string): boolean {
  return /^(?:[-–—]\s*)?(?:(?:page|p\.|pág\.?|página|pagina|صفحة)\s*)?[0-9٠-٩]{1,3}(?:\s*(?:\/|of|de|sur|من)\s*[0-9٠-٩]{1,3})?(?:\s*[-–—])?$/iu.test(line);
}

function isSeparator(line: string): boolean {
  return /^(?:[*_=~#•-]\s*){3,}$/u.test(line);
}

/** Joins the lines into paragraphs. */
export function paragraphsOf(lines: readonly SourceLine[]): Paragraph[] {
  const words = new Set(lines.flatMap((line) => line.text.toLocaleLowerCase().match(/[\p{L}-]+/gu) ?? []));
  const joinLines = (before: string, after: string) => joinWrapped(before, after, words);
  const paragraphs: { text: string; line: number; lastLineLength: number }[] = [];
  for (const block of blocksOf(lines)) {
    const pieces = splitBlock(block, joinLines);
    for (const [i, piece] of pieces.entries()) {
      const previous = paragraphs.at(-1);
      if (i === 0 && previous && continuesAcrossBlocks(previous, piece, block[0]!.afterPageBreak)) {
        previous.text = joinLines(previous.text, piece.text);
        previous.lastLineLength = piece.lastLineLength;
      } else {
        paragraphs.push({ ...piece });
      }
    }
  }
  return paragraphs.map(({ text, line }) => ({ text, line }));
}

function blocksOf(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

interface Piece {
  readonly text: string;
  readonly line: number;
  readonly lastLineLength: number;
}

/**
 * A block of lines with no blank line between them is either one hard-wrapped paragraph, several hard-wrapped
 * paragraphs (as PDFs give them), or several paragraphs one to a line (as web pages give them).
 */
function splitBlock(block: readonly SourceLine[], joinLines: (before: string, after: string) => string): Piece[] {
  const width = Math.max(...block.map((line) => line.text.length));
  const punctuated = block.filter((line) => endsSentence(line.text)).length;
  const oneToALine = width > unwrappedLength || (block.length >= 3 && punctuated / block.length >= 0.8);
  const pieces: Piece[] = [];
  let text = block[0]!.text;
  let start = block[0]!;
  for (let i = 1; i < block.length; i++) {
    const previous = block[i - 1]!;
    const line = block[i]!;
    if (oneToALine || startsParagraph(previous, line, width)) {
      pieces.push({ text, line: start.line, lastLineLength: previous.text.length });
      text = line.text;
      start = line;
    } else {
      text = joinLines(text, line.text);
    }
  }
  pieces.push({ text, line: start.line, lastLineLength: block.at(-1)!.text.length });
  return pieces;
}

/** Inside a hard-wrapped block: does `line` begin a new paragraph after `previous`? */
function startsParagraph(previous: SourceLine, line: SourceLine, width: number): boolean {
  const ended = endsSentence(previous.text);
  if (startsBullet(line.text)) return true;
  if (startsItem(line.text) && (ended || isNumberedHeading(previous.text))) return true;
  if (isNumberedHeading(previous.text) && previous.text.length < 0.6 * width) return true;
  if (!ended) return false;
  if (line.indent > previous.indent) return true;
  return previous.text.length < 0.75 * width && !/^\p{Ll}/u.test(line.text);
}

function isNumberedHeading(text: string): boolean {
  const marker = markerOf(text);
  return marker !== undefined && 'heading' in marker && marker.heading !== undefined;
}

/**
 * Two blocks are one paragraph when the first stops mid-sentence and the second goes on in lower case,
 * or when only a page break (a dropped page number) stands between a long line and the next.
 */
function continuesAcrossBlocks(previous: Piece, next: Piece, afterPageBreak: boolean): boolean {
  if (endsSentence(previous.text) || startsItem(next.text) || isClosing(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  return afterPageBreak && previous.lastLineLength >= 40 && wordCount(previous.text) > 12;
}

/**
 * Joins a line to the next with a space. A word hyphenated across the break ("evi-" + "dence") loses its hyphen
 * when the text uses the whole word elsewhere; otherwise the hyphen is kept ("well-" + "designed"), as it may be
 * part of the word.
 */
function joinWrapped(before: string, after: string, words: ReadonlySet<string>): string {
  const head = /(\p{L}+)-$/u.exec(before);
  const tail = /^\p{Ll}+/u.exec(after);
  if (!head || !tail) return `${before} ${after}`;
  const whole = `${head[1]}${tail[0]}`.toLocaleLowerCase();
  return words.has(whole) ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}
