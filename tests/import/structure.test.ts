// Where the parts of a statement begin and end, from its paragraphs.
import { describe, expect, it } from 'vitest';
import { announcedCount } from '../../src/import/announced-count.js';
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

describe('points that no numbering marks', () => {
  const long = (opening: string) => `${opening} ${'the capacities of national institutions and of the communities they serve, '.repeat(2)}in every region.`;

  it('takes an announced count: "I would like to make three points", "cinco puntos", "ثلاث نقاط"', () => {
    expect(announcedCount('Mr. President, I would like to make three brief points.')).toBe(3);
    expect(announcedCount('Permettez-moi de formuler trois recommandations.')).toBe(3);
    expect(announcedCount('Quisiera referirme a cinco puntos.')).toBe(5);
    expect(announcedCount('وأود أن أتطرق إلى ثلاث نقاط.')).toBe(3);
    expect(announcedCount('وأود أن أثير نقطتين.')).toBe(2);
    expect(announcedCount('Three million people have fled.')).toBeUndefined();
  });

  it('an announced count and "My last point" give the last point, even with no conclusion after it', () => {
    const structure = structureOf(
      'I will make two points this morning, both about the funding of humanitarian action in the region.',
      'First, funding must arrive before a crisis peaks, not after it.',
      'My last point concerns the people we serve and the data we keep about them.',
    );
    expect(structure.announced).toBe(2);
    expect(openings(structure.points)).toEqual([['First'], ['My']]);
  });

  it.each([
    ['French', ['En renforçant', 'En investissant', 'Enfin, en soutenant']],
    ['Spanish', ['Promoviendo', 'Fortaleciendo', 'Garantizando']],
    ['Arabic', ['من خلال تعزيز', 'من خلال دعم', 'ومن خلال تمكين']],
  ])('%s: paragraphs that open the same way are the points', (_, openers) => {
    const structure = structureOf('Mr. President,', long('We meet to discuss'), ...openers.map(long), long('We will continue to work with all partners on'));
    expect(structure.pointsFound).toBe('parallel');
    expect(structure.points.map((point) => point.paragraphs[0]!.text.split(' ').slice(0, openers[0]!.split(' ').length).join(' '))).toHaveLength(3);
    expect(structure.points[2]!.paragraphs[0]!.text.startsWith(openers[2]!)).toBe(true);
  });

  it('finds "First, … Secondly, … Thirdly, …" inside one long paragraph, and keeps the text word for word', () => {
    const paragraph =
      'We have three concerns. First, the mandate is too broad for the resources it has been given. Secondly, the reporting comes too late to act on. Thirdly, the voices of the communities are missing from it.';
    const structure = structureOf('Mr. President,', paragraph, 'In conclusion, we ask the Council to act on all three.');
    expect(openings(structure.points)).toEqual([['First'], ['Secondly'], ['Thirdly']]);
    expect([structure.introduction!, ...structure.points].map((part) => part.paragraphs[0]!.text).join(' ')).toBe(paragraph);
  });

  it('"Finally" that opens a topic before another salutation is a part, not the conclusion', () => {
    const structure = structureOf(
      'السيد الرئيس،',
      'أود أن أشكر جميع أعضاء المجلس على المرونة والعمل البناء الذي مكننا اليوم من اعتماد هذا القرار الذي طال انتظاره كثيرا.',
      'السيد الرئيس،',
      'أخيرا، يرتقي مجلس الأمن لحجم المسؤوليات التي تقع عليه باعتباره المسؤول الأول عن حفظ السلم والأمن الدوليين في العالم.',
      'السيد الرئيس،',
      'عند التصويت على مشروع القرار الشهر الماضي وعدنا بأننا سنعود إلى هذا المجلس حتى يتحمل مسؤولياته كاملة غير منقوصة.',
      'ونحن اليوم نعود مع جميع الدول المنتخبة في رسالة واضحة للشعب الفلسطيني مفادها أن العالم لم يتخل عنه أبدا.',
    );
    expect(structure.pointsFound).toBe('grouped');
    expect(structure.points[0]!.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['السيد', 'أخيرا،']);
    expect(structure.conclusion!.paragraphs[0]!.text.startsWith('أخيرا')).toBe(false);
  });

  it('an "In conclusion" with most of the text after it (a verbatim record, another speaker) opens a part, not the conclusion', () => {
    const filler = 'Our delegation has followed the work of the Commission closely and supports its recommendations on the way forward. ';
    const structure = structureOf(
      filler.repeat(2),
      'In conclusion, we support the report.',
      filler.repeat(3),
      filler.repeat(3).replace('Our delegation', 'My Government'),
      'We thank the Chair for her leadership of this session.',
    );
    expect(structure.conclusion!.paragraphs[0]!.text.startsWith('In conclusion')).toBe(false);
  });

  it('when nothing marks the points, groups the paragraphs into drafts and never cuts inside a quotation', () => {
    const structure = structureOf(
      'I read the statement published tonight by the authorities of my country:',
      '"We deplore the chain of events that led to the strikes and the human cost they may have.',
      'We regret that the leaders did not show the spirit of cooperation the agreement called for."',
      'I would now like to thank the Secretary-General for the statement he issued this evening.',
      'Today again, the United Nations is reminded of its duty.',
    );
    expect(structure.pointsFound).toBe('grouped');
    expect(structure.conclusionIsDraft).toBe(true);
    expect(structure.points.map((point) => point.paragraphs.length)).toEqual([2, 1]);
  });
});
