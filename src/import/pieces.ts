// A paragraph can hold more than one part of a statement: "First, … Secondly, … Thirdly, …" in one long paragraph, or a
// transcript with no punctuation that ends "… in closing we pay tribute … thank you". A piece is a stretch of one
// paragraph, cut only where a sentence starts; pieces of one paragraph that end up in the same part are joined back,
// so the text stays word for word.
import { closingPattern } from './marker-words.js';
import { markerOf } from './markers.js';
import type { Paragraph } from './paragraphs.js';

export interface Piece {
  /** The paragraph it is cut from. */
  readonly from: Paragraph;
  readonly start: number;
  readonly end: number;
}

export const pieceText = (piece: Piece): string => piece.from.text.slice(piece.start, piece.end).trim();

/** Where sentences start inside a paragraph (not at 0): after a full stop, question or exclamation mark and a space. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/[.!?؟…;]["'”’»)\]]*\s+(?=\S)/gu)) {
    // Not after an abbreviation, an initial or a number: "Mr. President", "IV. Conclusion", "No. 5".
    const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1] ?? '';
    if (
      text[match.index] === '.' &&
      (/^\p{Lu}$/u.test(word) ||
        /^(?:mr|mrs|ms|dr|st|no|nos|art|arts|para|paras|vol|etc|approx|jr|sr|sra|srta|dra|prof|gen|mme|mm|mlle|pp?|cf|vs|[IVXL]+)$/iu.test(word))
    )
      continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Fewer than one full stop in 60 words: a transcript or a speech typed without punctuation. */
function unpunctuated(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words >= 60 && (text.match(/[.!?؟…]/gu)?.length ?? 0) < words / 60;
}

/**
 * Cuts each paragraph where a sentence inside it opens with an ordinal ("Secondly, …") or the conclusion
 * ("In conclusion, …"). In a paragraph without punctuation, "in closing" or "in conclusion" and a final "thank you"
 * are cut wherever they stand. `isCut` says which pieces were cut off, so unused cuts can be joined back.
 */
export function cutAtMarkers(paragraphs: readonly Paragraph[]): Piece[] {
  const pieces: Piece[] = [];
  for (const from of paragraphs) {
    const text = from.text;
    const cuts = new Set<number>();
    for (const start of sentenceStarts(text)) {
      // A marker is in a sentence's first words: never copy the rest of a long paragraph to look for one.
      const marker = markerOf(text.slice(start, start + 200));
      if (marker && (marker.kind === 'conclusion' || (marker.kind === 'point' && marker.family === 'ordinal'))) cuts.add(start);
    }
    if (unpunctuated(text)) {
      const conclusion =
        /\s(?=(?:in\s+closing|in\s+conclusion|to\s+conclude|let\s+me\s+conclude|finally|en\s+conclusion|pour\s+conclure|para\s+concluir|en\s+conclusi[oó]n|في\s+الختام|وفي\s+الختام)\s)/giu;
      for (const match of text.matchAll(conclusion)) if (match.index > text.length / 2) cuts.add(match.index + 1);
      const closing = new RegExp(`\\s(?=${closingPattern.source.slice(1)}[.!]?\\s*$)`, 'iu').exec(text);
      if (closing && closing.index > 0) cuts.add(closing.index + 1);
    }
    let start = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      pieces.push({ from, start, end: cut });
      start = cut;
    }
    pieces.push({ from, start, end: text.length });
  }
  return pieces;
}

/** The pieces as paragraphs: consecutive pieces of the same paragraph joined back into one, as it was written. */
export function joinPieces(pieces: readonly Piece[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run: Piece | undefined;
  const flush = () => {
    if (run) paragraphs.push({ text: pieceText(run), line: run.from.line });
  };
  for (const piece of pieces) {
    if (run && run.from === piece.from && run.end === piece.start) run = { ...run, end: piece.end };
    else {
      flush();
      run = piece;
    }
  }
  flush();
  return paragraphs;
}

/**
 * Splits a piece into its sentences, for a text with too few paragraphs to group: a one-paragraph speech still has
 * points. Sentences of an unpunctuated paragraph are runs of about 40 words, ended at a word.
 */
export function sentencePieces(piece: Piece): Piece[] {
  const text = piece.from.text.slice(piece.start, piece.end);
  let starts = sentenceStarts(text);
  if (unpunctuated(text)) {
    const words = [...text.matchAll(/\s+(?=\S)/gu)].map((match) => match.index + match[0].length);
    starts = words.filter((_, i) => (i + 1) % 40 === 0);
  }
  const bounds = [0, ...starts, text.length];
  return bounds.slice(0, -1).map((start, i) => ({ from: piece.from, start: piece.start + start, end: piece.start + bounds[i + 1]! }));
}
