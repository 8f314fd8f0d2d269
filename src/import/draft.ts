// Drafts the slide text of each part from its own sentences: a headline of at most 8 words and 2–4 key messages
// of at most 15 words, each cut from the text as it stands (nothing is reworded). A word weighs more the more often
// its part uses it and the fewer other parts do; a sentence is as salient as its words.
import { contentKeys, isContent, keyOf } from './content-words.js';
import type { ImportLanguage } from './language.js';
import { isClosing, isSalutation } from './markers.js';
import { counted, debrisToken, hangsOnBefore, opensOnPronoun, phrase } from './phrase.js';
import { clausesOf, sentencesOf, tokensOf } from './sentences.js';

export interface SlideDraft {
  readonly headline: string;
  readonly keyMessages: readonly string[];
}

export interface PartText {
  /** The part's paragraphs, its opening marker ("First, ") left out. */
  readonly paragraphs: readonly string[];
}

const maxHeadlineWords = 8;
const maxMessageWords = 15;
const maxMessages = 4;

/** One draft per part, in order. The parts are drafted together so that a word common to all of them counts for little. */
export function draftSlides(parts: readonly PartText[], lang: ImportLanguage): SlideDraft[] {
  const sentencesOfPart = parts.map((part) => part.paragraphs.flatMap((paragraph) => sentencesOf(paragraph, lang)));
  const keysOfPart = sentencesOfPart.map((sentences) => sentences.flatMap((sentence) => contentKeys(sentence, lang)));
  const partsWith = new Map<string, number>();
  for (const keys of keysOfPart) for (const key of new Set(keys)) partsWith.set(key, (partsWith.get(key) ?? 0) + 1);

  return sentencesOfPart.map((sentences, i) => {
    const frequency = new Map<string, number>();
    for (const key of keysOfPart[i]!) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    const weight = (key: string) => (frequency.get(key) ?? 0) * Math.log((parts.length + 1) / ((partsWith.get(key) ?? 0) + 0.5));
    return draftOne(sentences, { lang, weight });
  });
}

interface Salience {
  readonly lang: ImportLanguage;
  weight(key: string): number;
}

function draftOne(sentences: readonly string[], salience: Salience): SlideDraft {
  // A sentence with a web address, markup or nothing but symbols is no slide text.
  // Nor is a salutation or a thank-you said in passing ("Thank you, Mr. President").
  const usable = sentences.filter((sentence) => !hasDebris(sentence) && /\p{L}{2}/u.test(sentence) && !isSalutation(sentence) && !isClosing(sentence));
  const pool = usable.length > 0 ? usable : sentences.map(withoutDebrisTokens).filter((sentence) => /\p{L}{2}/u.test(sentence));
  // One long sentence still gives two messages: its clauses stand in for sentences.
  const clauses = clausesAsUnits(pool[0] ?? '').filter((clause) => !isSalutation(clause) && !isClosing(clause));
  const units = pool.length >= 2 ? pool : clauses.length > 0 ? clauses : clausesAsUnits(pool[0] ?? '');
  const ranked = units
    .map((text, index) => ({ text, index, score: score(text, salience) * (index === 0 ? 1.2 : 1) * (opensOnPronoun(text, salience.lang) ? 0.5 : 1) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  // Two messages at least; up to four while a sentence carries at least half the weight of the best one.
  const top = ranked[0]?.score ?? 0;
  const chosen = ranked
    .filter((unit, rank) => rank < 2 || unit.score >= top / 2)
    .slice(0, maxMessages)
    .sort((a, b) => a.index - b.index);
  const keyMessages = [...new Set(chosen.map((unit) => shorten(unit.text, salience)).filter((text) => text !== ''))];
  const headline =
    headlineFrom(
      ranked.slice(0, 3).map((unit) => unit.text),
      salience,
    ) || openingDraft(units.join(' '), salience.lang).headline;
  return { headline, keyMessages };
}

/** The opening words of a text as a headline and a key message: for a part too short or too odd to draft from. */
export function openingDraft(text: string, lang: ImportLanguage): SlideDraft {
  const words = tokensOf(text);
  const headline = phrase(words, lang, { complete: true, max: maxHeadlineWords })?.text ?? '';
  const message = phrase(words, lang, { complete: true, max: maxMessageWords })?.text;
  return { headline, keyMessages: message ? [message] : [] };
}

function hasDebris(sentence: string): boolean {
  return tokensOf(sentence).some((token) => debrisToken.test(token));
}

function withoutDebrisTokens(sentence: string): string {
  return tokensOf(sentence)
    .filter((token) => !debrisToken.test(token))
    .join(' ');
}

/** The weight of the distinct meaningful words, over the square root of their number: dense beats long. */
function score(text: string, salience: Salience): number {
  const keys = contentKeys(text, salience.lang);
  const sum = [...new Set(keys)].reduce((total, key) => total + salience.weight(key), 0);
  return sum / Math.sqrt(Math.max(1, keys.length));
}

/** For a one-sentence part: its clauses, short ones joined to the next, as candidate messages. */
function clausesAsUnits(sentence: string): string[] {
  const units: string[] = [];
  let pending: string[] = [];
  for (const clause of clausesOf(sentence)) {
    // A clause that hangs on the one before ("which …", "الذي …") stays with it.
    if (pending.length === 0 && units.length > 0 && hangsOnBefore(clause)) {
      units[units.length - 1] += ` ${clause.join(' ')}`;
      continue;
    }
    pending.push(...clause);
    if (pending.length >= 4) {
      units.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length > 0) {
    if (units.length > 0) units[units.length - 1] += ` ${pending.join(' ')}`;
    else units.push(pending.join(' '));
  }
  return units;
}

/**
 * A sentence cut to at most 15 words: the whole sentence when it is that short; else the run of whole clauses, or
 * the opening words of a clause, that carries the most weight, ended with "…" when words after it are left out.
 * Runs from the start of the sentence, where its subject is, count for more.
 */
function shorten(sentence: string, salience: Salience): string {
  const clauses = clausesOf(sentence);
  const all = clauses.flat();
  const whole = phrase(all, salience.lang, { complete: true });
  if (whole && counted(whole.words, salience.lang) <= maxMessageWords) return whole.text;
  let best = { text: '', weight: -1 };
  const consider = (words: string[], weight: number, complete: boolean) => {
    const cut = phrase(words, salience.lang, { complete, max: maxMessageWords });
    if (cut && weight > best.weight) best = { text: cut.text, weight };
  };
  for (let i = 0; i < clauses.length; i++) {
    if (i > 0 && hangsOnBefore(clauses[i]!)) continue;
    const fromStart = i === 0 ? 1.3 : 1;
    const words: string[] = [];
    for (let j = i; j < clauses.length && counted([...words, ...clauses[j]!], salience.lang) <= maxMessageWords; j++) {
      words.push(...clauses[j]!);
      consider([...words], weightOf(words, salience) * fromStart, true);
    }
    const opening = clauses.slice(i).flat();
    consider(opening, weightOf(opening.slice(0, maxMessageWords), salience) * (i === 0 ? 1.1 : 0.8), false);
  }
  return best.text;
}

function weightOf(words: readonly string[], salience: Salience): number {
  const keys = new Set(words.filter((word) => isContent(word, salience.lang)).map((word) => keyOf(word, salience.lang)));
  return [...keys].reduce((total, key) => total + salience.weight(key), 0);
}

/**
 * A headline: the start of a clause of one of the most salient sentences, whole when it is at most 8 words, else its
 * weightiest opening cut at the end of a phrase and ended with "…".
 */
function headlineFrom(sentences: readonly string[], salience: Salience): string {
  let best: { text: string; weight: number } | undefined;
  for (const [rank, sentence] of sentences.entries()) {
    for (const [c, clause] of clausesOf(sentence).entries()) {
      if ((c > 0 && !clauseStarts(clause)) || hangsOnBefore(clause)) continue;
      const cut = phrase(clause, salience.lang, { complete: true, max: maxHeadlineWords });
      if (!cut || counted(cut.words, salience.lang) < 2) continue;
      const weight = (weightOf(cut.words, salience) / (rank + 1)) * (c === 0 ? 1.5 : 1) * (cut.text.endsWith('…') ? 0.8 : 1);
      if (!best || weight > best.weight + 1e-9) best = { text: cut.text, weight };
    }
  }
  return best?.text ?? '';
}

/** A clause that can open a headline: not a continuation that needs the clause before it ("which …", "and …" aside). */
function clauseStarts(clause: readonly string[]): boolean {
  return clause.length >= 2;
}

/** Exported for the title a statement without one gets: its first sentence as a headline. */
export function headlineOf(sentences: readonly string[], lang: ImportLanguage): string {
  return headlineFrom(sentences, { lang, weight: () => 1 });
}
