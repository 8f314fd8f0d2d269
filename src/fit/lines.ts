// How many lines a piece of text takes in a box, breaking as the outputs' CSS does: at spaces, and with
// `overflow-wrap: anywhere`, inside a word too long for a line — between grapheme clusters, never inside one.
//
// Breaking is greedy, each line filled as far as it goes, although slides set headlines with `text-wrap: balance` and
// key messages with `text-wrap: pretty`. Those choose other breaks (shorter lines, no lone last word) but never more
// lines: Chromium keeps a balanced or pretty layout only when it has as many lines as greedy breaking, and falls back
// to greedy otherwise (ScoreLineBreaker::Optimize in Blink), so the greedy count, with widths that err wide, still
// bounds the height the browser draws. tests/fit/lines.browser.test.ts holds Chromium to it.
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
  /**
   * One CSS pixel in the box's unit, for text set on screen: each character a hinted face draws is then counted at
   * its advance rounded up to a whole pixel, as Chromium may set it (see `FaceMetrics.hinted`). Absent: no rounding.
   */
  readonly pixel?: number;
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
  /** Advances (em) of its characters that a hinted face draws. */
  readonly hinted: readonly number[];
  /** Its grapheme clusters, measured when a line is too narrow for the whole piece. */
  clusters?: readonly Omit<Piece, 'startsWord' | 'clusters'>[];
}

/**
 * What counting each hinted advance at a whole pixel, rounded up, adds to a width already counted at `scale` (the size
 * with `widthMargin`), in the box's unit. The rounding is the margin for those characters: they take no other.
 */
function roundingUp(hinted: readonly number[], style: TextStyle, scale: number): number {
  const { pixel } = style;
  if (!pixel) return 0;
  let added = 0;
  for (const advance of hinted) {
    // Advances are kept to a thousandth of an em: that error alone must not count a whole pixel.
    added += Math.ceil((advance * style.size) / pixel - 1e-3) * pixel - advance * scale;
  }
  return added;
}

/** A piece of text as one element sets it: its width (em), characters and hinted advances. */
function measured(text: string, style: TextStyle, measurer: Measurer): Omit<Piece, 'startsWord' | 'clusters'> {
  return { width: measurer.width(text, style.font), characters: [...text].length, text, hinted: measurer.hinted?.(text, style.font) ?? [] };
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
      .flatMap((word) => breakPoints(word).map((piece, index) => ({ ...measured(piece, style, measurer), startsWord: index === 0 })));
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
  const widthOf = (piece: Omit<Piece, 'startsWord'>) => piece.width * scale + spacing * piece.characters + roundingUp(piece.hinted, style, scale);
  const space = widthOf(measured(' ', style, measurer));

  let lines = 1;
  let x = 0;
  let empty = true;
  for (const piece of pieces) {
    const w = widthOf(piece);
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
    piece.clusters ??= [...graphemes.segment(piece.text)].map(({ segment }) => measured(segment, style, measurer));
    for (const cluster of piece.clusters) {
      const g = widthOf(cluster);
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
  const widthOf = (piece: string) => {
    const { width, characters, hinted } = measured(piece, style, measurer);
    return width * scale + spacing * characters + roundingUp(hinted, style, scale);
  };
  return words.reduce((sum, word, index) => sum + widthOf(word) + (index > 0 ? widthOf(' ') : 0), 0);
}
