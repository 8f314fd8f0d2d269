// The words that open points, the conclusion and the closing, and the phrases that only look like them.
import { describe, expect, it } from 'vitest';
import { isClosing, isSalutation, markerOf } from '../../src/import/markers.js';

const point = (text: string) => {
  const marker = markerOf(text);
  return marker?.kind === 'point' ? { family: marker.family, value: marker.value } : marker?.kind;
};

describe('point openers', () => {
  it.each([
    ['First, the nature of criminal enterprises', 'ordinal', 1],
    ['Firstly, health systems must be inclusive.', 'ordinal', 1],
    ['First of all, we thank the Chair.', 'ordinal', 1],
    ['Second, comprehensive efforts', 'ordinal', 2],
    ['Secondly we need better data.', 'ordinal', 2],
    ['Third: protection.', 'ordinal', 3],
    ['Fifthly, and finally on this,', 'ordinal', 5],
    ['Tenth, the last item.', 'ordinal', 10],
    ['My first point concerns financing.', 'ordinal', 1],
    ['My second point is about climate.', 'ordinal', 2],
    ['The fifth and final point is on data.', 'ordinal', 5],
    ['Premièrement, la traite', 'ordinal', 1],
    ['En premier lieu, nous', 'ordinal', 1],
    ['Deuxièmement, la gestion', 'ordinal', 2],
    ['En second lieu, la gestion', 'ordinal', 2],
    ['Troisièmement, il faut', 'ordinal', 3],
    ['Mon deuxième point porte sur', 'ordinal', 2],
    ['En primer lugar, la trata', 'ordinal', 1],
    ['Primero, la trata', 'ordinal', 1],
    ['Segundo, la gestión', 'ordinal', 2],
    ['En tercer lugar, debemos', 'ordinal', 3],
    ['Tercero: las víctimas', 'ordinal', 3],
    ['Mi segundo punto es', 'ordinal', 2],
    ['أولاً، تتطلب مكافحة', 'ordinal', 1],
    ['أولا تتطلب مكافحة', 'ordinal', 1],
    ['ثانياً، يجب أن', 'ordinal', 2],
    ['وثالثاً، ينبغي', 'ordinal', 3],
    ['عاشراً، وأخيراً', 'ordinal', 10],
    ['1. Fund the pipeline early.', 'numeral', 1],
    ['2) Make funding flexible.', 'numeral', 2],
    ['(3) Invest in prevention.', 'numeral', 3],
    ['٢. الإدارة', 'numeral', 2],
    ['I. Access to asylum', 'roman', 1],
    ['IV) Solutions', 'roman', 4],
    ['IX. Data', 'roman', 9],
  ] as const)('%s', (text, family, value) => {
    expect(point(text)).toEqual({ family, value });
  });

  it('an initial that looks like a Roman numeral is only a candidate: the sequence decides (see structure tests)', () => {
    expect(point('V. Putin is not in the room.')).toEqual({ family: 'roman', value: 5 });
  });

  it('"My next point" takes the next number', () => {
    expect(point('My next point is about data.')).toEqual({ family: 'ordinal', value: 'next' });
  });

  it.each([
    'For the first time in a decade, poverty has risen.',
    'The second half of the year brought some relief.',
    'Second Committee members know this is not new.',
    'First Lady of the Republic, Mrs. Obi, opened the session.',
    'First-time participants are welcome.',
    'The first time it was made in this room was twenty years ago.',
    'Secondary schools must stay open.',
    'Firstness is not a word we use.',
    'A second opinion helps.',
    'We first met in 2019. Second, we agreed.',
    'Primera vez que hablamos.',
    'Premier ministre, merci.',
    'I would like to thank the Chair.',
    'IIII. Not a numeral',
    '2019. A year of change.',
    'In the first half of the year, trade fell.',
  ])('"%s" opens no point', (text) => {
    expect(point(text)).toBeUndefined();
  });

  it('a numbered heading carries its heading; a numbered sentence does not', () => {
    expect(markerOf('II. Access to asylum')).toMatchObject({ kind: 'point', heading: 'Access to asylum' });
    expect(markerOf('1. Fund the pipeline early.')).not.toHaveProperty('heading');
    expect(markerOf('I. Introduction')).toMatchObject({ kind: 'introduction', value: 1 });
    expect(markerOf('IV. Conclusion')).toMatchObject({ kind: 'conclusion', heading: 'Conclusion' });
    expect(markerOf('Conclusions and recommendations')).toMatchObject({ kind: 'conclusion' });
  });
});

describe('conclusion and "finally"', () => {
  it.each([
    'In conclusion, we in IOM strongly believe',
    'In conclusion I would add',
    'To conclude, WHO will keep working',
    'In closing, we count on the Board.',
    'Let me conclude by thanking you.',
    'En conclusion, l’OIM est prête',
    'Pour conclure, nous',
    'En conclusión, la OIM',
    'Para concluir, quisiera',
    'وفي الختام، تقف المنظمة',
    'في الختام نؤكد',
    'ختاماً، نؤكد',
  ])('"%s" opens the conclusion', (text) => {
    expect(markerOf(text)?.kind).toBe('conclusion');
  });

  it.each([
    'Finally, Mr. Chair,',
    'Lastly, we',
    'Last but not least, data.',
    'My final point is',
    'Enfin, le renforcement',
    'Por último, debemos',
    'Finalmente, las',
    'وأخيراً، نؤكد',
  ])('"%s" is "finally"', (text) => {
    expect(markerOf(text)?.kind).toBe('finally');
  });

  it.each(['In closing the gap, we must act.', 'To conclude an agreement takes time.', 'Finality is not the goal.', 'Conclusion of the agreement is near.'])(
    '"%s" is neither',
    (text) => {
      expect(markerOf(text)).toBeUndefined();
    },
  );
});

describe('closing formulas', () => {
  it.each([
    'I thank you.',
    'Thank you.',
    'Thank you, Mr. President.',
    'Thank you for your attention.',
    'Je vous remercie.',
    'Merci.',
    'Muchas gracias.',
    'Gracias, señor Presidente.',
    'شكراً.',
    'وشكراً لكم.',
    'أشكركم.',
  ])('"%s"', (text) => {
    expect(isClosing(text)).toBe(true);
  });

  it.each([
    'Thanks to our partners, we achieved a lot.',
    'Thank you to the Member States who have supported IOM throughout the many years of its work with regional organizations and all others.',
    'We thank you all.',
  ])('"%s" is not one', (text) => {
    expect(isClosing(text)).toBe(false);
  });
});

describe('salutations', () => {
  it.each([
    'Excellencies, distinguished delegates, ladies and gentlemen,',
    'Mr. President,',
    'Madam Chair, distinguished delegates,',
    'Thank you, Madam Chair.',
    'Monsieur le Président, Excellences, Mesdames et Messieurs,',
    'Señor Presidente, Excelencias, señoras y señores:',
    'أصحاب السعادة، السيدات والسادة المندوبون الموقرون،',
    'السيد الرئيس،',
  ])('"%s"', (text) => {
    expect(isSalutation(text)).toBe(true);
  });

  it.each([
    'Mr. President, I have the honour to speak on behalf of the Group of 77 and China.',
    'Ms. Anna Koval, Chief, Organized Crime Branch',
    'Madame Claire Dubois, Directrice',
    'Distinguished delegates have long recognized that migration is a shared responsibility.',
  ])('"%s" is not one', (text) => {
    expect(isSalutation(text)).toBe(false);
  });
});
