// Line breaking as the outputs' CSS does it: at spaces, after hyphens, and inside an over-long word only between
// grapheme clusters.
import { describe, expect, test } from 'vitest';
import { breakPoints, countLines } from '../../src/fit/lines.js';
import { fallbackAdvance, type Measurer } from '../../src/fit/measure.js';

/** Every grapheme cluster one em wide, so line counts are easy to reason about. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const monospace: Measurer = { width: (text) => [...graphemes.segment(text)].length };
const style = { font: { role: 'body', weight: 400 }, size: 10, lineHeight: 1.2 } as const;

describe('countLines', () => {
  test('breaks at spaces and never inside a word that fits a line', () => {
    // 10 px a character (plus 0.5%), a box of 105 px: "aaaa bbbb" fits, "cccc" goes to the next line.
    expect(countLines('aaaa bbbb cccc', 105, style, monospace, 'en')).toBe(2);
    expect(countLines('', 105, style, monospace, 'en')).toBe(0);
  });

  test('breaks a word too long for any line between grapheme clusters, filling each line', () => {
    const word = 'x'.repeat(300);
    expect(countLines(word, 100.5 * 9.99, style, monospace, 'en')).toBe(Math.ceil(300 / 99));
  });

  test('never splits an emoji sequence: a line holds whole clusters only', () => {
    const family = '👨\u200d👩\u200d👧\u200d👦';
    // Seven clusters, three to a line.
    expect(countLines(family.repeat(7), 31, style, monospace, 'en')).toBe(3);
  });

  test('counts upper case and letter spacing where the style asks for them', () => {
    const spaced = { ...style, letterSpacing: 0.5, uppercase: true };
    // "ab" is 2 em plus 2 × 0.5 em of spacing: 30.1 px, over a 25 px box once "cd" joins it.
    expect(countLines('ab cd', 40, spaced, monospace, 'en')).toBe(2);
    expect(countLines('ab cd', 80, spaced, monospace, 'en')).toBe(1);
  });
});

test('breakPoints splits after hyphens and question marks, around em dashes, never at slashes or dots', () => {
  expect(breakPoints('counter-terrorism')).toEqual(['counter-', 'terrorism']);
  expect(breakPoints('pages 10-12')).toEqual(['pages 10-12']);
  expect(breakPoints('annex?section=1&a=b')).toEqual(['annex?', 'section=1&a=b']);
  expect(breakPoints('a—b')).toEqual(['a', '—', 'b']);
  expect(breakPoints('https://example.org/a/b.html')).toEqual(['https://example.org/a/b.html']);
});

test('characters no bundled font has are counted wider than any emoji font draws them', () => {
  expect(fallbackAdvance).toBeGreaterThan(1.25);
});
