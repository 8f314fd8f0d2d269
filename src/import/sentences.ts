// Text cut the ways a draft is made from it: into sentences, by the platform's own segmenter (which "Mr. President"
// and other abbreviations do not end), into the clauses a sentence can be cut at and still read, and into words.
import type { ImportLanguage } from './language.js';

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

/** The words of a text as written, split at white space, their punctuation kept. */
export function tokensOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}

/** Splits after a comma, semicolon, colon or dash, and at parentheses: the places a sentence can be cut and still read. */
export function clausesOf(sentence: string): string[][] {
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
