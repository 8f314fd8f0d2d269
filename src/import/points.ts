// Finds the points of a statement's body, three ways, tried in this order by findStructure (structure.ts): by their
// markers ("First,", "2.", "II.", "My next point"), by paragraphs that open the same way, and by grouping the
// paragraphs when nothing marks them (grouping.ts). Each also says where the introduction and the conclusion are.
import { groupPieces } from './grouping.js';
import type { ImportLanguage } from './language.js';
import { isSalutation, markerOf, wordCount, type Marker, type OpenerFamily } from './markers.js';
import type { Paragraph } from './paragraphs.js';
import { joinPieces, pieceText, sentencePieces, type Piece } from './pieces.js';
import type { FoundPart, Structure } from './structure.js';

type Parts = Pick<Structure, 'introduction' | 'points' | 'conclusion' | 'pointsFound' | 'conclusionIsDraft'>;

/** Points opened by markers: ordinals, numbers, Roman numerals, "My next point", "My last point". */
export function byMarkers(cut: readonly Piece[], announced: number | undefined): Parts | undefined {
  let pieces = [...cut];
  let markers = pieces.map((piece) => markerOf(pieceText(piece)));
  const openers = pointOpeners(markers, 0, pieces.length);
  if (openers.length === 0) return undefined;
  const lastOpener = openers.at(-1)!.index;
  const words = pieces.map((piece) => wordCount(pieceText(piece)));
  const after = (index: number) => words.slice(index).reduce((a, b) => a + b, 0);

  let conclusionAt = markers.findIndex((marker, index) => index > lastOpener && marker?.kind === 'conclusion');
  const finallyAt = markers.findIndex((marker, index) => index > lastOpener && (conclusionAt === -1 || index < conclusionAt) && marker?.kind === 'finally');
  if (finallyAt !== -1) {
    // "Finally" is one more point when a conclusion follows it, or when the speaker announced that many points;
    // otherwise, opening the last part, it is the conclusion.
    if (conclusionAt !== -1 || (announced !== undefined && openers.length < announced)) openers.push({ index: finallyAt, marker: markers[finallyAt]! });
    else conclusionAt = finallyAt;
  }
  let conclusionIsDraft = false;
  let stop = conclusionAt === -1 ? pieces.length : conclusionAt;
  if (conclusionAt === -1) {
    // No conclusion marked: the last paragraph of a last point of several paragraphs concludes (a draft).
    const lastStart = openers.at(-1)!.index;
    const tail = joinPieces(pieces.slice(lastStart));
    if (tail.length >= 2 && after(pieces.length - 1) < after(lastStart)) {
      conclusionAt = pieces.length - 1;
      while (conclusionAt > lastStart + 1 && pieces[conclusionAt]!.from === pieces[conclusionAt - 1]!.from) conclusionAt--;
      stop = conclusionAt;
      conclusionIsDraft = true;
    } else {
      // A last point of one paragraph: its last sentence concludes, when it has more than one.
      const sentences = sentencePieces(pieces.at(-1)!);
      if (sentences.length >= 2) {
        pieces = [...pieces.slice(0, -1), ...sentences.slice(0, -1), sentences.at(-1)!];
        markers = [...markers.slice(0, -1), ...sentences.map(() => undefined)];
        conclusionAt = pieces.length - 1;
        stop = conclusionAt;
        conclusionIsDraft = true;
      }
    }
  }
  const used = new Set([...openers.map((opener) => opener.index), ...(conclusionAt === -1 ? [] : [conclusionAt])]);
  const part = (from: number, to: number, marker?: Marker) => partOf(rejoin(pieces.slice(from, to), from, used), marker);
  return {
    introduction: part(0, openers[0]!.index),
    points: openers.map(({ index, marker }, i) => part(index, openers[i + 1]?.index ?? stop, marker)!),
    conclusion: conclusionAt === -1 ? undefined : part(conclusionAt, pieces.length, markers[conclusionAt]),
    pointsFound: 'markers',
    conclusionIsDraft,
  };
}

/** Pieces as paragraphs: a piece cut off at a marker that opens nothing goes back into its paragraph. */
function rejoin(pieces: readonly Piece[], offset: number, used: ReadonlySet<number>): Paragraph[] {
  const merged: Piece[] = [];
  for (const [i, piece] of pieces.entries()) {
    const previous = merged.at(-1);
    if (i > 0 && previous && !used.has(offset + i) && previous.from === piece.from && previous.end === piece.start)
      merged[merged.length - 1] = { ...previous, end: piece.end };
    else merged.push(piece);
  }
  return merged.map((piece) => ({ text: pieceText(piece), line: piece.from.line }));
}

function partOf(paragraphs: readonly Paragraph[], marker?: Marker): FoundPart | undefined {
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

/** What a paragraph's opening words are, for comparing openings: "En renforçant" and "En investissant" are one kind. */
export function openingOf(text: string): string | undefined {
  const words = text
    .replace(/^(?:and|et|y|also|enfin|finally|finalmente|por\s+último|lastly)\s*,?\s+/iu, '')
    .replace(/^[وف](?=\p{Script=Arabic}{2,})/u, '')
    .split(/\s+/u)
    .map((word) => word.toLocaleLowerCase().replace(/[^\p{L}\p{M}'’-]+/gu, ''));
  const [one, two] = words;
  if (!one) return undefined;
  const gerund = (word: string | undefined) =>
    word !== undefined &&
    /^(?:\p{L}{3,}(?:ing|ando|iendo|yendo))$/u.test(word) &&
    !/^(?:during|nothing|something|everything|morning|evening|thing|king|spring|string|bring|according)$/u.test(word);
  if (gerund(one) || (one === 'en' && two !== undefined && /ant$/u.test(two))) return 'gerund';
  if (/^(?:the|a|an|we|i|it|this|in|to|on|for|of|le|la|les|l|nous|je|il|dans|de|el|los|las|nosotros|en|a|por|para|al|في|من|على|إن|ان|إلى|الى)$/u.test(one)) {
    return two === undefined ? undefined : `${one} ${two}`;
  }
  return one;
}

/** Opens like the run's paragraphs somewhere inside: "… Action to accelerate …" before "Action to uphold …". */
function hasSentenceOpening(text: string, opening: string): boolean {
  const sentences = text.split(/(?<=[.!?؟…])\s+/u).slice(1);
  return sentences.some((sentence) => openingOf(sentence) === opening);
}

/**
 * Points opened by paragraphs that begin the same way: "En renforçant…", "En investissant…", "Enfin, en soutenant…";
 * "Promoviendo…", "Fortaleciendo…"; "Action to uphold…", "Action to use…"; "بأن نعطي…", "بأن نعمل…". Three or more
 * paragraphs in a row, or two when a paragraph before them uses the same opening inside it; together they must carry
 * at least a third of the body, so short list items ("It means tackling …", "It means hearing …") stay one point.
 */
export function byParallelOpenings(pieces: readonly Piece[]): Parts | undefined {
  const texts = pieces.map(pieceText);
  const openings = texts.map(openingOf);
  const total = texts.reduce((sum, text) => sum + wordCount(text), 0);
  for (let i = 1; i < pieces.length; i++) {
    const opening = openings[i];
    if (!opening || isSalutation(texts[i]!)) continue;
    let end = i;
    while (end + 1 < pieces.length && openings[end + 1] === opening) end++;
    let start = i;
    const runLength = end - start + 1;
    if (runLength < 2) continue;
    if (start > 1 && hasSentenceOpening(texts[start - 1]!, opening)) start--;
    else if (runLength < 3) continue;
    const runWords = texts.slice(start, end + 1).reduce((sum, text) => sum + wordCount(text), 0);
    if (runWords < total / 3 || start === 0) {
      i = end;
      continue;
    }
    const rest = pieces.slice(end + 1);
    const points = Array.from({ length: end - start + 1 }, (_, k) => [pieces[start + k]!]);
    // What follows the run concludes; when nothing does, the last point's paragraph stays a point and the
    // conclusion is left for the author.
    return {
      introduction: partOf(joinPieces(pieces.slice(0, start))),
      points: points.map((group) => partOf(joinPieces(group))!),
      conclusion: partOf(joinPieces(rest)),
      pointsFound: 'parallel',
      conclusionIsDraft: !rest.some((piece) => markerOf(pieceText(piece))?.kind === 'conclusion'),
    };
  }
  return undefined;
}

/**
 * No markers: the body is grouped (grouping.ts). A salutation in the middle, a "Finally" that opens a topic (and so
 * is not the last part) and a conclusion marker followed by more than a third of the text (a verbatim record has
 * other speakers after it) start parts; an "In conclusion" near the end opens the conclusion.
 */
export function byGrouping(pieces: readonly Piece[], lang: ImportLanguage, announced: number | undefined): Parts {
  // Too few paragraphs to group: the last one is cut into its sentences (the first one alone, when it is the only one).
  let units = [...pieces];
  const oneParagraph = new Set(units.map((piece) => piece.from)).size === 1;
  if (units.length < 3) units = oneParagraph ? units.flatMap(sentencePieces) : [...units.slice(0, -1), ...sentencePieces(units.at(-1)!)];
  if (units.length < 3) units = pieces.flatMap(sentencePieces);
  const words = units.map((piece) => wordCount(pieceText(piece)));
  const total = words.reduce((a, b) => a + b, 0);
  const after = (index: number) => words.slice(index).reduce((a, b) => a + b, 0);
  const breaks = new Set<number>();
  let conclusionAt: number | undefined;
  for (const [i, piece] of units.entries()) {
    const marker = markerOf(pieceText(piece));
    if (i === 0 || !marker) continue;
    const salutationAfter = units.slice(i + 1).some((later) => isSalutation(pieceText(later)));
    if (marker.kind === 'conclusion' && after(i) <= total / 3) conclusionAt ??= i;
    else if (marker.kind === 'finally' && after(i) <= total / 3 && !salutationAfter) conclusionAt ??= i;
    else breaks.add(i);
  }
  const groups = groupPieces(units, lang, {
    breaks,
    ...(announced !== undefined && { count: announced }),
    ...(conclusionAt !== undefined && { conclusionAt }),
  });
  if (!groups) {
    return { introduction: partOf(joinPieces(pieces)), points: [], conclusion: undefined, pointsFound: 'none', conclusionIsDraft: false };
  }
  const conclusionMarker = groups.conclusion[0] ? markerOf(pieceText(groups.conclusion[0])) : undefined;
  return {
    introduction: partOf(joinPieces(groups.introduction)),
    points: groups.points.map((group) => partOf(joinPieces(group), markerOf(pieceText(group[0]!)))!),
    conclusion: partOf(joinPieces(groups.conclusion), conclusionMarker?.kind === 'conclusion' ? conclusionMarker : undefined),
    pointsFound: 'grouped',
    conclusionIsDraft: conclusionMarker?.kind !== 'conclusion',
  };
}
