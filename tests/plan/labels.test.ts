// The words Lectern adds, in each language it has labels for: counted forms chosen by Intl.PluralRules, each
// language's comma and colon, and numbers in the digits the statement's language tag uses.
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/content/parse.js';
import { planBriefing } from '../../src/plan/briefing.js';
import { planDeck } from '../../src/plan/deck.js';
import { planHandout } from '../../src/plan/handout.js';
import { labelsFor } from '../../src/plan/labels.js';
import { describeMeta, formatCount } from '../../src/plan/meta.js';
import { shippedSource } from '../helpers/project.js';

const languages = ['en', 'fr', 'es', 'ar'] as const;
const about = (minutes: number, lang: string) => formatCount(minutes, lang, labelsFor(lang), labelsFor(lang).aboutMinutes);

/** The shipped statement's header, in another language and digits. */
const meta = (lang: string) => describeMeta({ ...parseStatement(shippedSource, 'content/s.md').meta, lang, dir: lang.startsWith('ar') ? 'rtl' : 'ltr' });

describe('counted minutes', () => {
  it('agree with their number in Arabic: one, two, 3–10, 11–99, 100', () => {
    expect([1, 2, 3, 10, 11, 99, 100].map((n) => about(n, 'ar'))).toEqual([
      'دقيقة واحدة تقريباً',
      'دقيقتان تقريباً',
      '3 دقائق تقريباً',
      '10 دقائق تقريباً',
      '11 دقيقة تقريباً',
      '99 دقيقة تقريباً',
      '100 دقيقة تقريباً',
    ]);
  });

  it.each([
    ['en', 'about 1 minute', 'about 4 minutes'],
    ['fr', 'environ 1 minute', 'environ 4 minutes'],
    ['es', 'aproximadamente 1 minuto', 'aproximadamente 4 minutos'],
  ])('take the singular for one and the plural for more in %s', (lang, one, four) => {
    expect([about(1, lang), about(4, lang)]).toEqual([one, four]);
  });

  it('use the labels’ plural rules in a language Lectern has no labels for', () => {
    // Russian takes the form "one" for 21; the English labels have no such form for it.
    expect(about(21, 'ru')).toBe('about 21 minutes');
  });

  it('are written in the digits of the statement’s language tag', () => {
    expect(about(12, 'ar-EG')).toBe('١٢ دقيقة تقريباً');
    expect(about(12, 'ar')).toBe('12 دقيقة تقريباً');
  });
});

describe('the header’s lines', () => {
  it('join their parts with the Arabic comma in Arabic, and the Latin one elsewhere', () => {
    expect(meta('ar').byline).toBe('Kieran Gorman-Best، Senior Policy and Liaison Officer');
    expect(meta('ar').when).toBe('6 يونيو 2019، 11:15 am – 1:00 pm');
    expect(meta('ar').deliveredBy).toBe('Kieran Gorman-Best، Senior Policy and Liaison Officer، International Organization for Migration (IOM)');
    for (const lang of ['en', 'fr', 'es']) expect(meta(lang).byline).toBe('Kieran Gorman-Best, Senior Policy and Liaison Officer');
  });

  it('write dates in the digits of the language tag: Latin for ar, Arabic-Indic for ar-EG', () => {
    expect(meta('ar').dateText).toBe('6 يونيو 2019');
    expect(meta('ar').counterStyle).toBe('decimal');
    expect(meta('ar-EG').dateText).toBe('٦ يونيو ٢٠١٩');
    expect(meta('ar-EG').counterStyle).toBe('arabic-indic');
  });
});

describe.each(languages)('every label in %s', (lang) => {
  const statement = parseStatement(shippedSource.replace('lang: en', `lang: ${lang}`), 'content/s.md');
  const arabic = lang === 'ar';

  it('puts the language’s own colon and comma in the briefing’s facts and delivery line', () => {
    const briefing = planBriefing(statement);
    const labelled = [...briefing.facts.map((fact) => fact.term), briefing.delivery];
    for (const text of labelled) expect(text).toMatch(lang === 'fr' ? /\u00a0:/ : /[^\s\u00a0]:/);
    // What Lectern joins, without the statement's own text (its venue has a comma of its own).
    const joined = [...briefing.facts.map((fact) => fact.value), briefing.delivery].join(' ').replace(statement.meta.venue!, '');
    if (arabic) expect(joined).not.toMatch(/,/);
    // A label stays with its value: a no-break space joins them.
    expect(briefing.delivery).toMatch(/:\u00a0/);
  });

  it('numbers the slides of the handout in the language', () => {
    const deck = planDeck(statement);
    const { sheets } = planHandout(deck, { layout: 2, paper: 'a4' });
    const labels = sheets.flatMap((sheet) => sheet.items.map((item) => item.label));
    expect(labels[0]).toBe(labelsFor(lang).slide('1', String(deck.slides.length)));
  });
});

it('the comma of Arabic is the Arabic comma, and every other language’s the Latin one', () => {
  expect(languages.map((lang) => labelsFor(lang).comma)).toEqual([', ', ', ', ', ', '، ']);
});
