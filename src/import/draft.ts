// Drafts the slide text of each part from its own sentences: a headline of at most 8 words and 2–4 key messages
// of at most 15 words, each cut from the text as it stands (nothing is reworded). A word weighs more the more often
// its part uses it and the fewer other parts do; a sentence is as salient as its words.
import { countWords } from '../plan/pace.js';
import { englishTokens } from './english.js';
import { isCommonWord, type ImportLanguage } from './language.js';
import { isClosing, isSalutation } from './markers.js';

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

/** A web address, an e-mail address, markup or a template tag: never part of a draft. */
const debrisToken =
  /(?:https?:\/\/|www\.|\S+@\S+\.\w|<\/?[a-z][^>]*>|\{\{|\}\}|^[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]+$)/iu;

function hasDebris(sentence: string): boolean {
  return tokensOf(sentence).some((token) => debrisToken.test(token));
}

function withoutDebrisTokens(sentence: string): string {
  return tokensOf(sentence)
    .filter((token) => !debrisToken.test(token))
    .join(' ');
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

/** The meaningful words of `text`, each reduced to its key. */
export function contentKeys(text: string, lang: ImportLanguage): string[] {
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

/** Words as `lectern check` counts them against its budgets ("high-level" is two); a closing "…" is no word. */
function counted(words: readonly string[], lang: ImportLanguage): number {
  return countWords(words.join(' '), lang);
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

const connectives = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'then',
  'also',
  'which',
  'as',
  'while',
  'because',
  'whereas',
  'where',
  'who',
  'that',
  'et',
  'mais',
  'ou',
  'donc',
  'puis',
  'qui',
  'que',
  'dont',
  'car',
  'y',
  'e',
  'pero',
  'o',
  'u',
  'pues',
  'cual',
  'porque',
  'donde',
  'quien',
  'و',
  'ثم',
  'أو',
  'او',
  'لكن',
  'ف',
]);

/** Pronouns that point back to what came before: a draft never opens on one. */
const pronouns =
  /^(?:it|this|that|these|those|they|he|she|its|il|elle|ils|elles|cela|ceci|ce|celle|celui|ello|esto|eso|esta|este|ella|ellos|ellas|هذا|هذه|ذلك|تلك|هو|هي|هم)$/iu;
/** Relative pronouns: a clause opening on one hangs on the clause before it. */
const relatives =
  /^(?:which|who|whom|whose|that|qui|que|dont|lequel|laquelle|lesquels|quien|quienes|cual|cuales|cuyo|cuya|الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)$/iu;

/** Opens on a word that points back to the clause before: a relative or a pronoun. */
function hangsOnBefore(clause: readonly string[]): boolean {
  const first = clause[0]?.toLocaleLowerCase().replace(/[^\p{L}]+/gu, '') ?? '';
  return relatives.test(first) || pronouns.test(first);
}

function opensOnPronoun(text: string, lang: ImportLanguage): boolean {
  const first = tokensOf(text)[0]?.replace(/[^\p{L}]+/gu, '') ?? '';
  if (!pronouns.test(first)) return false;
  // "That report …" opens on a determiner, "That is why …" on a pronoun: the tagger tells them apart.
  if (lang === 'en') {
    const tokens = englishTokens(text);
    if (tokens) return tokens[0]?.pronoun === true && pronouns.test(first);
  }
  return pronouns.test(first);
}

/** Arabic "and" or "so" written onto the first word: "وفي", "وبأن", "فالأمم". */
function withoutJoinedConjunction(word: string): string | undefined {
  const rest = /^[وف](.+)$/u.exec(word)?.[1];
  if (!rest || rest.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  return /^(?:ال|في|من|على|إلى|الى|أن|ان|إن|لا|لم|لن|قد|بأن|بان|لأن|كما|هو|هي|نحن|هذا|هذه|ما|ل|ب|ت|ي|ن)/u.test(rest) ? rest : undefined;
}

/** Arabic phrases of two words that are never cut between: "من أجل" (for), "على الرغم" (despite) … */
const boundPairs = [
  ['من', 'أجل'],
  ['على', 'الرغم'],
  ['بالرغم', 'من'],
  ['إلى', 'جانب'],
  ['في', 'إطار'],
  ['بما', 'في'],
  ['في', 'ذلك'],
  ['عن', 'طريق'],
] as const;

/**
 * Words as a draft: from a phrase boundary (leading conjunctions dropped, never on the second word of "من أجل"), to
 * the end when `complete` and it fits, else cut to fit `max` at the end of a phrase, on a word that carries meaning,
 * and ended with "…". The first letter is a capital. Undefined when nothing is left.
 */
function phrase(input: readonly string[], lang: ImportLanguage, options: { complete: boolean; max?: number }): { text: string; words: string[] } | undefined {
  const words = [...input].filter((word) => !debrisToken.test(word));
  while (words.length > 1 && connectives.has(words[0]!.toLocaleLowerCase(lang).replace(/[^\p{L}]+$/u, ''))) words.shift();
  if (lang === 'ar' && words.length > 1) {
    const bare = withoutJoinedConjunction(words[0]!);
    if (bare) words[0] = bare;
  }
  if (words.length === 0) return undefined;
  const max = options.max ?? Infinity;
  let cut = options.complete && counted(words, lang) <= max ? words.length : 0;
  if (cut === 0) {
    // A word counts at least once, so more than twice the budget of words never fits.
    cut = Math.min(words.length, Number.isFinite(max) ? max * 2 : words.length);
    while (cut > 0 && counted(words.slice(0, cut), lang) > max) cut--;
    const english = lang === 'en' ? englishTokens(words.slice(0, Math.min(words.length, cut + 1)).join(' ')) : undefined;
    const goodEnd = (n: number) => {
      const last = words[n - 1]!;
      const next = words[n];
      if (!isContent(last, lang) && !/\p{N}/u.test(last)) return false;
      if (english?.[n - 1]?.phraseGoesOn) return false;
      if (lang === 'ar' && next !== undefined && boundPairs.some(([first, second]) => last === first && next === second)) return false;
      return true;
    };
    while (cut > 1 && !goodEnd(cut)) cut--;
    if (cut === 0) return undefined;
  }
  const kept = words.slice(0, cut);
  const trimmed = cut < words.length;
  let text = kept
    .join(' ')
    .replace(/^[\s,;:.،؛–—-]+/u, '')
    .replace(/[\s,;:.،؛–—-]+$/u, '');
  // A quotation mark at either end stays only when it pairs with one inside: „…“, ”…“ and “…” alike.
  const quotes = (value: string) => value.match(/["“”«»„]/gu)?.length ?? 0;
  if (quotes(text) % 2 === 1) text = /^["“”«»„(]/u.test(text) ? text.slice(1) : text.replace(/\s*["“”«»„(]$/u, '');
  text = text.replace(/^\(([^)]*)$/u, '$1').trim();
  if (text === '' || !/\p{L}/u.test(text)) return undefined;
  text = text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  return { text: trimmed ? `${text}…` : text, words: kept };
}
