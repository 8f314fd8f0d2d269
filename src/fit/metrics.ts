// Advance widths of the bundled fonts: read with fontkit once per font file and kept in a small JSON file on disk,
// so a build measures text without loading fontkit (its import alone costs more than the rest of fitting).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../cache/dir.js';

/** One font file's horizontal metrics, in em. */
export interface FaceMetrics {
  /** Advance of each code point the font maps, in em. */
  readonly advances: ReadonlyMap<number, number>;
  /** Arabic letters: the advance of each contextual form, and which sides the letter joins on. */
  readonly joining: ReadonlyMap<number, JoiningForms>;
  /**
   * The font carries TrueType hinting programs. Where Chromium sets text without subpixel positioning (on Linux at a
   * device pixel ratio of 1), it runs them, and they can round a glyph's advance up to the next whole pixel: a line
   * in a hinted face may be up to a pixel a letter wider than its advances say (Atkinson Hyperlegible is, at some
   * sizes, 2.5% wider). Unhinted faces are rounded to the nearest pixel, which evens out along a line.
   */
  readonly hinted: boolean;
}

export interface JoiningForms {
  readonly isolated: number;
  readonly initial: number;
  readonly medial: number;
  readonly final: number;
  /** Joins the letter after it (in logical order). */
  readonly joinsNext: boolean;
  /** Joins the letter before it. */
  readonly joinsPrevious: boolean;
}

/** Bump when the stored shape changes: older files are then read again from the font. */
const cacheVersion = 4;

interface StoredMetrics {
  readonly version: number;
  /** Code points and advances in thousandths of an em, as parallel arrays. */
  readonly codePoints: number[];
  readonly advances: number[];
  /** [code point, isolated, initial, medial, final, joinsNext (0/1), joinsPrevious (0/1)] */
  readonly joining: number[][];
  readonly hinted: boolean;
}

const loaded = new Map<string, Promise<FaceMetrics>>();

/**
 * The metrics of one WOFF2 file: from this process's memory, else from `cacheDir`, else read with fontkit
 * (and stored in `cacheDir` for the next process). Without a cache folder, fontkit reads it every process.
 */
export function faceMetrics(file: string, cacheDir: string | undefined): Promise<FaceMetrics> {
  let pending = loaded.get(file);
  if (!pending) {
    pending = loadMetrics(file, cacheDir);
    loaded.set(file, pending);
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

async function loadMetrics(file: string, cacheDir: string | undefined): Promise<FaceMetrics> {
  const cacheFile = cacheDir && path.join(cacheDir, `${cacheKey(file)}.json`);
  const cached = cacheFile ? readCache(cacheFile) : undefined;
  if (cached) return fromStored(cached);
  const stored = await readFont(file);
  if (cacheFile) writeCacheFile(cacheFile, JSON.stringify(stored));
  return fromStored(stored);
}

/** The font file's path, size and modification time: a reinstalled or updated font is read again. */
function cacheKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const hash = createHash('sha256').update(`${cacheVersion}\0${file}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 24);
  return `${path.basename(file, path.extname(file))}-${hash}`;
}

function readCache(file: string): StoredMetrics | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredMetrics;
    const valid =
      stored.version === cacheVersion &&
      Array.isArray(stored.codePoints) &&
      Array.isArray(stored.advances) &&
      stored.codePoints.length === stored.advances.length &&
      stored.advances.every((advance) => Number.isFinite(advance) && advance >= 0) &&
      Array.isArray(stored.joining) &&
      stored.joining.every((row) => Array.isArray(row) && row.length === 7 && row.every(Number.isFinite)) &&
      typeof stored.hinted === 'boolean';
    return valid ? stored : undefined;
  } catch {
    return undefined; // missing or damaged: read the font again
  }
}

function fromStored(stored: StoredMetrics): FaceMetrics {
  const advances = new Map<number, number>();
  stored.codePoints.forEach((codePoint, index) => advances.set(codePoint, stored.advances[index]! / 1000));
  const joining = new Map<number, JoiningForms>();
  for (const [codePoint, isolated, initial, medial, final, joinsNext, joinsPrevious] of stored.joining) {
    joining.set(codePoint!, {
      isolated: isolated! / 1000,
      initial: initial! / 1000,
      medial: medial! / 1000,
      final: final! / 1000,
      joinsNext: joinsNext === 1,
      joinsPrevious: joinsPrevious === 1,
    });
  }
  return { advances, joining, hinted: stored.hinted };
}

const tatweel = 0x0640;
const isArabicLetter = (codePoint: number) => /\p{Script=Arabic}/u.test(String.fromCodePoint(codePoint)) && /\p{L}/u.test(String.fromCodePoint(codePoint));

/** Reads advances from the font's tables; for Arabic letters, shapes each one in every position to learn its forms. */
async function readFont(file: string): Promise<StoredMetrics> {
  const fontkit = await import('fontkit');
  const font = fontkit.create(readFileSync(file)) as import('fontkit').Font;
  const perEm = 1000 / font.unitsPerEm;
  const codePoints = [...font.characterSet].sort((a, b) => a - b);
  const advances = codePoints.map((codePoint) => Math.round(font.glyphForCodePoint(codePoint).advanceWidth * perEm));

  const joining: number[][] = [];
  if (font.hasGlyphForCodePoint(tatweel)) {
    const kashida = String.fromCodePoint(tatweel);
    // Positioning features are off: only each glyph's own advance matters here, and mark anchors can fail to resolve.
    const shape = (text: string) => font.layout(text, { kern: false, mark: false, mkmk: false, curs: false });
    for (const codePoint of codePoints.filter(isArabicLetter)) {
      const letter = String.fromCodePoint(codePoint);
      try {
        // The glyph the letter became in `text`. Glyphs come out in visual order, right to left, with marks (the
        // dots of dotted letters, drawn as dotless letter plus dots) between them: count only glyphs with an advance.
        const glyphIn = (text: string) => {
          const bases = shape(text).glyphs.filter((glyph) => glyph.advanceWidth > 0);
          const characters = [...text];
          if (bases.length !== characters.length) throw new Error('the letter did not shape to one glyph');
          return bases[characters.length - 1 - characters.indexOf(letter)]!;
        };
        const advanceOf = (text: string) => Math.round(glyphIn(text).advanceWidth * perEm);
        const isolated = glyphIn(letter);
        joining.push([
          codePoint,
          advanceOf(letter),
          advanceOf(letter + kashida),
          advanceOf(kashida + letter + kashida),
          advanceOf(kashida + letter),
          glyphIn(letter + kashida).id !== isolated.id ? 1 : 0,
          glyphIn(kashida + letter).id !== isolated.id ? 1 : 0,
        ]);
      } catch {
        // a letter the shaper cannot set alone keeps its plain advance, as if it never joined: the wider guess
      }
    }
  }
  // The font program (`fpgm`) holds the hinting instructions; a font with only a `prep` table sets flags and no more.
  const hinted = 'fpgm' in (font as unknown as { directory: { tables: object } }).directory.tables;
  return { version: cacheVersion, codePoints, advances, joining, hinted };
}
