// Reads a printed PDF closely, for the fidelity checks: every piece of text with its box and its font, each page's
// lines in the order the PDF gives them, its structure tree, and its pixels as a PDF viewer draws them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { lineText, streamLines, withMarksOnLetters } from '../../src/import/pdf-lines.js';

/** A run of text as the PDF draws it, with its box in points from the page's top left corner. */
export interface PdfText {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** Top and bottom of the glyphs: the baseline less the font's ascent, plus its descent. */
  readonly top: number;
  readonly bottom: number;
  readonly baseline: number;
  /** Font size in points. */
  readonly size: number;
  /** The embedded font's name, without its subset prefix: "AtkinsonHyperlegible-Bold". */
  readonly font: string;
  readonly type3: boolean;
  readonly rtl: boolean;
  /** The PDF says a line ends after it. */
  readonly endOfLine: boolean;
}

export interface StructNode {
  readonly role: string;
  readonly children: readonly StructNode[];
}

export interface PdfPageDetail {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfText[];
  /** The page's text as lines, in the PDF's order; right-to-left runs put back in reading order. */
  readonly lines: readonly string[];
  /** The page's tagged structure, or undefined when the page has none. */
  readonly structure: StructNode | undefined;
}

export interface PdfDetail {
  readonly file: string;
  readonly pages: readonly PdfPageDetail[];
}

interface PdfjsItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export async function readPdfDetail(file: string): Promise<PdfDetail> {
  const data = new Uint8Array(readFileSync(file));
  const document = await getDocument({ data, verbosity: 0, isEvalSupported: false, fontExtraProperties: true }).promise;
  try {
    const pages: PdfPageDetail[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      // The operator list loads the page's fonts into commonObjs, where their real names are.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const height = y1 - y0;
      const fonts = new Map<string, { name: string; type3: boolean }>();
      const fontOf = (id: string) => {
        if (!fonts.has(id)) {
          let name = id;
          let type3 = false;
          try {
            const font = page.commonObjs.get(id) as { name?: string; isType3Font?: boolean } | undefined;
            name = (font?.name ?? id).replace(/^[A-Z]{6}\+/, '');
            type3 = font?.isType3Font === true;
          } catch {
            // A font pdf.js could not load keeps its id as its name.
          }
          fonts.set(id, { name, type3 });
        }
        return fonts.get(id)!;
      };
      const styles = content.styles as Record<string, { ascent?: number; descent?: number }>;
      const items: PdfText[] = [];
      for (const raw of content.items as PdfjsItem[]) {
        if (!('str' in raw)) continue;
        const [a, b, , , e, f] = raw.transform as [number, number, number, number, number, number];
        const size = Math.hypot(a, b) || raw.height;
        const style = styles[raw.fontName] ?? {};
        const ascent = Math.min(1, Math.max(0.6, style.ascent ?? 0.8));
        const descent = Math.min(0.35, Math.abs(style.descent ?? 0.2));
        const baseline = y1 - f;
        const font = fontOf(raw.fontName);
        items.push({
          text: raw.str,
          left: e - x0,
          right: e - x0 + raw.width,
          top: baseline - ascent * size,
          bottom: baseline + descent * size,
          baseline,
          size,
          font: font.name,
          type3: font.type3,
          rtl: raw.dir === 'rtl',
          endOfLine: raw.hasEOL,
        });
      }
      const tree = (await page.getStructTree()) as unknown as RawStruct | null;
      pages.push({ number, width: x1 - x0, height, items, lines: linesOf(items), structure: tree ? toStruct(tree) : undefined });
      page.cleanup();
    }
    return { file, pages };
  } finally {
    await document.destroy();
  }
}

interface RawStruct {
  role?: string;
  type?: string;
  children?: RawStruct[];
}

function toStruct(node: RawStruct): StructNode {
  return { role: node.role ?? node.type ?? '', children: (node.children ?? []).map(toStruct) };
}

/** Every role in a structure tree, depth first. */
export function rolesIn(node: StructNode | undefined): string[] {
  if (!node) return [];
  return [node.role, ...node.children.flatMap(rolesIn)];
}

/** The page's lines in the PDF's order, each as a reader selecting it reads it (see `lineText`). */
function linesOf(items: readonly PdfText[]): string[] {
  return streamLines(withMarksOnLetters(items))
    .map((line) => lineText(line, { wordGap: 0.5, order: 'stream' }))
    .filter((line) => line.trim() !== '');
}

/** A page drawn by poppler: RGB pixels, 3 bytes each, row by row. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Pixels per point. */
  readonly scale: number;
  readonly rgb: Uint8Array;
}

/**
 * Draws every page of a PDF with pdftoppm. Without anti-aliasing, every pixel of a glyph is the text's own colour
 * and every other pixel its background's, so the colours a reader sees can be read off the pixels.
 */
export function rasterize(file: string, dpi: number, options: { antialias?: boolean } = {}): Raster[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'lectern-raster-'));
  try {
    const aa = options.antialias === false ? ['-aa', 'no', '-aaVector', 'no'] : [];
    execFileSync('pdftoppm', ['-r', String(dpi), ...aa, file, path.join(dir, 'page')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((name) => readPpm(readFileSync(path.join(dir, name)), dpi / 72));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageNumber = (name: string) => Number(/-(\d+)\.ppm$/.exec(name)?.[1] ?? 0);

function readPpm(bytes: Buffer, scale: number): Raster {
  // P6 <width> <height> <max>\n then the pixels.
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) field += String.fromCharCode(bytes[offset++]!);
    fields.push(field);
  }
  offset++;
  const [magic, width, height] = fields;
  if (magic !== 'P6') throw new Error(`pdftoppm wrote ${magic}, not a P6 pixmap`);
  return {
    width: Number(width),
    height: Number(height),
    scale,
    rgb: new Uint8Array(bytes.buffer, bytes.byteOffset + offset, Number(width) * Number(height) * 3),
  };
}

/** Writes PNGs of chosen pages of a PDF, as a reader sees them (anti-aliased), for a person to look at. */
export function snapshotPages(file: string, pages: readonly number[], prefix: string, dpi = 60): void {
  for (const number of pages) {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(number), '-l', String(number), '-singlefile', file, `${prefix}${number}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
}

const linear = Array.from({ length: 256 }, (_, value) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});

/** WCAG relative luminance of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  return 0.2126 * linear[r]! + 0.7152 * linear[g]! + 0.0722 * linear[b]!;
}

export interface BoxContrast {
  readonly ratio: number;
  readonly dark: string;
  readonly light: string;
}

/**
 * The contrast inside a box of the page (points): between its darkest and its lightest colour, each taken only if at
 * least a few pixels have it, so a stray pixel cannot decide. Text with its background gives the text's contrast;
 * a box of one colour (text drawn in the colour of what is behind it) gives 1.
 */
export function boxContrast(raster: Raster, box: { left: number; right: number; top: number; bottom: number }): BoxContrast | undefined {
  const x0 = Math.max(0, Math.floor(box.left * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil(box.right * raster.scale));
  const y0 = Math.max(0, Math.floor(box.top * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil(box.bottom * raster.scale));
  if (x1 - x0 < 1 || y1 - y0 < 1) return undefined;
  const counts = new Map<number, number>();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 3;
      const key = (raster.rgb[i]! << 16) | (raster.rgb[i + 1]! << 8) | raster.rgb[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const colours = [...counts].filter(([, count]) => count >= 3).map(([key]) => ({ key, l: luminance(key >> 16, (key >> 8) & 255, key & 255) }));
  if (colours.length === 0) return undefined;
  colours.sort((a, b) => a.l - b.l);
  const dark = colours[0]!;
  const light = colours.at(-1)!;
  const hex = (key: number) => `#${key.toString(16).padStart(6, '0')}`;
  return { ratio: (light.l + 0.05) / (dark.l + 0.05), dark: hex(dark.key), light: hex(light.key) };
}
