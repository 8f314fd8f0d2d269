// When nothing in a statement marks its points, groups its paragraphs (or, with too few paragraphs, its sentences)
// into consecutive parts: an introduction, points and a conclusion. The cuts go where the words change most from one
// stretch to the next and keep the points of similar length; a salutation in the middle ("Mr. President,") always
// starts a new part. The parts are drafts, and the content file says so.
import { contentKeys } from './content-words.js';
import type { ImportLanguage } from './language.js';
import { isSalutation, wordCount } from './markers.js';
import { pieceText, type Piece } from './pieces.js';

export interface Grouping {
  readonly introduction: readonly Piece[];
  readonly points: readonly (readonly Piece[])[];
  readonly conclusion: readonly Piece[];
}

/** Rules of the grouping, in one place so README can state them. */
export const groupingRules = {
  /** Words of the middle of a statement per point, when no count is announced: 80 words make one point (two at least). */
  wordsPerPoint: 110,
  /** At most this many points, when no count is announced. */
  maxPoints: 5,
  /** A middle of up to this many paragraphs gets one point per paragraph. */
  paragraphPerPoint: 2,
  /** The conclusion starts at a call to action in the last 40% of the text, else it is the last paragraph. */
  conclusionWithin: 0.4,
} as const;

/** Openings that call to action or thank: how the last part of a statement usually starts. */
const callToAction = new RegExp(
  `^(?:${[
    "(?:[^,.;]{0,40},\\s*)?let\\s+us|let['’]s|we\\s+therefore|i\\s+therefore|therefore,|we\\s+would\\s+like\\s+to\\s+thank|i\\s+(?:call|urge|appeal)|we\\s+(?:call|urge|appeal)|together,",
    "engageons|défendons|saisissons|faisons|ensemble,|j[’']appelle|nous\\s+appelons",
    'ratificamos|exhortamos|hagamos|trabajemos|juntos,|concluyo',
    'دعونا|ولنعمل|فلنعمل|لنعمل|ندعو|وندعو|أدعو|ادعو',
  ].join('|')})`,
  'iu',
);

/**
 * Groups `pieces` (the body between the salutation and the closing). `breaks` are indices of pieces that must start a
 * part: salutations in the middle, a "Finally" that opens a topic, a conclusion marker too early to be one. `count` is
 * the number of points the speaker announced, if any. `conclusionAt`, when given, is where the conclusion starts.
 */
export function groupPieces(
  pieces: readonly Piece[],
  lang: ImportLanguage,
  options: { readonly breaks?: ReadonlySet<number>; readonly count?: number; readonly conclusionAt?: number } = {},
): Grouping | undefined {
  const n = pieces.length;
  if (n < 2) return undefined;
  const words = pieces.map((piece) => wordCount(pieceText(piece)));
  const total = words.reduce((a, b) => a + b, 0);
  const salutations = new Set<number>();
  for (let i = 1; i < n; i++) if (isSalutation(pieceText(pieces[i]!))) salutations.add(i);
  // A marker just after a salutation ("Mr. President, / Finally, …") starts the same part as the salutation.
  const breaks = new Set([...salutations, ...[...(options.breaks ?? [])].filter((index) => index > 0 && index < n && !salutations.has(index - 1))]);

  // The conclusion: where the caller says, else the last call to action near the end, else the last paragraph.
  let conclusionAt = options.conclusionAt ?? n - 1;
  if (options.conclusionAt === undefined) {
    let seen = 0;
    for (let i = n - 1; i >= 2; i--) {
      seen += words[i]!;
      if (seen > total * groupingRules.conclusionWithin) break;
      if (callToAction.test(pieceText(pieces[i]!))) conclusionAt = i;
    }
    // A salutation or a break just before the conclusion belongs to it.
    while (conclusionAt > 2 && isSalutation(pieceText(pieces[conclusionAt - 1]!))) conclusionAt--;
  }
  if (conclusionAt < 2) conclusionAt = n;

  // The introduction: up to the first salutation in the middle ("Mr. President,") when it comes in the first 60% of
  // the text, else up to the first other break near the start, or the first paragraph (with the short lines after it).
  const wordsBefore = (index: number) => words.slice(0, index).reduce((a, b) => a + b, 0);
  const firstSalutation = [...salutations].filter((index) => index < conclusionAt).sort((a, b) => a - b)[0];
  const firstBreak = [...breaks].filter((index) => index < conclusionAt).sort((a, b) => a - b)[0];
  let introEnd = 1;
  // Short opening lines go together ("La paix est assaillie de toutes parts." / "À Gaza, au Soudan …"), up to a line
  // that announces what follows (":").
  while (introEnd < conclusionAt - 1 && wordsBefore(introEnd) < 12 && !breaks.has(introEnd) && !/:$/u.test(pieceText(pieces[introEnd - 1]!))) introEnd++;
  if (firstSalutation !== undefined && wordsBefore(firstSalutation) <= total * 0.7) introEnd = firstSalutation;
  else if (firstBreak !== undefined && firstBreak <= Math.max(introEnd, Math.ceil((conclusionAt * 2) / 5))) introEnd = firstBreak;
  if (introEnd >= conclusionAt) return undefined;

  const middle = pieces.slice(introEnd, conclusionAt);
  const middleWords = words.slice(introEnd, conclusionAt);
  const middleBreaks = new Set([...breaks].filter((index) => index > introEnd && index < conclusionAt).map((index) => index - introEnd));
  const wanted =
    options.count ??
    (middleBreaks.size > 0
      ? Math.max(middleBreaks.size + 1, Math.round(middleWords.reduce((a, b) => a + b, 0) / groupingRules.wordsPerPoint))
      : middle.length <= groupingRules.paragraphPerPoint
        ? middle.length
        : Math.max(2, Math.round(middleWords.reduce((a, b) => a + b, 0) / groupingRules.wordsPerPoint)));
  // Points are made of paragraphs: no more of them than the middle has paragraphs, unless the text is one paragraph.
  const paragraphs = new Set(middle.map((piece) => piece.from)).size;
  const limit = new Set(pieces.map((piece) => piece.from)).size > 1 && options.count === undefined ? paragraphs : middle.length;
  // "Moreover, …", "Further, …", "En outre, …", "Asimismo, …" at the start of a paragraph add a point.
  const added = middle.filter((piece, i) => i > 0 && additive.test(pieceText(piece))).length;
  const count = Math.max(1, Math.min(Math.max(wanted, options.count ?? added + 1), limit, options.count ?? groupingRules.maxPoints));
  // One point more when the text divides into it at least as cleanly: its cuts fall where the subject changes and its
  // points come out no less even (a lower or equal cost), as long as the limits allow it.
  const more = count + 1 <= Math.min(limit, options.count ?? groupingRules.maxPoints) && options.count === undefined;
  const fewer = cutPoints(middle, middleWords, count, middleBreaks, lang);
  const extra = more ? cutPoints(middle, middleWords, count + 1, middleBreaks, lang) : undefined;
  const starts = extra && extra.cost <= fewer.cost ? extra.starts : fewer.starts;
  const points = starts.map((start, i) => middle.slice(start, starts[i + 1] ?? middle.length));
  return { introduction: pieces.slice(0, introEnd), points, conclusion: pieces.slice(conclusionAt) };
}

/**
 * The starts of `count` consecutive groups of `pieces` (the first is 0), chosen by dynamic programming: each cut costs
 * the likeness of the words on either side of it (the less alike, the better the cut), plus how far each group's
 * length is from an equal share. A piece that continues the one before ("And …", "It also …") is a poor place to cut;
 * a break is always cut at.
 */
function cutPoints(
  pieces: readonly Piece[],
  words: readonly number[],
  count: number,
  breaks: ReadonlySet<number>,
  lang: ImportLanguage,
): { starts: number[]; cost: number } {
  const n = pieces.length;
  if (count <= 1) return { starts: [0], cost: 0 };
  // Where a cut may go: anywhere in a short text; in a long one, at breaks and paragraph starts, at most 150 places.
  let candidates = Array.from({ length: n - 1 }, (_, k) => k + 1);
  if (candidates.length > 150) {
    const starts = candidates.filter((at) => breaks.has(at) || pieces[at]!.from !== pieces[at - 1]!.from);
    const pool = starts.length > 0 ? starts : candidates;
    const step = Math.ceil(pool.length / 150);
    candidates = pool.filter((at, k) => breaks.has(at) || k % step === 0);
  }
  const positions = [0, ...candidates, n];
  const keys = pieces.map((piece) => contentKeys(pieceText(piece), lang));
  const quoted = insideQuotation(pieces.map(pieceText));
  // A word the whole text uses everywhere ("CDH", "Council") says nothing about where its subject changes: words weigh
  // by how few pieces use them (tf-idf, as TextTiling compares the two sides of a cut).
  const piecesWith = new Map<string, number>();
  for (const key of keys.flatMap((list) => [...new Set(list)])) piecesWith.set(key, (piecesWith.get(key) ?? 0) + 1);
  const weight = (key: string) => Math.log((n + 1) / (piecesWith.get(key) ?? 1));
  const cutCost = new Map<number, number>();
  for (const at of candidates) {
    if (breaks.has(at)) cutCost.set(at, -10);
    // Never inside a quotation that runs over several paragraphs.
    else if (quoted[at]) cutCost.set(at, 100);
    else {
      const text = pieceText(pieces[at]!);
      const before = keys.slice(Math.max(0, at - 2), at).flat();
      const after = keys.slice(at, at + 2).flat();
      cutCost.set(at, likeness(before, after, weight) + (continues(text, lang) ? 1 : 0) - (additive.test(text) ? 0.5 : 0));
    }
  }
  const sums = [0];
  for (const count of words) sums.push(sums.at(-1)! + count);
  const breaksUpTo = [0];
  for (let k = 0; k < n; k++) breaksUpTo.push(breaksUpTo.at(-1)! + (breaks.has(k) ? 1 : 0));
  const share = sums[n]! / count;
  const sizeCost = (from: number, to: number) => ((sums[to]! - sums[from]! - share) / share) ** 2 * 0.5;
  // best[k][i]: cost of cutting pieces up to positions[i] into k groups; from[k][i]: where the last of them starts.
  const m = positions.length;
  const best = Array.from({ length: count + 1 }, () => new Array<number>(m).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(m).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let i = k; i < m; i++) {
      for (let j = k - 1; j < i; j++) {
        if (best[k - 1]![j] === Infinity) continue;
        // No break may fall inside a group.
        if (breaksUpTo[positions[i]!]! - breaksUpTo[positions[j]! + 1]! > 0) continue;
        const cost = best[k - 1]![j]! + sizeCost(positions[j]!, positions[i]!) + (j > 0 ? cutCost.get(positions[j]!)! : 0);
        if (cost < best[k]![i]!) {
          best[k]![i] = cost;
          from[k]![i] = j;
        }
      }
    }
  }
  if (best[count]![m - 1] === Infinity) return { starts: [0, ...[...breaks].sort((a, b) => a - b)], cost: Infinity };
  const starts: number[] = [];
  for (let k = count, i = m - 1; k > 0; k--) {
    const j = from[k]![i]!;
    starts.unshift(positions[j]!);
    i = j;
  }
  return { starts, cost: best[count]![m - 1]! };
}

/** For each piece, whether a quotation opened before it is still open when it starts. */
function insideQuotation(texts: readonly string[]): boolean[] {
  let open = false;
  return texts.map((text) => {
    const before = open;
    for (const mark of text.match(/["“”«»]/gu) ?? []) {
      if (mark === '“' || mark === '«') open = true;
      else if (mark === '”' || mark === '»') open = false;
      else open = !open;
    }
    return before;
  });
}

/** How alike two bags of words are: the cosine of their weighted counts, 0 to 1. */
function likeness(a: readonly string[], b: readonly string[], weight: (key: string) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const count = (keys: readonly string[]) => keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + weight(key)), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  let dot = 0;
  for (const [key, value] of ca) dot += value * (cb.get(key) ?? 0);
  const norm = (map: Map<string, number>) => Math.sqrt([...map.values()].reduce((sum, v) => sum + v * v, 0));
  return dot / (norm(ca) * norm(cb));
}

/**
 * Opens by adding to what came before ("Moreover", "En outre"), or by turning to a new subject ("With regard to …",
 * "Con respecto a …", "S'agissant de …", "فيما يتعلق ب…"): one more point.
 */
const additive = new RegExp(
  `^(?:${[
    'moreover|furthermore|further|in\\s+addition|additionally|with\\s+(?:regard|respect)\\s+to|as\\s+regards|turning\\s+to',
    "de\\s+plus|en\\s+outre|par\\s+ailleurs|en\\s+ce\\s+qui\\s+concerne|s[’']agissant\\s+d(?:e|u|es)?|pour\\s+ce\\s+qui\\s+est\\s+d(?:e|u|es)?",
    'además|asimismo|por\\s+otra\\s+parte|con\\s+respecto\\s+a|en\\s+cuanto\\s+a|en\\s+lo\\s+que\\s+respecta|en\\s+relación\\s+con',
    'علاوة\\s+على\\s+ذلك|إضافة\\s+إلى\\s+ذلك|بالإضافة\\s+إلى\\s+ذلك|و?فيما\\s+يتعلق',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/** Opens by leaning on what came before: a conjunction, a pronoun, "also", or a lower-case letter. */
function continues(text: string, lang: ImportLanguage): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  if (lang === 'ar') return false;
  // "In this regard", "À cet égard", "Al respecto": about what the paragraph before said.
  return /^(?:and|but|or|so|it|this|that|these|those|they|also|indeed|moreover|in\s+(?:this|that)\s+regard|et|mais|ou|donc|il|elle|ils|cela|ce|à\s+cet\s+égard|y|pero|o|esto|eso|ello|también|además|al\s+respecto|a\s+este\s+respecto)(?![\p{L}])/iu.test(
    text,
  );
}
