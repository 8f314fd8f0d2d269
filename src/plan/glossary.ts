// What interpreters prepare before a statement: the proper names, acronyms and numbers in its text, each with the
// paragraphs it occurs in. Taken from the text alone, in any language written in Latin or Arabic script: names by their
// capitals, or in a script without capitals, the places the locale data names (see place-names.ts).
import { formatNumber } from './meta.js';
import { isPlaceName, placesNamed } from './place-names.js';

export interface GlossaryEntry {
  readonly text: string;
  /** The paragraphs it occurs in, as numbered in the delivery pack: "3, 7". */
  readonly paragraphs: string;
}

export interface Glossary {
  readonly names: readonly GlossaryEntry[];
  readonly acronyms: readonly GlossaryEntry[];
  readonly numbers: readonly GlossaryEntry[];
}

/** Small words that may join the capitalised words of one name: "Organization for Migration", "Banco de la Nación". */
const joiners = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'del', 'y', 'et', 'da', 'do', 'e', "d'", "l'"]);

/** Units that belong with a number: "30 per cent", "2 millions". Sticky: tried where the number ends. */
const units = /\s?(?:%|per cent|percent|pour cent|por ciento|million|millions|billion|billions|milliards?|millones|mil millones|مليون|مليار|في المائة)/uy;

/** Punctuation that ends a sentence, and punctuation that ends a name without ending the sentence. */
const sentenceEnds = new Set(['.', '!', '?', '؟', ';', ':']);
const nameBreaks = new Set([',', '،', '(', ')', '«', '»', '"', '“', '”', '[', ']', '–', '—']);

/**
 * Titles written before a name, not part of it, whose full stop ends no sentence: "Mr. Aziz", "Sra. Bachelet", "H.E."
 * (His or Her Excellency; "S.E.", Son Excellence or Su Excelencia). So is a capital alone with a full stop
 * ("M. Delattre"), unless it is an initial within a name ("John F. Kennedy").
 */
const titles = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Mme', 'Mlle', 'MM', 'Sr', 'Sra', 'Srta', 'Dra', 'Dña', 'Excmo', 'Excma', 'H.E.', 'S.E.']);

/** "XXI", "IV": a Roman numeral of two letters or more, not an acronym: a number, or part of a name ("World War II"). */
const romanNumeral = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** A French article or preposition elided onto a capitalised word: the "l’" of "l’Irak". */
const elision = /^(?:[dl]|qu)['’](?=\p{Lu})/iu;

/** A hyphen and digits right after an acronym: the "-19" of "COVID-19". Sticky: tried where the acronym ends. */
const numberedAcronym = /-\p{Nd}+(?![\p{Nd}\/.,]\p{Nd})/uy;

/** "U.S.", "U.K.": an acronym written with full stops, one token. */
const dottedAcronym = /^\p{Lu}\.(?:\p{Lu}\.)+$/u;

const acronymPattern = /^\p{Lu}[\p{Lu}\d]*(?:[/&-][\p{Lu}\d]+)*$/u;
const tokenPattern = /\p{Lu}\.(?:\p{Lu}\.)+|\p{L}[\p{L}\p{M}'’/-]*\p{L}|\p{L}|\p{Nd}[\p{Nd},.\/]*\p{Nd}|\p{Nd}|[.!?؟;:]|[,،()«»"“”[\]–—]/gu;

/** The names, acronyms and numbers of `paragraphs` (texts in order, numbered from 1). */
export function buildGlossary(paragraphs: readonly string[], lang: string): Glossary {
  const names = new Occurrences(lang);
  const acronyms = new Occurrences(lang);
  const numbers = new Occurrences(lang);
  const capitalisedMidSentence = new Set<string>();
  /** Runs of capitalised words that open a sentence: settled once the whole text is read. */
  const sentenceStarts: { words: string[]; paragraph: number }[] = [];

  paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    let run: string[] = [];
    let atStart = true;
    let runAtStart = false;
    /** The word before was a title or an initial: a full stop after it ends no sentence. */
    let afterTitle = false;
    const endRun = () => {
      while (run.length > 0 && joiners.has(run.at(-1)!.toLowerCase())) run.pop();
      if (runAtStart && run.length > 0) sentenceStarts.push({ words: run, paragraph });
      else if (run.length > 0) for (const name of namesIn(run, lang)) names.add(name, paragraph);
      run = [];
    };
    /** A word that is no name: it joins the name being read ("of", "de"), or ends it. */
    const joinOrEnd = (word: string) => {
      if (run.length > 0 && joiners.has(word.toLowerCase())) run.push(word);
      else endRun();
    };
    tokenPattern.lastIndex = 0;
    for (let found = tokenPattern.exec(text); found; found = tokenPattern.exec(text)) {
      const token = found[0];
      // Most words are in lower case: neither a name, an acronym nor a number, they only join a name or end one.
      if (lowerCaseLetter(token.charCodeAt(0)) && !elision.test(token)) {
        afterTitle = false;
        joinOrEnd(withoutPossessive(token));
        atStart = false;
        continue;
      }
      // A number is a token of its own (a word never holds a digit), with the unit that follows it.
      if (digit.test(token)) {
        units.lastIndex = tokenPattern.lastIndex;
        numbers.add(`${token}${units.exec(text)?.[0] ?? ''}`, paragraph);
      }
      if (token === '.' && afterTitle) {
        afterTitle = false;
        continue;
      }
      afterTitle = false;
      if (sentenceEnds.has(token)) {
        endRun();
        atStart = true;
        continue;
      }
      if (nameBreaks.has(token)) {
        endRun();
        continue;
      }
      // Without an English possessive ("IOM’s") or a French elided article ("l’Irak", "d’Amérique").
      const bare = token.replace(elision, '');
      const word = withoutPossessive(bare);
      // Capitals with a hyphen and a number make one acronym: "COVID-19", "G-77".
      numberedAcronym.lastIndex = tokenPattern.lastIndex;
      const numbered = /^\p{Lu}+$/u.test(token) ? numberedAcronym.exec(text)?.[0] : undefined;
      if (numbered) {
        tokenPattern.lastIndex += numbered.length;
        acronyms.add(`${token}${numbered}`, paragraph);
        endRun();
        atStart = false;
        continue;
      }
      const fullStop = text[tokenPattern.lastIndex] === '.';
      const inName = run.length > 0 && !joiners.has(run.at(-1)!.toLowerCase());
      if (/^\p{Lu}$/u.test(word) && fullStop && inName) {
        run.push(`${word}.`);
        afterTitle = true;
      } else if (titles.has(word) || (/^\p{Lu}$/u.test(word) && fullStop)) {
        // Not part of the name: "Mr. Tariq Aziz" is listed as "Tariq Aziz".
        endRun();
        afterTitle = fullStop;
      } else if (romanNumeral.test(word) && inName) {
        run.push(word);
      } else if (romanNumeral.test(word)) {
        numbers.add(word, paragraph);
        endRun();
      } else if (isAcronym(word) || dottedAcronym.test(word)) {
        acronyms.add(word, paragraph);
        endRun();
      } else if (/^\p{Lu}\p{Ll}/u.test(word)) {
        if (run.length === 0) runAtStart = atStart;
        if (!atStart) capitalisedMidSentence.add(word);
        // Within a name the article stays: "Conseil de l’Europe".
        run.push(run.length > 0 ? token.slice(0, token.length - bare.length) + word : word);
      } else {
        joinOrEnd(word);
      }
      atStart = false;
    }
    endRun();
  });
  for (const { words, paragraph } of sentenceStarts) {
    const name = startsName(words, capitalisedMidSentence, lang) ? words : words.slice(1);
    while (name.length > 0 && joiners.has(name[0]!.toLowerCase())) name.shift();
    if (name.length > 0) for (const each of namesIn(name, lang)) names.add(each, paragraph);
  }
  for (const { name, paragraph } of placesNamed(paragraphs, lang)) names.add(name, paragraph);
  return { names: names.sorted(), acronyms: acronyms.sorted(), numbers: numbers.inOrder() };
}

const digit = /^\p{Nd}/u;

/** a to z: where most words begin, tested without a pattern. */
const lowerCaseLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/** "IOM’s" → "IOM". */
const withoutPossessive = (word: string) => (word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);

/** The words that join two names into a list: "Sudán y Venezuela", "Libya and Somalia". */
const conjunctions = new Set(['and', 'y', 'et', 'e']);

/**
 * The names a run of capitalised words holds: one ("Trinidad and Tobago", "Food and Agriculture Organization"), or two
 * when it is two places the locale data names joined by "and" ("Libya and Somalia").
 */
function namesIn(words: readonly string[], lang: string): string[] {
  const at = words.findIndex((word) => conjunctions.has(word));
  if (at > 0 && at < words.length - 1) {
    // "l’Irak et le Koweït": the article after "et" belongs to neither name.
    const after = words.slice(at + 1);
    while (after.length > 1 && joiners.has(after[0]!.toLowerCase())) after.shift();
    const [left, right] = [words.slice(0, at).join(' '), after.join(' ')];
    if (isPlaceName(left, lang) && isPlaceName(right, lang)) return [left, right];
  }
  return [words.join(' ')];
}

/**
 * A sentence's first word is capitalised anyway. It belongs to the name that follows when the text capitalises it
 * elsewhere too ("Geneva hosts…"), or when the locale data names a place with it ("Sierra Leone", "Trinidad and
 * Tobago", the "Kenya" of "Kenya and Ghana"); not when it is the "The" of "The International Organization for
 * Migration".
 */
function startsName(words: readonly string[], capitalisedMidSentence: ReadonlySet<string>, lang: string): boolean {
  if (capitalisedMidSentence.has(words[0]!)) return true;
  return namesIn(words, lang).some((name) => isPlaceName(name, lang));
}

/** "IOM", "API/PNR", "G20": two capitals or more, or capitals and digits; never one word of a shouted sentence. */
function isAcronym(word: string): boolean {
  return acronymPattern.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && word.length <= 12;
}

class Occurrences {
  private readonly seen = new Map<string, Set<number>>();

  constructor(private readonly lang: string) {}

  add(text: string, paragraph: number): void {
    const key = text.trim();
    if (key) this.seen.set(key, (this.seen.get(key) ?? new Set()).add(paragraph));
  }

  sorted(): GlossaryEntry[] {
    return this.inOrder().sort((a, b) => a.text.localeCompare(b.text, this.lang));
  }

  inOrder(): GlossaryEntry[] {
    return [...this.seen].map(([text, paragraphs]) => ({
      text,
      paragraphs: [...paragraphs].map((n) => formatNumber(n, this.lang)).join(this.lang.startsWith('ar') ? '، ' : ', '),
    }));
  }
}
