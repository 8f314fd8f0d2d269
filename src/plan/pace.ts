// How long a statement takes to deliver: words counted as the statement's language segments them, at a speaking pace.
import type { Passage, Part, Statement } from '../content/statement.js';
import { keptOr } from '../kept.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** Scripts written without spaces between words: only a dictionary-based segmenter finds their words. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * A word as Intl.Segmenter finds one in a spaced script: letters and digits (with their combining marks),
 * joined across an apostrophe or a full stop ("IOM’s", "e.g"), and a comma between digits ("4,000"); a hyphen,
 * a colon or a space ends it ("high-level" is two words, "11:15" two).
 */
const spacedWord = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[’'.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * Words in `text`, as Intl.Segmenter finds them in `lang` ("IOM’s" is one word, "high-level" two).
 * Text in spaced scripts is counted with a pattern that agrees with the segmenter and is twenty times faster;
 * the segmenter itself counts Chinese, Japanese, Thai and the like.
 */
export function countWords(text: string, lang: string): number {
  // The deck's timings and the briefing's speaking time count the same paragraphs: each is counted once.
  return keptOr(counted, `${lang}\0${text}`, countsKept, () => count(text, lang));
}

/** Counts kept: a few statements' paragraphs. */
const countsKept = 1_000;
const counted = new Map<string, number>();

function count(text: string, lang: string): number {
  if (!unspaced.test(text)) return text.match(spacedWord)?.length ?? 0;
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
