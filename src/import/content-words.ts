// Which words carry meaning, and what each is as a key, so that "Migrants" and "migrant", "l'État" and "État" are
// the same word: drafting weighs sentences by these keys, grouping compares stretches of text by them.
import { isCommonWord, type ImportLanguage } from './language.js';
import { tokensOf } from './sentences.js';

/** A word reduced to what it means: lower case, no punctuation, no elided article, no plural "s", no Arabic vowel marks. */
export function keyOf(token: string, lang: ImportLanguage): string {
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
export function isContent(token: string, lang: ImportLanguage): boolean {
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
