// How many lines a piece of text takes in a box, breaking as the outputs' CSS does: at spaces, and with
// `overflow-wrap: anywhere`, inside a word too long for a line — between grapheme clusters, never inside one.
import type { FontSpec, Measurer } from './measure.js';

/** A run of text as one element sets it. Sizes are in the unit of the box (px on slides, pt on the briefing). */
export interface TextStyle {
  readonly font: FontSpec;
  readonly size: number;
  /** Line height as a multiple of the size. */
  readonly lineHeight: number;
  /** CSS letter-spacing, in em. */
  readonly letterSpacing?: number;
  /** CSS `text-transform: uppercase`, in the text's language. */
  readonly uppercase?: boolean;
}

/**
 * Widths are overstated by this fraction, for subpixel positioning. The model already errs wide: it adds glyph
 * advances without kerning or ligatures, which only ever narrow Latin text (by about 1–2% in the bundled fonts).
 */
export const widthMargin = 0.005;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** White space that CSS collapses and breaks at. A no-break space is not among them. */
const breakingSpace = /[ \t\n\r\f]+/;

/** A piece of text between break opportunities, with its width in em (letter spacing not included). */
interface Piece {
  readonly width: number;
  readonly characters: number;
  /** The first piece of a word: a space comes before it. */
  readonly startsWord: boolean;
  readonly text: string;
  /** Its grapheme clusters' widths (em) and characters, measured when a line is too narrow for the whole piece. */
  clusters?: readonly (readonly [number, number])[];
}

/** Text cut into pieces and measured once per font, then laid out at every size the fitting tries. */
const prepared = new WeakMap<Measurer, Map<string, Piece[]>>();

function piecesOf(shown: string, style: TextStyle, measurer: Measurer): Piece[] {
  let byText = prepared.get(measurer);
  if (!byText) {
    byText = new Map();
    prepared.set(measurer, byText);
  }
  const key = `${style.font.role}${style.font.weight}\0${shown}`;
  let pieces = byText.get(key);
  if (!pieces) {
    pieces = shown
      .split(breakingSpace)
      .filter(Boolean)
      .flatMap((word) =>
        breakPoints(word).map((piece, index) => ({
          width: measurer.width(piece, style.font),
          characters: [...piece].length,
          startsWord: index === 0,
          text: piece,
        })),
      );
    byText.set(key, pieces);
  }
  return pieces;
}

/** The number of lines `text` takes in a box `width` wide. Empty text takes none. */
export function countLines(text: string, width: number, style: TextStyle, measurer: Measurer, lang: string): number {
  const shown = style.uppercase ? text.toLocaleUpperCase(lang) : text;
  const pieces = piecesOf(shown, style, measurer);
  if (pieces.length === 0) return 0;
  const scale = style.size * (1 + widthMargin);
  const spacing = (style.letterSpacing ?? 0) * style.size;
  const space = measurer.width(' ', style.font) * scale + spacing;

  let lines = 1;
  let x = 0;
  let empty = true;
  for (const piece of pieces) {
    const w = piece.width * scale + spacing * piece.characters;
    const before = piece.startsWord ? space : 0;
    if (!empty && x + before + w <= width) {
      x += before + w;
      continue;
    }
    if (!empty) {
      lines += 1;
      x = 0;
      empty = true;
    }
    if (w <= width) {
      x = w;
      empty = false;
      continue;
    }
    // Too long for any line: the browser breaks it wherever it must, one grapheme cluster at a time.
    piece.clusters ??= [...graphemes.segment(piece.text)].map(({ segment }) => [measurer.width(segment, style.font), [...segment].length] as const);
    for (const [clusterWidth, characters] of piece.clusters) {
      const g = clusterWidth * scale + spacing * characters;
      if (!empty && x + g > width) {
        lines += 1;
        x = 0;
      }
      x += g;
      empty = false;
    }
  }
  return lines;
}

/**
 * A word in the pieces Chromium may break it into without `overflow-wrap`: after a hyphen (not one before a digit),
 * a hyphen or en dash character, a question mark, a soft hyphen or a zero-width space, and on both sides of an em dash.
 * Slashes, dots and ampersands in an address are not break points: a long address breaks only where it must.
 */
export function breakPoints(word: string): string[] {
  return word.split(/(?<=[\u2010\u2013\u2014\u00AD\u200B]|-(?!\d)|\?(?=[^?!]))|(?=\u2014)/u).filter(Boolean);
}

/** Height of `text` set in `style` in a box `width` wide. */
export function textHeight(text: string, width: number, style: TextStyle, measurer: Measurer, lang: string): number {
  return countLines(text, width, style, measurer, lang) * style.size * style.lineHeight;
}

/** Width of `text` on one line, unbroken. */
export function lineWidth(text: string, style: TextStyle, measurer: Measurer, lang: string): number {
  const shown = style.uppercase ? text.toLocaleUpperCase(lang) : text;
  const words = shown.split(breakingSpace).filter(Boolean);
  const spacing = (style.letterSpacing ?? 0) * style.size;
  const scale = style.size * (1 + widthMargin);
  return words.reduce(
    (sum, word, index) =>
      sum + measurer.width(word, style.font) * scale + spacing * [...word].length + (index > 0 ? measurer.width(' ', style.font) * scale + spacing : 0),
    0,
  );
}
