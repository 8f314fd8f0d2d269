// Finds the parts of a statement in its paragraphs: where the header ends, the salutation and the closing, and
// between them the introduction, the points and the conclusion (points.ts finds those three).
import { announcedIn } from './announced-count.js';
import { findDate } from './dates.js';
import type { ImportLanguage } from './language.js';
import { endsSentence, isClosing, isSalutation, markerOf, wordCount } from './markers.js';
import type { Paragraph } from './paragraphs.js';
import { cutAtMarkers, joinPieces, pieceText } from './pieces.js';
import { byGrouping, byMarkers, byParallelOpenings } from './points.js';

/** A part that becomes a slide: its paragraphs, and what opens it. */
export interface FoundPart {
  readonly paragraphs: readonly Paragraph[];
  /** Characters of the first paragraph taken by its marker ("First, "), left out of the slide text drafted from it. */
  readonly markerLength: number;
  /** The part's own heading in the text ("II. Border management"), when it has one. */
  readonly heading?: string;
}

/**
 * How the points were found: by their markers (ordinals, numbers, "My next point"), by paragraphs that open the same
 * way, or grouped by lectern import because nothing marked them (then they are drafts).
 */
export type PointsFound = 'markers' | 'parallel' | 'grouped' | 'none';

export interface Structure {
  readonly salutation: readonly Paragraph[];
  /** Everything between the salutation and the first point; with no points found, the whole body. */
  readonly introduction: FoundPart | undefined;
  readonly points: readonly FoundPart[];
  readonly conclusion: FoundPart | undefined;
  readonly closing: readonly Paragraph[];
  readonly pointsFound: PointsFound;
  /** The conclusion was chosen by lectern import (the last paragraphs), not opened by "In conclusion" or the like. */
  readonly conclusionIsDraft: boolean;
  /** The number of points the speaker announced ("I will make three points"), if any. */
  readonly announced?: number;
}

/**
 * The index of the paragraph where the statement itself begins: its salutation, its first paragraph of prose, or
 * its first point. Everything before it is the header. 0 when nothing looks like a header.
 */
export function bodyStart(paragraphs: readonly Paragraph[]): number {
  let start = paragraphs.findIndex(({ text }) => {
    if (isSalutation(text) || isProse(text)) return true;
    const marker = markerOf(text);
    return marker?.kind === 'point' && marker.family === 'ordinal';
  });
  if (start <= 0) return 0;
  // A statement of short sentences, one to a line ("La paix est assaillie de toutes parts."): the sentences just
  // before the first long paragraph are its start too, up to a line that is no sentence (a title, a date).
  while (start > 1 && isShortSentence(paragraphs[start - 1]!.text) && !isSalutation(paragraphs[start]!.text)) start--;
  return start;
}

/** A line that is a sentence of its own, two words or more: not a title, a date or "Statement by …". */
export function isShortSentence(text: string): boolean {
  return /[.!?؟…:]["”’»)]*$/u.test(text) && wordCount(text) >= 2 && !findDate(text) && !statementLine.test(text);
}

const statementLine = /^(?:statement|remarks|speech|message|d[ée]claration|intervention|discours|declaraci[oó]n|intervenci[oó]n|discurso|mensaje)\s/iu;

/** A line of a salutation over several lines: "Director General Møller,", "Su Excelencia, el Presidente de Bulgaria, Rumen Radev,". */
function isAddressLine(text: string): boolean {
  return wordCount(text) <= 14 && /[,:،]$/u.test(text.trim()) && !/[.!?؟]\s/u.test(text);
}

/** A paragraph of running text, not a header line: long, ending like a sentence, and not a by-line or a date line. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  // A transcript may have no punctuation at all: a paragraph this long is text, not a header line.
  if (words >= 80) return true;
  if (!endsSentence(text) || (/:\s*$/u.test(text) && words < 40)) return false;
  const date = findDate(text);
  // A dateline opening the text ("24 October 2015 - In every country …") is prose; a by-line with a date is not.
  const dateline = date !== undefined && date.index === 0 && /^\s*[-–—]\s/u.test(text.slice(date.length)) && words >= 12;
  if (words < 40 && !dateline && (date || statementLine.test(text))) return false;
  return words >= 20 || (words >= 10 && /[.!?؟]["”’»)]*\s+\S/u.test(text));
}

/** The parts of the body: the paragraphs from the salutation (or the first paragraph of text) to the end. */
export function findStructure(body: readonly Paragraph[], lang: ImportLanguage = 'en'): Structure {
  let first = 0;
  while (first < body.length && (isSalutation(body[first]!.text) || (first > 0 && isAddressLine(body[first]!.text)))) first++;
  const salutation = body.slice(0, first);
  const pieces = cutAtMarkers(body.slice(first));
  let end = pieces.length;
  while (end > 0 && isClosing(pieceText(pieces[end - 1]!))) end--;
  // "Monsieur le Président," just before "Je vous remercie." belongs to the closing.
  if (end < pieces.length) while (end > 1 && isSalutation(pieceText(pieces[end - 1]!))) end--;
  const closing = joinPieces(pieces.slice(end));
  const inner = pieces.slice(0, end);
  const announced = announcedIn(inner);
  const base = { salutation, closing, ...(announced !== undefined && { announced }) };

  const marked = byMarkers(inner, announced);
  if (marked) return { ...base, ...marked };
  const parallel = byParallelOpenings(inner);
  if (parallel) return { ...base, ...parallel };
  return { ...base, ...byGrouping(inner, lang, announced) };
}
