// Turns raw text into lines and paragraphs: line endings and stray spaces made regular, page numbers dropped,
// hard-wrapped lines joined back into the paragraphs they came from. Every line keeps its number in the file.
import { terminatorLine } from './debris.js';
import { endsSentence, isClosing, isNumberedHeading, isSalutation, startsBullet, startsItem, wordCount } from './markers.js';

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
  const raw = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/u);
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
    // A press release's "###" is kept: it ends the statement (debris.ts).
    if (isPageNumber(cleaned) || (isSeparator(cleaned) && !terminatorLine.test(cleaned))) {
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
  const paragraphs: Piece[] = [];
  for (const block of blocksOf(lines)) {
    for (const [i, piece] of splitBlock(block).entries()) {
      const previous = paragraphs.at(-1);
      // The text's first line is its title, never the start of a sentence that goes on.
      const title = paragraphs.length === 1 && previous?.lines.length === 1 && /^\P{Ll}*\p{Lu}/u.test(previous.lines[0]!);
      if (i === 0 && previous && !title && continuesAcrossBlocks(previous, piece, block[0]!.afterPageBreak)) previous.lines.push(...piece.lines);
      else paragraphs.push(piece);
    }
  }
  return paragraphs.map((piece) => ({ text: joinWrapped(piece.lines, words), line: piece.line }));
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

/** A paragraph as its lines, joined only at the end: a long text is never copied line after line. */
interface Piece {
  readonly lines: string[];
  readonly line: number;
}

/**
 * A block of lines with no blank line between them is either one hard-wrapped paragraph, several hard-wrapped
 * paragraphs (as PDFs give them), or several paragraphs one to a line (as web pages give them).
 */
function splitBlock(block: readonly SourceLine[]): Piece[] {
  const width = Math.max(...block.map((line) => line.text.length));
  const punctuated = block.filter((line) => endsSentence(line.text)).length;
  const oneToALine = width > unwrappedLength || (block.length >= 3 && punctuated / block.length >= 0.8);
  const pieces: Piece[] = [{ lines: [block[0]!.text], line: block[0]!.line }];
  for (let i = 1; i < block.length; i++) {
    const line = block[i]!;
    if (oneToALine || startsParagraph(block[i - 1]!, line, width)) pieces.push({ lines: [line.text], line: line.line });
    else pieces.at(-1)!.lines.push(line.text);
  }
  return pieces;
}

/** Inside a hard-wrapped block: does `line` begin a new paragraph after `previous`? */
function startsParagraph(previous: SourceLine, line: SourceLine, width: number): boolean {
  const ended = endsSentence(previous.text);
  if (startsBullet(line.text)) return true;
  // "Mr. President," or "السيد الرئيس" between lines cut by phrase is a paragraph of its own.
  const address = (text: string) => isSalutation(text) && (/[,:;.!،؛]$/u.test(text) || wordCount(text) <= 3);
  if ((address(line.text) || address(previous.text)) && !/^\p{Ll}/u.test(line.text)) return true;
  if (startsItem(line.text) && (ended || isNumberedHeading(previous.text))) return true;
  if (isNumberedHeading(previous.text) && previous.text.length < 0.6 * width) return true;
  if (!ended) return false;
  if (line.indent > previous.indent) return true;
  return previous.text.length < 0.75 * width && !/^\p{Ll}/u.test(line.text);
}

/**
 * Two blocks are one paragraph when the first stops mid-sentence and the second goes on in lower case,
 * or when only a page break (a dropped page number) stands between a long line and the next.
 */
function continuesAcrossBlocks(previous: Piece, next: Piece, afterPageBreak: boolean): boolean {
  const last = previous.lines.at(-1)!;
  const first = next.lines[0]!;
  if (endsSentence(last) || startsItem(first) || (next.lines.length === 1 && isClosing(first))) return false;
  if (/^\p{Ll}/u.test(first)) return true;
  return afterPageBreak && last.length >= 40;
}

/**
 * Joins the lines of a paragraph with spaces. A word hyphenated across a line break ("evi-" + "dence") loses its
 * hyphen when the text uses the whole word elsewhere; otherwise the hyphen is kept ("well-" + "designed"), as it
 * may be part of the word.
 */
function joinWrapped(lines: readonly string[], words: ReadonlySet<string>): string {
  const parts = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const after = lines[i]!;
    const head = before.endsWith('-') ? /(\p{L}+)-$/u.exec(before) : null;
    const tail = head ? /^\p{Ll}+/u.exec(after) : null;
    if (!head || !tail) parts.push(' ', after);
    else if (words.has(`${head[1]}${tail[0]}`.toLocaleLowerCase())) parts.push(parts.pop()!.slice(0, -1), after);
    else parts.push(after);
  }
  return parts.join('');
}
