// Text widths with the theme's own fonts, as Chromium would pick them: for each character, the first family in the
// stack whose @font-face covers it (by unicode-range) and whose font maps it; then a conservative fallback.
import { fontStack, type FontFace } from '../themes/fonts.js';
import type { ResolvedTheme } from '../themes/load.js';
import { faceMetrics, type FaceMetrics, type JoiningForms } from './metrics.js';

export type FontRole = 'body' | 'heading';

/** A font as a piece of text uses it: the theme's body or heading family, regular or bold. */
export interface FontSpec {
  readonly role: FontRole;
  readonly weight: 400 | 700;
}

export interface Measurer {
  /** Width of `text` on one line, in em of the font size. */
  width(text: string, font: FontSpec): number;
  /**
   * The advances (em) of the characters of `text` that a hinted face draws, included in `width`: set on a pixel grid,
   * each may be rounded up to a whole pixel (see `FaceMetrics.hinted`). None when absent.
   */
  hinted?(text: string, font: FontSpec): readonly number[];
}

/**
 * Characters no bundled font has (emoji above all) fall back to a system font Lectern cannot measure.
 * Each is counted as this many em: wider than Noto Color Emoji's 1.25 em, the widest fallback Chromium uses here.
 */
export const fallbackAdvance = 1.3;

/** Joiners, variation selectors, tags, combining marks: drawn on their neighbour, or not at all. */
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\u{FE00}-\u{FE0F}\u{E0020}-\u{E007F}]$/u;
/**
 * Combining marks, but not variation selectors. One no bundled face has breaks its letter's cluster: Chromium draws
 * it in a fallback font, on a dotted circle of its own where that font has no letter to put it on, and so the marks
 * after it too (Zalgo text, keycaps). Each is then counted as a character no bundled font has.
 */
const combiningMark = /^(?![\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}])[\p{Mn}\p{Me}]$/u;
const transparent = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

export interface MeasurerOptions {
  /** Where font metrics are kept between runs; see metrics.ts. */
  readonly cacheDir?: string | undefined;
}

/**
 * What measuring with a theme has learnt, for one set of faces: the face that draws each character, and the widths
 * measured. Kept while the theme is (a build, a watch session), so the statements after the first, and every rebuild
 * of the same statement, measure again only text they have not met.
 */
interface Learnt {
  readonly faceFor: (codePoint: number, font: FontSpec) => FaceMetrics | undefined;
  readonly widths: Map<string, number>;
  readonly hinted: Map<string, readonly number[]>;
}

const learnt = new WeakMap<ResolvedTheme, Map<string, Promise<Learnt>>>();

/** Widths kept per theme and set of faces, at most: a thousand statements' words and lines, a few MiB. */
const widthsKept = 50_000;

/**
 * A measurer for `theme`, with the metrics of every face that `texts` need already loaded, so measuring is synchronous.
 * Faces whose unicode-range no character of `texts` falls in are never read. Two measurers for texts that need the
 * same faces share what they learn: their widths are the same either way.
 */
export async function createMeasurer(theme: ResolvedTheme, texts: Iterable<string>, options: MeasurerOptions = {}): Promise<Measurer> {
  const characters = new Set<string>();
  for (const text of texts) for (const character of text) characters.add(character);
  // Upper case is set character by character (no context changes it), so each character is upper-cased once.
  const codePoints = new Set<number>([0x20]);
  for (const character of characters) for (const each of character + character.toLocaleUpperCase()) codePoints.add(each.codePointAt(0)!);

  const faces = rangedFaces(theme);
  const needed = faces.filter(({ ranges }) => {
    for (const codePoint of codePoints) if (inRanges(ranges, codePoint)) return true;
    return false;
  });
  const byFaces = learnt.get(theme) ?? new Map<string, Promise<Learnt>>();
  learnt.set(theme, byFaces);
  const facesKey = needed.map(({ face }) => theme.faces.indexOf(face)).join(',');
  let learning = byFaces.get(facesKey);
  if (!learning) {
    learning = learn(theme, faces, needed, options);
    byFaces.set(facesKey, learning);
    learning.catch(() => byFaces.delete(facesKey));
  }
  const { faceFor, widths, hinted } = await learning;
  if (widths.size > widthsKept) widths.clear();
  if (hinted.size > widthsKept) hinted.clear();

  return {
    width(text, font) {
      const key = `${font.role}${font.weight}\0${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        width = measure(
          [...text].map((character) => character.codePointAt(0)!),
          font,
          faceFor,
        );
        widths.set(key, width);
      }
      return width;
    },
    hinted(text, font) {
      const key = `${font.role}${font.weight}\0${text}`;
      let advances = hinted.get(key);
      if (advances === undefined) {
        advances = [...text].flatMap((character) => {
          const codePoint = character.codePointAt(0)!;
          const face = faceFor(codePoint, font);
          return face?.hinted && !face.joining.has(codePoint) ? [face.advances.get(codePoint)!] : [];
        });
        hinted.set(key, advances);
      }
      return advances;
    },
  };
}

type RangedFace = { readonly face: FontFace; readonly ranges: readonly Range[] };

const ranged = new WeakMap<ResolvedTheme, readonly RangedFace[]>();

/** The theme's faces with the characters each covers, read from their unicode-range once per theme. */
function rangedFaces(theme: ResolvedTheme): readonly RangedFace[] {
  let faces = ranged.get(theme);
  if (!faces) {
    faces = theme.faces.map((face) => ({ face, ranges: parseUnicodeRange(face.unicodeRange) }));
    ranged.set(theme, faces);
  }
  return faces;
}

/** Loads the metrics of the `needed` faces, and chooses from them the face of each character as it is met. */
async function learn(theme: ResolvedTheme, faces: readonly RangedFace[], needed: readonly RangedFace[], options: MeasurerOptions): Promise<Learnt> {
  const metrics = new Map<FontFace, FaceMetrics>();
  await Promise.all(
    needed.map(async ({ face }) => {
      metrics.set(face, await faceMetrics(face.file, options.cacheDir));
    }),
  );

  const stacks: Record<FontRole, readonly string[]> = {
    body: fontStack(theme.tokens.fonts.body, theme.tokens.fonts),
    heading: fontStack(theme.tokens.fonts.heading, theme.tokens.fonts),
  };

  /** The loaded face that draws `codePoint` in this stack and weight, as the browser's font matching would choose it. */
  const faceCache = new Map<string, FaceMetrics | null>();
  const faceFor = (codePoint: number, font: FontSpec): FaceMetrics | undefined => {
    const key = `${font.role}${font.weight}:${codePoint}`;
    const known = faceCache.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: FaceMetrics | undefined;
    for (const family of stacks[font.role]) {
      const candidates = faces.filter(({ face }) => face.family === family && face.weight === font.weight);
      for (const { face, ranges } of candidates) {
        const faceMetrics = metrics.get(face);
        if (faceMetrics && inRanges(ranges, codePoint) && faceMetrics.advances.has(codePoint)) {
          found = faceMetrics;
          break;
        }
      }
      if (found) break;
    }
    faceCache.set(key, found ?? null);
    return found;
  };
  return { faceFor, widths: new Map(), hinted: new Map() };
}

/**
 * Joined Arabic is modelled letter by letter from each letter's contextual forms; the font's ligatures (lam-alef)
 * and contextual alternates can make a word up to about 2% wider than that, so such words are counted this much wider.
 */
const joinedMargin = 0.03;

function measure(codePoints: readonly number[], font: FontSpec, faceFor: (codePoint: number, font: FontSpec) => FaceMetrics | undefined): number {
  let width = 0;
  let joined = false;
  let stranded = false;
  codePoints.forEach((codePoint, index) => {
    const character = String.fromCodePoint(codePoint);
    const face = faceFor(codePoint, font);
    const mark = combiningMark.test(character);
    stranded = mark && (stranded || !face);
    if (stranded) {
      width += fallbackAdvance;
      return;
    }
    if (!face) {
      width += zeroWidth.test(character) ? 0 : fallbackAdvance;
      return;
    }
    const forms = face.joining.get(codePoint);
    joined ||= forms !== undefined;
    width += forms ? joinedAdvance(forms, codePoints, index, face) : face.advances.get(codePoint)!;
  });
  return joined ? width * (1 + joinedMargin) : width;
}

/** The advance of an Arabic letter in the form its neighbours give it: isolated, initial, medial or final. */
function joinedAdvance(forms: JoiningForms, codePoints: readonly number[], index: number, face: FaceMetrics): number {
  const neighbour = (step: -1 | 1): JoiningForms | undefined => {
    for (let at = index + step; at >= 0 && at < codePoints.length; at += step) {
      const codePoint = codePoints[at]!;
      if (transparent.test(String.fromCodePoint(codePoint))) continue;
      return face.joining.get(codePoint);
    }
    return undefined;
  };
  const joinedBefore = forms.joinsPrevious && (neighbour(-1)?.joinsNext ?? false);
  const joinedAfter = forms.joinsNext && (neighbour(1)?.joinsPrevious ?? false);
  if (joinedBefore && joinedAfter) return forms.medial;
  if (joinedBefore) return forms.final;
  if (joinedAfter) return forms.initial;
  return forms.isolated;
}

type Range = readonly [number, number];

/** `U+0000-00FF, U+0131, U+4??` → ranges of code points. No range means every character. */
export function parseUnicodeRange(value: string | undefined): readonly Range[] {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').flatMap((part): Range[] => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, start = '', end] = match;
    if (start.includes('?')) return [[parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)]];
    return [[parseInt(start, 16), parseInt(end ?? start, 16)]];
  });
}

function inRanges(ranges: readonly Range[], codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
