// The names of places in text written without capital letters. In English, French or Spanish the glossary finds a
// proper name by its capitals; Arabic script has none, so there it looks for the names the Unicode locale data (ICU,
// through Intl.DisplayNames) gives countries, territories, continents and the United Nations in the statement's
// language: "الجزائر", "الأمم المتحدة", "أفريقيا". A name is found with the one-letter words Arabic writes onto the next
// (و، ف، ب، ك، ل: "وللأمم المتحدة" is "and to the United Nations"), whatever the text's short vowels.

/** A place's name as the text may write it: its words, normalised, the first one without its article. */
interface PlaceName {
  /** The name as the locale data writes it: what the glossary lists. */
  readonly name: string;
  /** Whether the name begins with the article "ال". */
  readonly article: boolean;
  /** Its words after the first, normalised. */
  readonly rest: readonly string[];
}

/** The one-letter words that may be written onto a name, alone or two together ("وب", "فل"). */
const proclitics = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * UN M.49 areas worth naming: continents and their regions ("أفريقيا", "غرب آسيا"). Not 001, "the world", which a
 * text says as a common noun.
 */
const areas = '002 005 009 011 014 015 017 018 019 021 029 030 034 035 039 142 143 145 150 151 154 155 419'.split(' ');

/** "ZZ" is ICU's "unknown region", not a place. */
const notPlaces = new Set(['ZZ']);

const gazetteers = new Map<string, ReadonlyMap<string, readonly PlaceName[]>>();

/**
 * The places named in each of `paragraphs` (numbered from 1), as the locale data names them in `lang`, for a language
 * written in Arabic script; none for any other (in Latin script the glossary finds names by their capitals).
 */
export function placesNamed(paragraphs: readonly string[], lang: string): { name: string; paragraph: number }[] {
  const byFirstWord = gazetteer(lang);
  if (byFirstWord.size === 0) return [];
  const found: { name: string; paragraph: number }[] = [];
  paragraphs.forEach((text, index) => {
    const words = (text.match(/[\p{L}\p{M}]+/gu) ?? []).map(normalise);
    words.forEach((word, at) => {
      let best: PlaceName | undefined;
      for (const { core, article } of readings(word)) {
        for (const place of byFirstWord.get(core) ?? []) {
          const follows = place.rest.every((next, offset) => words[at + 1 + offset] === next);
          if (place.article === article && follows && place.rest.length >= (best?.rest.length ?? -1)) best = place;
        }
      }
      if (best) found.push({ name: best.name, paragraph: index + 1 });
    });
  });
  return found;
}

/** The ways to read `word` as a name's first word: without any one-letter words before it, with or without its article. */
function readings(word: string): { core: string; article: boolean }[] {
  const out: { core: string; article: boolean }[] = [];
  for (const prefix of proclitics) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const rest = word.slice(prefix.length);
    out.push({ core: rest, article: false });
    if (rest.startsWith('ال')) out.push({ core: rest.slice(2), article: true });
    // ل before the article drops its alef: ل + الأمم is written للأمم.
    if (prefix.endsWith('ل') && rest.startsWith('ل')) out.push({ core: rest.slice(1), article: true });
  }
  return out;
}

/** Place names by their first word (without the article), for a language written in Arabic script; else empty. */
function gazetteer(lang: string): ReadonlyMap<string, readonly PlaceName[]> {
  let made = gazetteers.get(lang);
  if (made) return made;
  const names = new Map<string, PlaceName[]>();
  if (new Intl.Locale(lang).maximize().script === 'Arab') {
    const caseless = (name: string) => /\p{L}/u.test(name) && !/[\p{Lu}\p{Ll}]/u.test(name);
    for (const full of regionNames(lang)) {
      const name = full.split('(')[0]!.trim();
      if (!name || !caseless(name) || name.includes(' - ')) continue;
      const [first = '', ...rest] = name.split(/\s+/u).map(normalise);
      const article = first.startsWith('ال') && first.length > 3;
      const key = article ? first.slice(2) : first;
      names.set(key, [...(names.get(key) ?? []), { name, article, rest }]);
    }
  }
  made = names;
  gazetteers.set(lang, made);
  return made;
}

const placeSets = new Map<string, ReadonlySet<string>>();

/**
 * Whether `text` is the name the locale data gives a country, territory or continent in `lang` ("Venezuela",
 * "Sudán"), whatever its case.
 */
export function isPlaceName(text: string, lang: string): boolean {
  let names = placeSets.get(lang);
  if (!names) {
    names = new Set(regionNames(lang).map((name) => comparable(name, lang)));
    placeSets.set(lang, names);
  }
  return names.has(comparable(text, lang));
}

/** A name as compared: in lower case, and "and" as the locale data may write it ("Trinidad & Tobago"). */
const comparable = (name: string, lang: string) => name.toLocaleLowerCase(lang).replace(/\s+(?:and|y|et|e)\s+/gu, ' & ');

/**
 * The names the locale data gives every country, territory and continent in `lang`. Loading them costs some 15 ms the
 * first time in a process: only a statement whose glossary asks does.
 */
function regionNames(lang: string): string[] {
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const codes = [...regionCodes(), ...areas].filter((code) => !notPlaces.has(code));
  return codes.map((code) => display.of(code)).filter((name): name is string => name !== undefined);
}

/** Every two-letter region code: AA to ZZ (the locale data names those that exist). */
function* regionCodes(): Generator<string> {
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) yield String.fromCharCode(first, second);
  }
}

/**
 * A word as it is compared: without short vowels and other marks, without the elongation stroke (tatweel), every
 * alef with a hamza or madda as a bare alef, final ى as ي and ة as ه, as writers and typesetters vary them.
 */
function normalise(word: string): string {
  return word
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}
