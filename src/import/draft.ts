// Drafts the slide text of each part from its own sentences: a headline of at most 8 words and 2–4 key messages
// of at most 15 words, each cut from the text as it stands (nothing is reworded). A word weighs more the more often
// its part uses it and the fewer other parts do; a sentence is as salient as its words.
import { isCommonWord, type ImportLanguage } from './language.js';

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
  // One long sentence still gives two messages: its clauses stand in for sentences.
  const units = sentences.length >= 2 ? sentences : clausesAsUnits(sentences[0] ?? '');
  const ranked = units
    .map((text, index) => ({ text, index, score: score(text, salience) * (index === 0 ? 1.2 : 1) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  // Two messages at least; up to four while a sentence carries at least half the weight of the best one.
  const top = ranked[0]?.score ?? 0;
  const chosen = ranked
    .filter((unit, rank) => rank < 2 || unit.score >= top / 2)
    .slice(0, maxMessages)
    .sort((a, b) => a.index - b.index);
  const keyMessages = [...new Set(chosen.map((unit) => shorten(unit.text, salience)).filter((text) => text !== ''))];
  const headline =
    headlineOf(
      ranked.slice(0, 2).map((unit) => unit.text),
      salience,
    ) ||
    keyMessages[0]?.split(/\s+/u).slice(0, maxHeadlineWords).join(' ') ||
    '';
  return { headline, keyMessages };
}

/** Sentences, by the platform's own sentence segmenter; "Mr. President" and other abbreviations do not end one. */
export function sentencesOf(paragraph: string, lang: ImportLanguage): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const piece of piecesOf(paragraph)) {
    for (const { segment } of segmenter.segment(piece)) {
      const previous = sentences.at(-1);
      if (previous !== undefined && endsWithAbbreviation(previous)) sentences[sentences.length - 1] = `${previous} ${segment.trim()}`;
      else if (segment.trim() !== '') sentences.push(segment.trim());
    }
  }
  return sentences;
}

/** Intl.Segmenter slows down sharply on very long strings, so a long paragraph goes to it in pieces cut after a full stop. */
function piecesOf(paragraph: string, size = 2000): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (paragraph.length - start > size) {
    const window = paragraph.slice(start + size, start + 3 * size);
    const cut = /[.!?؟…]["”’»)\]]*\s+/u.exec(window) ?? /\s+/u.exec(window);
    if (!cut) break;
    const end = start + size + cut.index + cut[0].length;
    pieces.push(paragraph.slice(start, end));
    start = end;
  }
  pieces.push(paragraph.slice(start));
  return pieces;
}

function endsWithAbbreviation(sentence: string): boolean {
  return (
    /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Dra|St|No|Nos|Art|Arts|para|paras|vol|pp?|cf|vs|e\.g|i\.e|H\.E|S\.E|M|Mme|Mlle|MM|Excmo|Excma|Jr|approx)\.$/iu.test(
      sentence,
    ) || /(?:^|\s)\p{Lu}\.$/u.test(sentence)
  );
}

/** A word reduced to what it means: lower case, no punctuation, no elided article, no plural "s", no Arabic vowel marks. */
function keyOf(token: string, lang: ImportLanguage): string {
  let key = token.toLocaleLowerCase(lang).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (lang === 'ar') {
    key = key.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآ]/gu, 'ا');
    if (key.length > 3 && key.startsWith('و')) key = key.slice(1);
    if (key.length > 4 && key.startsWith('ال')) key = key.slice(2);
    return key;
  }
  key = key.replace(/^(?:l|d|qu|n|s|j|c)['’](?=\p{L})/u, '').replace(/['’]s$/u, '');
  if (key.length > 4 && /[^su]s$/u.test(key) && !/(?:ss|is|us)$/u.test(key)) key = key.slice(0, -1);
  return key;
}

/** A word that carries meaning: not one of the language's common words, and not a bare number. */
function isContent(token: string, lang: ImportLanguage): boolean {
  const key = keyOf(token, lang);
  if (key === '' || !/\p{L}/u.test(key)) return false;
  const plain = token.toLocaleLowerCase(lang).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (isCommonWord(plain, lang) || isCommonWord(key, lang)) return false;
  return key.length >= 3 || /^\p{Lu}{2,}/u.test(token);
}

function contentKeys(text: string, lang: ImportLanguage): string[] {
  return tokensOf(text)
    .filter((token) => isContent(token, lang))
    .map((token) => keyOf(token, lang));
}

function tokensOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}

/** The weight of the distinct meaningful words, over the square root of their number: dense beats long. */
function score(text: string, salience: Salience): number {
  const keys = contentKeys(text, salience.lang);
  const sum = [...new Set(keys)].reduce((total, key) => total + salience.weight(key), 0);
  return sum / Math.sqrt(Math.max(1, keys.length));
}

/** Splits after a comma, semicolon, colon or dash, and at parentheses: the places a sentence can be cut and still read. */
function clausesOf(sentence: string): string[][] {
  const clauses: string[][] = [[]];
  for (const token of tokensOf(sentence)) {
    if (/^[–—-]$/u.test(token)) {
      clauses.push([]);
      continue;
    }
    if (token.startsWith('(') && clauses.at(-1)!.length > 0) clauses.push([]);
    clauses.at(-1)!.push(token);
    if (/[,;:،؛)]["”’»]?$/u.test(token)) clauses.push([]);
  }
  return clauses.filter((clause) => clause.length > 0);
}

/** For a one-sentence part: its clauses, short ones joined to the next, as candidate messages. */
function clausesAsUnits(sentence: string): string[] {
  const units: string[] = [];
  let pending: string[] = [];
  for (const clause of clausesOf(sentence)) {
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
 * the opening words of a clause ended with "…", that carries the most weight. Runs from the start of the sentence,
 * where its subject is, count for more.
 */
function shorten(sentence: string, salience: Salience): string {
  const clauses = clausesOf(sentence);
  const all = clauses.flat();
  if (all.length <= maxMessageWords) return tidy(all, salience.lang);
  let best = { text: '', weight: -1 };
  const consider = (words: string[], weight: number, cut: boolean) => {
    const text = tidy(words, salience.lang);
    if (text !== '' && weight > best.weight) best = { text: cut ? `${text}…` : text, weight };
  };
  for (let i = 0; i < clauses.length; i++) {
    const fromStart = i === 0 ? 1.3 : 1;
    const words: string[] = [];
    for (let j = i; j < clauses.length && words.length + clauses[j]!.length <= maxMessageWords; j++) {
      words.push(...clauses[j]!);
      consider([...words], weightOf(words, salience) * fromStart, false);
    }
    const opening = clauses
      .slice(i)
      .flat()
      .slice(0, maxMessageWords - 1);
    while (opening.length > 1 && !isContent(opening.at(-1)!, salience.lang)) opening.pop();
    consider(opening, weightOf(opening, salience) * (i === 0 ? 1.1 : 0.8), true);
  }
  return best.text;
}

function weightOf(words: readonly string[], salience: Salience): number {
  const keys = new Set(words.filter((word) => isContent(word, salience.lang)).map((word) => keyOf(word, salience.lang)));
  return [...keys].reduce((total, key) => total + salience.weight(key), 0);
}

/**
 * A headline: the 2–8 consecutive words within one clause of the most salient sentences that weigh most. It starts
 * and ends on a meaningful word, at the edge of a phrase: the clause's edge or a common word ("of", "the", "to").
 */
function headlineOf(sentences: readonly string[], salience: Salience): string {
  let best: { words: string[]; weight: number } | undefined;
  const content = (word: string | undefined) => word !== undefined && isContent(word, salience.lang);
  for (const sentence of sentences) {
    for (const clause of clausesOf(sentence)) {
      for (let start = 0; start < clause.length; start++) {
        if (!content(clause[start]) || content(clause[start - 1])) continue;
        for (let end = start + 1; end < Math.min(clause.length, start + maxHeadlineWords); end++) {
          if (!content(clause[end]) || content(clause[end + 1])) continue;
          const words = clause.slice(start, end + 1);
          const weight = weightOf(words, salience) * (start === 0 ? 1.1 : 1);
          if (!best || weight > best.weight + 1e-9) best = { words, weight };
        }
      }
    }
  }
  return best ? tidy(best.words, salience.lang) : '';
}

const connectives = new Set([
  'and',
  'but',
  'or',
  'which',
  'as',
  'while',
  'so',
  'because',
  'whereas',
  'where',
  'who',
  'et',
  'mais',
  'ou',
  'qui',
  'que',
  'dont',
  'car',
  'y',
  'pero',
  'o',
  'cual',
  'porque',
  'donde',
  'quien',
]);

/** Words back into text: connectives at the start and punctuation at the end dropped, the first letter a capital. */
function tidy(words: readonly string[], lang: ImportLanguage): string {
  const kept = [...words];
  // Only a connective in lower case: "WHO will …" starts with a name, not with "who".
  while (kept.length > 1 && connectives.has(kept[0]!)) kept.shift();
  while (
    kept.length > 1 &&
    isCommonWord(
      kept
        .at(-1)!
        .toLocaleLowerCase(lang)
        .replace(/[^\p{L}]+$/u, ''),
      lang,
    )
  )
    kept.pop();
  const text = kept
    .join(' ')
    .replace(/^[\s,;:.،؛–—-]+/u, '')
    .replace(/[\s,;:.،؛–—-]+$/u, '')
    .replace(/^[("“«]+(?=[^)"”»]*$)/u, '')
    .replace(/\s*[(“"«]$/u, '');
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
