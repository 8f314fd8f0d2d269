// The fidelity test's reading of a PDF's text: what counts as a statement's words being there, and what does not.
import { describe, expect, it } from 'vitest';
import { containsWords, documentText, searchable } from '../helpers/fidelity.js';

describe('containsWords', () => {
  it('finds words across line breaks, in any case, whatever the white space', () => {
    expect(containsWords('POINT 2 OF 3\nRegional action against\ntrafficking  and smuggling', 'Regional action against trafficking and smuggling')).toBe(true);
    expect(containsWords('point 2 of 3', 'Point 2 of 3')).toBe(true);
  });

  it('finds a word broken over two lines: an address wrapped inside it, a hyphenated word', () => {
    expect(
      containsWords(
        'see https://www.example.org/statements/2024/regional-\norganizations/annex now',
        'see https://www.example.org/statements/2024/regional-organizations/annex now',
      ),
    ).toBe(true);
    expect(containsWords('cross-\nborder cases', 'cross-border cases')).toBe(true);
    expect(containsWords('trans-\nnational crime', 'transnational crime')).toBe(true);
  });

  it('refuses letters spaced apart, words run together, words out of order, and a word cut short', () => {
    expect(containsWords('B R IEF ING', 'Briefing')).toBe(false);
    expect(containsWords('regionalaction', 'regional action')).toBe(false);
    expect(containsWords('action regional', 'regional action')).toBe(false);
    expect(containsWords('the region', 'the regional')).toBe(false);
  });

  it('reads Arabic presentation forms and a mark set apart from its letter as the text they draw', () => {
    expect(containsWords('ﺷﻜﺮا ًﻟﻜﻢ.', 'شكراً لكم.')).toBe(true);
  });

  it('takes brackets and other punctuation as they are', () => {
    expect(containsWords('the Organization (IOM) and UNODC', 'Organization (IOM)')).toBe(true);
    expect(containsWords('a+b? [c] {d} $e^', 'a+b? [c] {d} $e^')).toBe(true);
  });
});

describe('searchable', () => {
  it('drops what a reader does not see: joiners, variation selectors, soft hyphens and NULs', () => {
    expect(searchable('co\u00adoperation \u0000x\u200d\ufe0f')).toBe('cooperation x');
  });
});

describe('documentText', () => {
  it('drops the lines every page repeats, so a sentence runs on from one page to the next', () => {
    const pages = [{ lines: ['The statement title', 'We must act', '1 / 2'] }, { lines: ['The statement title', 'together now.', '2 / 2'] }];
    expect(containsWords(documentText(pages), 'We must act together now.')).toBe(true);
  });
});
