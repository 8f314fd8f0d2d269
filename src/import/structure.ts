// Finds the parts of a statement in its paragraphs: where the header ends, the salutation, the introduction,
// the points, the conclusion and the closing.
import { findDate } from './dates.js';
import { endsSentence, isClosing, isSalutation, markerOf, wordCount, type Marker, type OpenerFamily } from './markers.js';
import type { Paragraph } from './paragraphs.js';

/** A part that becomes a slide: its paragraphs, and what opens it. */
export interface FoundPart {
  readonly paragraphs: readonly Paragraph[];
  /** Characters of the first paragraph taken by its marker ("First, "), left out of the slide text drafted from it. */
  readonly markerLength: number;
  /** The part's own heading in the text ("II. Border management"), when it has one. */
  readonly heading?: string;
}

export interface Structure {
  readonly salutation: readonly Paragraph[];
  /** Everything between the salutation and the first point; with no points found, the whole body. */
  readonly introduction: FoundPart | undefined;
  readonly points: readonly FoundPart[];
  readonly conclusion: FoundPart | undefined;
  readonly closing: readonly Paragraph[];
}

/**
 * The index of the paragraph where the statement itself begins: its salutation, its first paragraph of prose, or
 * its first point. Everything before it is the header. 0 when nothing looks like a header.
 */
export function bodyStart(paragraphs: readonly Paragraph[]): number {
  const start = paragraphs.findIndex(({ text }) => {
    if (isSalutation(text) || isProse(text)) return true;
    const marker = markerOf(text);
    return marker?.kind === 'point' && marker.family === 'ordinal';
  });
  return Math.max(start, 0);
}

/** A paragraph of running text, not a header line: long, ending like a sentence, and not a by-line or a date line. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  if (!endsSentence(text) || (/:\s*$/u.test(text) && words < 20)) return false;
  if (words < 40 && (findDate(text) || /^(?:statement|remarks|d[ée]claration|declaraci[oó]n)\s/iu.test(text))) return false;
  return words >= 20 || (words >= 10 && /[.!?؟]["”’»)]*\s+\S/u.test(text));
}

/** The parts of the body: the paragraphs from the salutation (or the first paragraph of text) to the end. */
export function findStructure(body: readonly Paragraph[]): Structure {
  let first = 0;
  while (first < body.length && isSalutation(body[first]!.text)) first++;
  let end = body.length;
  while (end > first && isClosing(body[end - 1]!.text)) end--;
  const salutation = body.slice(0, first);
  const closing = body.slice(end);

  const markers = body.map((paragraph, index) => (index >= first && index < end ? markerOf(paragraph.text) : undefined));
  const openers = pointOpeners(markers, first, end);
  const lastOpener = openers.at(-1)?.index ?? first - 1;

  let conclusionAt = markers.findIndex((marker, index) => index > lastOpener && marker?.kind === 'conclusion');
  if (conclusionAt !== -1 && openers.length > 0) {
    // "Finally" between the last point and an explicit conclusion opens one more point.
    const finallyAt = markers.findIndex((marker, index) => index > lastOpener && index < conclusionAt && marker?.kind === 'finally');
    if (finallyAt !== -1) openers.push({ index: finallyAt, marker: markers[finallyAt]! });
  }
  if (conclusionAt === -1) {
    // With no explicit conclusion, "Finally" opening the last part is the conclusion.
    conclusionAt = markers.findLastIndex((marker, index) => index > lastOpener && marker?.kind === 'finally');
  }

  if (openers.length === 0) {
    return { salutation, introduction: part(body.slice(first, end)), points: [], conclusion: undefined, closing };
  }
  const stop = conclusionAt === -1 ? end : conclusionAt;
  const points = openers.map(({ index, marker }, i) => part(body.slice(index, openers[i + 1]?.index ?? stop), marker)!);
  const conclusion = conclusionAt === -1 ? undefined : part(body.slice(conclusionAt, end), markers[conclusionAt]);
  return { salutation, introduction: part(body.slice(first, openers[0]!.index)), points, conclusion, closing };
}

function part(paragraphs: readonly Paragraph[], marker?: Marker): FoundPart | undefined {
  if (paragraphs.length === 0) return undefined;
  const heading = marker && 'heading' in marker ? marker.heading : undefined;
  return { paragraphs, markerLength: marker?.length ?? 0, ...(heading !== undefined && { heading }) };
}

interface Opener {
  readonly index: number;
  readonly marker: Marker;
}

/**
 * The paragraphs that open points: for each way of numbering (ordinal words, digits, Roman numerals), the run
 * 1, 2, 3 … in order; a number out of sequence ("for the second time" is no opener anyway, but "Second," without a
 * first is) opens nothing. Ordinal words win when they give two points or more; otherwise the longest run does.
 */
function pointOpeners(markers: readonly (Marker | undefined)[], from: number, to: number): Opener[] {
  const runs = (['ordinal', 'roman', 'numeral'] as const).map((family) => sequence(markers, from, to, family));
  const [ordinal, roman, numeral] = runs;
  if (ordinal!.length >= 2) return ordinal!;
  const valid = [ordinal!, roman!.length >= 2 ? roman! : [], numeral!.length >= 2 ? numeral! : []];
  return valid.reduce((best, run) => (run.length > best.length ? run : best));
}

function sequence(markers: readonly (Marker | undefined)[], from: number, to: number, family: OpenerFamily): Opener[] {
  const openers: Opener[] = [];
  let expected = 1;
  for (let index = from; index < to; index++) {
    const marker = markers[index];
    if (!marker || !('family' in marker) || marker.family !== family) continue;
    if (marker.kind === 'introduction') {
      if (marker.value === expected) expected++;
      continue;
    }
    const value = marker.value === 'next' ? (openers.length > 0 ? expected : undefined) : marker.value;
    if (value !== expected) continue;
    openers.push({ index, marker });
    expected++;
  }
  return openers;
}
