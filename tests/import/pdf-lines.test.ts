// Reading a line of a PDF as a reader does: Arabic as Chromium prints it (a glyph at a time, left to right, in
// presentation forms, marks apart), with numbers and Latin inside it, put back in reading order.
import { describe, expect, it } from 'vitest';
import { lineText, streamLines, withMarksOnLetters, type StreamPiece } from '../../src/import/pdf-lines.js';

/** Pieces drawn left to right from x = 100, each `width` wide (a space narrower when asked), on one baseline. */
function drawn(glyphs: readonly (string | { text: string; width: number })[], baseline = 500): StreamPiece[] {
  let x = 100;
  return glyphs.map((glyph) => {
    const { text, width } = typeof glyph === 'string' ? { text: glyph, width: 5 } : glyph;
    const piece = { text, left: x, right: x + width, baseline, size: 10, endOfLine: false };
    x += width;
    return piece;
  });
}

const read = (pieces: readonly StreamPiece[]) => lineText(pieces, { wordGap: 0.5, order: 'stream' });

describe('lineText', () => {
  it('reads Arabic from the right, its presentation forms folded to letters', () => {
    // "العامة المستوى" as drawn: the last word leftmost, each word's letters from its end.
    expect(read(drawn(['ﺔ', 'ﻣ', 'ﺎ', 'ﻌ', 'ﻟ', 'ا', ' ', 'ى', 'ﻮ', 'ﺘ', 'ﺴ', 'ﻤ', 'ﻟ', 'ا']))).toBe('المستوى العامة');
  });

  it('reads a number and Latin inside Arabic from the left, and two numbers apart from the right', () => {
    expect(read(drawn(['١٣', ':', '٠٠', ' ', '–', ' ', '١١', ':', '١٥', ' ', 'ﻲ', 'ﻓ']))).toBe('في ١١:١٥ – ١٣:٠٠');
    expect(read(drawn(['(', 'IOM', ')', ' ', 'ﺔ', 'ﻤ', 'ﻈ', 'ﻨ', 'ﻤ', 'ﻟ', 'ا']))).toBe('المنظمة (IOM)');
  });

  it('puts the punctuation of a number drawn right to left back where it is read', () => {
    expect(read(drawn(['ﺐ', 'ﺣ', 'ﺮ', 'ﺗ', ' ', '.2']))).toBe('2. ترحب');
  });

  it('places a space by the letter before it, not by the width pdf.js gives it in a scaled slide', () => {
    const pieces = drawn(['ﻪ', 'ﺒ', 'ﺷ', { text: ' ', width: 1 }, 'ﻲ', 'ﻓ']);
    const wide = pieces.map((piece) => (piece.text === ' ' ? { ...piece, right: piece.right + 6 } : piece));
    expect(read(wide)).toBe('في شبه');
  });

  it('keeps a left-to-right line in the order given, with a space at a gap', () => {
    expect(read([...drawn(['Page 1']), ...drawn(['of 2']).map((piece) => ({ ...piece, left: piece.left + 20, right: piece.right + 20 }))])).toBe('Page 1 of 2');
  });
});

describe('withMarksOnLetters', () => {
  it('puts a mark given on its own back on the letter whose left edge it sits at', () => {
    const [nun, ta] = drawn(['ﻨ', 'ت']);
    // The damma of "تُ", given before its letter, a little above the line, touching both letters.
    const mark = { text: 'ُ', left: ta!.left, right: ta!.left, baseline: 503, size: 10, endOfLine: false };
    const pieces = withMarksOnLetters([nun!, mark, ta!]);
    expect(pieces.map((piece) => piece.text)).toEqual(['ﻨ', 'تُ']);
  });

  it('takes a mark pdf.js gives at the end of the line before back to its own line', () => {
    const above = drawn(['ﺮ', 'ﻜ', 'ﺷ'], 520);
    const mark = { text: ' ً', left: 100, right: 100, baseline: 502, size: 10, endOfLine: true };
    const line = drawn(['ﺎ', 'ﺒ', 'ﻳ', 'ﺮ', 'ﻘ', 'ﺗ']);
    const lines = streamLines(withMarksOnLetters([...above, mark, ...line])).map(read);
    expect(lines).toEqual(['شكر', 'تقريباً']);
  });
});
