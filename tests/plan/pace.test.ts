// Words and speaking time, as check, the deck's timings and the briefing's delivery line count them.
import { describe, expect, it, test } from 'vitest';
import { parseStatement } from '../../src/content/parse.js';
import { aboutMinutes, countWords, speakingSeconds, statementPace } from '../../src/plan/pace.js';
import { planBriefing } from '../../src/plan/briefing.js';
import { seedParagraphs, shippedSource } from '../helpers/project.js';

test('counts words as the language segments them', () => {
  expect(countWords('IOM’s unwavering commitment', 'en')).toBe(3);
  expect(countWords('high-level debate, API/PNR', 'en')).toBe(5);
  expect(countWords('تبادل المعلومات يعطل سفر الإرهابيين', 'ar')).toBe(5);
  expect(countWords('  ', 'en')).toBe(0);
});

test('the shipped statement takes about four minutes at 130 words a minute', () => {
  const statement = parseStatement(shippedSource, 'content/iom.md');
  const pace = statementPace(statement, 130);
  expect(pace.parts.map((part) => part.name)).toEqual(['salutation', 'introduction', 'point 1', 'point 2', 'point 3', 'conclusion', 'closing']);
  // Every word of the published statement is counted, once.
  const seedWords = seedParagraphs().reduce((sum, paragraph) => sum + countWords(paragraph, 'en'), 0);
  expect(pace.words).toBeLessThanOrEqual(seedWords);
  expect(pace.words).toBe(549);
  expect(pace.seconds).toBeCloseTo(speakingSeconds(549, 130));
  expect(aboutMinutes(pace.seconds)).toBe(4);
  expect(planBriefing(statement).delivery).toBe('Delivery:\u00a0about 4 minutes');
  expect(planBriefing(statement, { wordsPerMinute: 100 }).delivery).toBe('Delivery:\u00a0about 5 minutes');
});

describe('counting words', () => {
  const segmented = (text: string, lang: string) =>
    [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((segment) => segment.isWordLike).length;

  it.each([
    ['en', 'IOM’s high-level debate, on 6 June 2019 at 11:15 am – with 4,000 delegates (e.g. 12.5%).'],
    ['fr', 'L’Organisation internationale pour les migrations salue aujourd’hui ce débat de haut niveau.'],
    ['es', 'En primer lugar, la OIM acoge con beneplácito este debate de alto nivel.'],
    ['ar', 'أولاً، إن طبيعة المؤسسات الإجرامية، ولا سيما الاتجار بالبشر، تتطلب جهوداً أكثر تنسيقاً.'],
    ['en', "Flags 🏳️‍🌈🏳️‍🌈 and e\u0301te\u0301 and a,b and don't"],
    ['zh', '国际移民组织欢迎这次高级别辩论。'],
    ['ja', '国際移住機関はこの討論を歓迎します。'],
  ])('agrees with Intl.Segmenter in %s', (lang, text) => {
    expect(countWords(text, lang)).toBe(segmented(text, lang));
  });
});
