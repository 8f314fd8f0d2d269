// Where the parts of a statement begin and end, from its paragraphs.
import { describe, expect, it } from 'vitest';
import { paragraphsOf, sourceLines } from '../../src/import/paragraphs.js';
import { bodyStart, findStructure, type FoundPart } from '../../src/import/structure.js';

/** Paragraphs separated by blank lines. */
const structureOf = (...paragraphs: string[]) => findStructure(paragraphsOf(sourceLines(paragraphs.join('\n\n'))));
const openings = (parts: readonly (FoundPart | undefined)[]) => parts.map((part) => part?.paragraphs.map((p) => p.text.split(' ')[0]!.replace(/,$/, '')));

describe('findStructure', () => {
  it('takes a point opener only in its place in the run 1, 2, 3 …', () => {
    const structure = structureOf(
      'Mr. President,',
      'Second, let me recall what was agreed last year in this very room by all of us.',
      'First, trafficking.',
      'V. Putin spoke earlier today.',
      'Second, borders.',
      'Fourth, data.',
      'Third, justice.',
      'In conclusion, we stand ready.',
    );
    expect(openings(structure.points)).toEqual([['First', 'V.'], ['Second', 'Fourth'], ['Third']]);
    expect(openings([structure.introduction])).toEqual([['Second']]);
  });

  it('prefers ordinal words to numbered paragraphs inside a point', () => {
    const structure = structureOf(
      'First, we ask three things:',
      '1. fund early;',
      '2. fund flexibly;',
      '3. fund prevention.',
      'Second, data.',
      'In conclusion, thank you for listening to us today.',
    );
    expect(structure.points.map((point) => point.paragraphs.length)).toEqual([4, 1]);
  });

  it('does not take a numbered list of one item, or Roman numerals that never reach II, as points', () => {
    expect(structureOf('1. We are here to help.', 'In conclusion, thanks.').pointsFound).not.toBe('markers');
    const roman = structureOf('I. We are here.', 'III. We stay.', 'In conclusion, thanks.');
    expect(roman.pointsFound).not.toBe('markers');
    expect(roman.points.map((point) => point.markerLength)).not.toContain(4);
  });

  it('"Finally" is the last point when a conclusion follows, and the conclusion when it opens the last part', () => {
    const withConclusion = structureOf('First, a.', 'Second, b.', 'Finally, c.', 'In conclusion, d.', 'Thank you.');
    expect(openings(withConclusion.points)).toEqual([['First'], ['Second'], ['Finally']]);
    expect(openings([withConclusion.conclusion])).toEqual([['In']]);

    const asConclusion = structureOf('First, a.', 'Second, b.', 'Finally, c.', 'And so we go on.', 'Thank you.');
    expect(openings(asConclusion.points)).toEqual([['First'], ['Second']]);
    expect(openings([asConclusion.conclusion])).toEqual([['Finally', 'And']]);
  });

  it('a conclusion before the first point is part of the introduction', () => {
    const structure = structureOf('To sum up, the situation is grave.', 'First, a.', 'Second, b.', 'In conclusion, c.');
    expect(openings([structure.introduction])).toEqual([['To']]);
    expect(openings([structure.conclusion])).toEqual([['In']]);
  });

  it('closing formulas count only at the end; "Thank you, Mr. President." at the start is the salutation', () => {
    const structure = structureOf('Thank you, Mr. President.', 'We thank you for convening us.', 'First, a.', 'In conclusion, b.', 'Thank you.', 'Merci.');
    expect(structure.salutation.map((p) => p.text)).toEqual(['Thank you, Mr. President.']);
    expect(structure.closing.map((p) => p.text)).toEqual(['Thank you.', 'Merci.']);
  });

  it('leaves the conclusion out when there is none, and the introduction when the text opens with a point', () => {
    const structure = structureOf('First, a.', 'Second, b.', 'Thank you.');
    expect(structure.introduction).toBeUndefined();
    expect(structure.conclusion).toBeUndefined();
    expect(openings(structure.points)).toEqual([['First'], ['Second']]);
  });
});

describe('bodyStart', () => {
  it('is the salutation, after a header of short lines', () => {
    const paragraphs = paragraphsOf(sourceLines('A title\n\nSpeaker Name, Director\n\n6 June 2019, Geneva\n\nExcellencies,\n\nWe meet today.'));
    expect(bodyStart(paragraphs)).toBe(3);
  });

  it('is the first paragraph of prose when there is no salutation', () => {
    const text =
      'A title\n\nStatement by the Delegation of Chile, delivered at the 78th session of the General Assembly on 6 June 2019.\n\n' +
      'We meet at a difficult time for the region. Our economies are still recovering from the shocks of recent years.';
    expect(bodyStart(paragraphsOf(sourceLines(text)))).toBe(2);
  });

  it('is 0 when the text starts straight away', () => {
    expect(bodyStart(paragraphsOf(sourceLines('First, we act.\n\nSecond, we report.')))).toBe(0);
  });
});
