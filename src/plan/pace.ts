// How long a statement takes to deliver: words counted as the statement's language segments them, at a speaking pace.
import type { Passage, Part, Statement } from '../content/statement.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** Words in `text`, as Intl.Segmenter finds them in `lang` ("IOM’s" is one word, "high-level" two). */
export function countWords(text: string, lang: string): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Seconds to say `words` words at `wordsPerMinute`. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return (words / wordsPerMinute) * 60;
}

/** One part of a statement as it is spoken. */
export interface PartPace {
  /** `salutation`, `introduction`, `point 1` …, `conclusion`, `closing`. */
  readonly name: string;
  /** Line of the part's heading (its `## ` headline, or its `# ` section for a passage). */
  readonly line: number;
  readonly words: number;
  readonly seconds: number;
}

export interface StatementPace {
  readonly wordsPerMinute: number;
  readonly parts: readonly PartPace[];
  readonly words: number;
  readonly seconds: number;
}

/** Word counts and speaking times of every spoken part of the statement, in order, and in total. */
export function statementPace(statement: Statement, wordsPerMinute: number): StatementPace {
  const lang = statement.meta.lang;
  const pace = (name: string, part: Passage | Part): PartPace => {
    const words = part.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph.text, lang), 0);
    return { name, line: part.line, words, seconds: speakingSeconds(words, wordsPerMinute) };
  };
  const parts = [
    ...(statement.salutation.paragraphs.length > 0 ? [pace('salutation', statement.salutation)] : []),
    pace('introduction', statement.introduction),
    ...statement.points.map((point, index) => pace(`point ${index + 1}`, point)),
    pace('conclusion', statement.conclusion),
    ...(statement.closing.paragraphs.length > 0 ? [pace('closing', statement.closing)] : []),
  ];
  const words = parts.reduce((sum, part) => sum + part.words, 0);
  return { wordsPerMinute, parts, words, seconds: speakingSeconds(words, wordsPerMinute) };
}

/** Whole minutes for "about N minutes": rounded, and never less than one. */
export function aboutMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
