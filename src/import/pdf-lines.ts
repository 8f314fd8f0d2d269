// Puts the pieces of text pdf.js reads off a page back together as a reader reads them. Chromium draws Arabic a glyph
// at a time, left to right, each glyph in the form its neighbours give it (a presentation form) and each mark apart
// from its letter; this gives back the words as typed: right to left, letters joined, marks on their letters.

/** A piece of text where the page draws it: its left and right edges, its baseline and its type size, in points. */
export interface PagePiece {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly size: number;
}

/** A piece as the PDF's text stream gives it: with whether the PDF ends a line after it. */
export interface StreamPiece extends PagePiece {
  readonly endOfLine: boolean;
}

/** Options of `lineText`. */
export interface LineOptions {
  /** A gap between two pieces wider than this many ems reads as a space between words. */
  readonly wordGap: number;
  /**
   * The order the pieces come in: the PDF's own (`stream`), where a piece drawn back to the left of the one before
   * (a number in the margin) does not run on from it, or left to right (`position`), where a piece that overlaps the
   * one before is only set tight.
   */
  readonly order: 'stream' | 'position';
}

/**
 * A page's pieces with each mark drawn apart from its letter (Arabic tanwin and shadda, a combining accent) put back
 * on that letter, the letter it is drawn over. pdf.js may give a mark in the stream before or after its line, and
 * on a baseline of its own, so marks are put back on the whole page before it is cut into lines.
 */
export function withMarksOnLetters<Piece extends PagePiece>(pieces: readonly Piece[]): Piece[] {
  const marks = pieces.filter((piece) => isMark(fold(piece.text)));
  if (marks.length === 0) return [...pieces];
  const letters = new Map<Piece, string>();
  for (const mark of marks) {
    let nearest: Piece | undefined;
    let best = Infinity;
    for (const piece of pieces) {
      if (!/\p{L}/u.test(piece.text) || Math.abs(piece.baseline - mark.baseline) > piece.size) continue;
      const across = Math.max(0, piece.left - mark.right, mark.left - piece.right);
      // pdf.js places a mark at or just past its letter's left edge: of two letters it touches, the one starting there.
      const distance = across + Math.abs(piece.left - mark.left) / 100;
      if (distance < best) [nearest, best] = [piece, distance];
    }
    if (nearest) letters.set(nearest, (letters.get(nearest) ?? '') + fold(mark.text).replace(/^[\s\u0640]+/u, ''));
  }
  return pieces.flatMap((piece) => {
    if (marks.includes(piece)) return [];
    const added = letters.get(piece);
    return [added ? { ...piece, text: piece.text + added } : piece];
  });
}

/**
 * Groups a page's pieces into lines, keeping the PDF's own order (which keeps columns apart): a line ends where the
 * PDF says so, or where the baseline moves by more than half the type size.
 */
export function streamLines<Piece extends StreamPiece>(pieces: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    const last = current.at(-1);
    if (last && piece.text.trim() && Math.abs(piece.baseline - last.baseline) > 0.5 * Math.max(1, Math.min(piece.size, last.size))) {
      lines.push(current);
      current = [];
    }
    current.push(piece);
    if (piece.endOfLine) {
      lines.push(current);
      current = [];
    }
  }
  if (current.length) lines.push(current);
  return lines;
}

interface Placed {
  readonly text: string;
  readonly piece: PagePiece;
  readonly kind: 'rtl' | 'ltr' | 'digits' | 'neutral';
}

/**
 * One line's text in reading order, its pieces given in `options.order`. A line mostly in Arabic or Hebrew is read
 * from the right, each run of Latin or of digits in it from the left; a left-to-right line keeps the order given, each
 * right-to-left run in it read from the right. A space goes between two pieces that have none where `apart` says.
 */
export function lineText(pieces: readonly PagePiece[], options: LineOptions): string {
  const placed: Placed[] = [];
  for (const piece of pieces) {
    const text = fold(piece.text);
    if (text !== '') placed.push({ text, piece, kind: kindOf(text) });
  }
  const rtl = direction(placed.map((each) => each.text).join('')) === 'rtl';
  const ordered = rtl ? inReadingOrder(placed) : placed;
  const runs = runsOf(ordered, rtl, options.wordGap);
  const stepsBack = !rtl && options.order === 'stream';
  let text = '';
  let previous: Neighbour | undefined;
  for (const run of runs) {
    const items = run.ltr === rtl ? [...run.items].reverse() : run.items;
    for (const item of items) {
      const each = run.ltr ? item.text : mirror(item.text, item.kind);
      const next = { placed: item, run };
      if (previous && item.text.trim() && !/\s$/u.test(text) && !/^\s/u.test(each) && apart(previous, next, options.wordGap, stepsBack)) text += ' ';
      text += each;
      if (item.text.trim()) previous = next;
    }
  }
  return text;
}

/** Arabic presentation forms folded to the letters they draw: "ﻟ" is "ل", "ﻹ" is "لإ", "ﹰ" is a fathatan. */
function fold(text: string): string {
  return text.replace(/\u0000/g, '').replace(/[\ufb50-\ufdff\ufe70-\ufefc]/gu, (form) => form.normalize('NFKC'));
}

/** A mark drawn apart from its letter, as pdf.js gives it: alone, or after a space or a tatweel. */
const isMark = (text: string) => /^[\s\u0640]*\p{M}+$/u.test(text);

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

function kindOf(text: string): Placed['kind'] {
  if ([...text].some((char) => /\p{L}/u.test(char) && rightToLeft.test(char))) return 'rtl';
  if (/\p{L}/u.test(text)) return 'ltr';
  if (/\p{Nd}/u.test(text)) return 'digits';
  return 'neutral';
}

/** The direction of most of a line's letters. */
function direction(text: string): 'rtl' | 'ltr' {
  const letters = [...text].filter((char) => /\p{L}/u.test(char));
  const rtl = letters.filter((char) => rightToLeft.test(char)).length;
  return rtl > 0 && rtl >= letters.length - rtl ? 'rtl' : 'ltr';
}

/**
 * A right-to-left line's pieces from the right: each by its right edge, and each space before the piece it follows
 * in the order given (the piece to its left), not by its own box: pdf.js may give a space in a scaled slide more width
 * than the gap it stands in, past the letter after it. pdf.js also writes a space of its own, a fraction of a point
 * wide, where the glyphs step back (after a mark); that is no space between words, and is left out. A number given
 * with the punctuation set beside it ("1." set right to left is drawn ".1") has it put back where it is read.
 */
function inReadingOrder(placed: readonly Placed[]): Placed[] {
  const space = (each: Placed) => each.text.trim() === '';
  const read = placed.filter((each) => !space(each)).map(numberInOrder);
  read.sort((a, b) => b.piece.right - a.piece.right);
  let before: Placed | undefined;
  for (const each of placed) {
    if (!space(each)) {
      before = read.find((other) => other.piece === each.piece);
      continue;
    }
    if (each.piece.right - each.piece.left < 0.1 * each.piece.size) continue;
    const at = before ? read.indexOf(before) : read.findIndex((other) => other.piece.right <= each.piece.left);
    read.splice(at < 0 ? read.length : at, 0, each);
  }
  return read;
}

/** A number with punctuation beside it, as read: ".1", drawn right to left, is "1.". */
function numberInOrder(each: Placed): Placed {
  const [, before, number, after] = /^(\P{Nd}*)(\p{Nd}.*?\p{Nd}|\p{Nd})(\P{Nd}*)$/u.exec(each.text) ?? [];
  if (each.kind !== 'digits' || number === undefined || (before === '' && after === '')) return each;
  const reversed = (text: string) => mirror([...text].reverse().join(''), 'neutral');
  return { ...each, text: reversed(after!) + number + reversed(before!) };
}

/**
 * The line cut into runs of one direction, in reading order. In a right-to-left line a left-to-right run is Latin,
 * with the spaces and punctuation between its words and numbers ("UN Women 2030"), or a number alone ("11:15", not
 * "11:15 – 13:00": numbers apart are read from the right, as the bidirectional algorithm sets them). In a
 * left-to-right line a right-to-left run is Arabic or Hebrew, with what lies between its words.
 */
function runsOf(ordered: readonly Placed[], rtl: boolean, wordGap: number): { ltr: boolean; items: Placed[] }[] {
  const inner = (item: Placed) => (rtl ? item.kind === 'ltr' || item.kind === 'digits' : item.kind === 'rtl');
  const runs: { ltr: boolean; items: Placed[] }[] = [];
  let i = 0;
  while (i < ordered.length) {
    if (!inner(ordered[i]!)) {
      const run = runs.at(-1);
      if (run && run.ltr === !rtl) run.items.push(ordered[i]!);
      else runs.push({ ltr: !rtl, items: [ordered[i]!] });
      i++;
      continue;
    }
    const items = [ordered[i]!];
    let end = i + 1;
    for (let j = i + 1; j < ordered.length; j++) {
      const item = ordered[j]!;
      if (!inner(item)) {
        if (item.kind !== 'neutral') break;
        continue;
      }
      const between = ordered.slice(end, j);
      const numbers = item.kind === 'digits' && !items.some((each) => each.kind === 'ltr');
      // Two numbers with a space between, or set apart, are two runs; a separator alone joins them ("11:15").
      const last = items.at(-1)!.piece;
      const gap = Math.max(last.left, item.piece.left) - Math.min(last.right, item.piece.right);
      if (numbers && (between.some((each) => /\s/u.test(each.text)) || gap > wordGap * Math.min(last.size, item.piece.size))) break;
      items.push(...between, item);
      end = j + 1;
    }
    runs.push({ ltr: rtl, items });
    i = end;
  }
  return runs;
}

/** A piece and the run it is read in. */
interface Neighbour {
  readonly placed: Placed;
  readonly run: { readonly ltr: boolean };
}

/**
 * Two pieces next to each other in reading order that the page sets a word apart (`wordGap` ems or more), or, in
 * the PDF's order, that steps back against the reading direction. Two runs meet wherever the page sets them.
 */
function apart(a: Neighbour, b: Neighbour, wordGap: number, stepsBack: boolean): boolean {
  const [p, q] = [a.placed.piece, b.placed.piece];
  const em = wordGap * Math.min(p.size, q.size);
  if (a.run !== b.run) return Math.max(p.left, q.left) - Math.min(p.right, q.right) > em;
  const gap = a.run.ltr ? q.left - p.right : p.left - q.right;
  return gap > em || (stepsBack && -gap > em);
}

const mirrored: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

/** Brackets set right to left are drawn mirrored, and so written: "(IOM)" comes out as ")IOM(". */
function mirror(text: string, kind: Placed['kind']): string {
  return kind === 'ltr' ? text : text.replace(/[()[\]{}<>«»]/g, (bracket) => mirrored[bracket] ?? bracket);
}
