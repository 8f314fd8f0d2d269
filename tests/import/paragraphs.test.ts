// Lines back into paragraphs: hard wraps joined, page numbers dropped, line numbers kept.
import { describe, expect, it } from 'vitest';
import { isPageNumber, paragraphsOf, sourceLines } from '../../src/import/paragraphs.js';
import { fixtureBytes } from './fixtures.js';

const paragraphs = (text: string) => paragraphsOf(sourceLines(text)).map((paragraph) => paragraph.text);

describe('the hard-wrapped fixture (an e-mail or a PDF: wrapped at 70 columns, page numbers, a form feed)', () => {
  const text = fixtureBytes('hard-wrapped.txt').toString('utf8');
  const found = paragraphsOf(sourceLines(text));
  const texts = found.map((paragraph) => paragraph.text);

  it('joins each paragraph back onto one line and drops the page numbers', () => {
    expect(texts.some((t) => /- 2 -|Page 3 of 3/.test(t))).toBe(false);
    expect(texts).toContain(
      'UNODC welcomes the opportunity to address the Commission on the implementation of the Organized Crime Convention. ' +
        'The Convention remains the only global instrument against transnational organized crime, and its review mechanism, ' +
        'which relies on electronic evidence and peer review, is now fully operational.',
    );
  });

  it('splits paragraphs that no blank line separates when the next one opens a point', () => {
    const secondly = texts.find((t) => t.startsWith('Secondly,'))!;
    expect(secondly.endsWith('exchange requests and evidence in real time.')).toBe(true);
    expect(texts.find((t) => t.startsWith('Thirdly,'))).toBeDefined();
  });

  it('joins a sentence cut by a page break, even when the next page starts with a capital', () => {
    expect(texts.find((t) => t.startsWith('Thirdly,'))).toMatch(/harmed by it, in line with the Convention and with national law\. The first results/);
  });

  it('drops the hyphen of a word split across lines when the text has the whole word, and keeps it otherwise', () => {
    expect(texts.join(' ')).toContain('requests and evidence in real time');
    expect(texts.join(' ')).toContain('with well-designed country programmes');
  });

  it('keeps the line each paragraph starts on', () => {
    const lines = text.split('\n');
    for (const paragraph of found) {
      const firstLine = lines[paragraph.line - 1]!.replace(/-$/, '').trim();
      expect(firstLine).not.toBe('');
      expect(paragraph.text.startsWith(firstLine)).toBe(true);
    }
  });
});

describe('paragraphsOf', () => {
  it('reads CRLF, CR and LF line endings alike', () => {
    const text = 'Mr. President,\n\nFirst, a point\nthat goes on.\n\nThank you.';
    expect(paragraphs(text.replace(/\n/g, '\r\n'))).toEqual(paragraphs(text));
    expect(paragraphs(text.replace(/\n/g, '\r'))).toEqual(paragraphs(text));
    expect(paragraphs(text)).toEqual(['Mr. President,', 'First, a point that goes on.', 'Thank you.']);
  });

  it('keeps each line of a web page as its own paragraph', () => {
    const long = 'This paragraph came from a web page and is one long line that no one wrapped, so it runs on and on past any width an e-mail would use.';
    expect(paragraphs(`${long}\n${long}\nI thank you.`)).toEqual([long, long, 'I thank you.']);
  });

  it('keeps short lines that each end a sentence as paragraphs', () => {
    expect(paragraphs('We act.\nWe report.\nWe listen.')).toEqual(['We act.', 'We report.', 'We listen.']);
  });

  it('joins a paragraph continued after a blank line in lower case', () => {
    expect(paragraphs('the review mechanism has shown that States need\n\npractical help.')).toEqual([
      'the review mechanism has shown that States need practical help.',
    ]);
  });

  it('keeps a heading apart from the text under it', () => {
    expect(paragraphs('II. Access to asylum\nAccess to territory remains under pressure in many regions of the world today.')).toEqual([
      'II. Access to asylum',
      'Access to territory remains under pressure in many regions of the world today.',
    ]);
  });

  it('starts a new paragraph at an indented first line', () => {
    const text = 'The first paragraph ends here with a sentence that fills the line.\n    The second starts indented, as in many PDFs, and goes on.';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('collapses runs of spaces and tabs, and drops control characters', () => {
    expect(paragraphs('We\t act  \u0007together.')).toEqual(['We act together.']);
  });

  it('drops separator lines', () => {
    expect(paragraphs('First, a.\n\n* * *\n\nSecond, b.')).toEqual(['First, a.', 'Second, b.']);
  });
});

describe('isPageNumber', () => {
  it.each(['12', '- 2 -', '– 3 –', 'Page 3', 'Page 3 of 10', 'page 3/10', '3/10', 'Página 2', 'Page 4 sur 9', 'صفحة ٣', '٣'])('"%s" is one', (line) => {
    expect(isPageNumber(line)).toBe(true);
  });

  it.each(['2019', '1.', 'II.', '11:15 am', 'Page three', '3 points', 'Item 4'])('"%s" is not', (line) => {
    expect(isPageNumber(line)).toBe(false);
  });
});
