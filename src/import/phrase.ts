// Where a draft may begin and end: never on a connective ("and", "qui", "و") or a pronoun that points back, never
// inside an English noun or verb phrase, nor between two Arabic words that are one phrase; cut on a word that carries
// meaning, and ended with "…". Words are counted as `lectern check` counts them against its budgets.
import { countWords } from '../plan/pace.js';
import { isContent } from './content-words.js';
import { englishTokens } from './english.js';
import type { ImportLanguage } from './language.js';
import { tokensOf } from './sentences.js';

/** A web address, an e-mail address, markup or a template tag: never part of a draft. */
export const debrisToken =
  /(?:https?:\/\/|www\.|\S+@\S+\.\w|<\/?[a-z][^>]*>|\{\{|\}\}|^[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]+$)/iu;

/** Words as `lectern check` counts them against its budgets ("high-level" is two); a closing "…" is no word. */
export function counted(words: readonly string[], lang: ImportLanguage): number {
  return countWords(words.join(' '), lang);
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
export function hangsOnBefore(clause: readonly string[]): boolean {
  const first = clause[0]?.toLocaleLowerCase().replace(/[^\p{L}]+/gu, '') ?? '';
  return relatives.test(first) || pronouns.test(first);
}

export function opensOnPronoun(text: string, lang: ImportLanguage): boolean {
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
export function phrase(
  input: readonly string[],
  lang: ImportLanguage,
  options: { complete: boolean; max?: number },
): { text: string; words: string[] } | undefined {
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
