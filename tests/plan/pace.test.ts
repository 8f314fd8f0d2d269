// Words and speaking time, as check, the deck's timings and the briefing's delivery line count them.
import { expect, test } from 'vitest';
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
  expect(planBriefing(statement).delivery).toBe('Delivery: about 4 minutes');
  expect(planBriefing(statement, { wordsPerMinute: 100 }).delivery).toBe('Delivery: about 5 minutes');
});
