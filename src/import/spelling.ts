// How a word is matched however it is written: Arabic with or without its vowel marks and hamza, and the end of a
// word in any script. The importer's word lists in every language are built on these.

/** Arabic short vowels, tanween, shadda and tatweel: written or not, a word is the same word. */
const harakat = '[\\u064B-\\u065F\\u0670\\u0640]*';

/**
 * A pattern for an Arabic word or phrase that matches it with or without vowel marks and hamza on alef,
 * and unless `joined` is false, with a leading "و" or "ف" ("and", "so") written onto it.
 */
export function arabic(phrase: string, joined = true): string {
  const letters = [...phrase]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      if (ch === 'ا') return `[اأإآ]${harakat}`;
      if (ch === 'ي') return `[يى]${harakat}`;
      if (ch === 'ة') return `[ةه]${harakat}`;
      return `${ch}${harakat}`;
    })
    .join('');
  return joined ? `(?:[وف]${harakat})?${letters}` : letters;
}

/** The end of a word, for any script (`\b` only knows ASCII). */
export const wordEnd = '(?![\\p{L}\\p{N}])';
