// Bundled fonts: a theme names a family, and its WOFF2 files come from the matching @fontsource package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LecternError, type Location } from '../errors.js';

/** One `@font-face`: a family in one weight, for one range of characters. */
export interface FontFace {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  /** `latin`, `latin-ext`, `arabic`, … */
  readonly subset: string;
  /** Absolute path of the WOFF2 file. */
  readonly file: string;
  /** The CSS `unicode-range` value. */
  readonly unicodeRange: string | undefined;
}

/** The weights every output uses: regular text and bold headlines. */
export const fontWeights: readonly number[] = [400, 700];

/** "Source Sans 3" is published as @fontsource/source-sans-3. */
export function fontsourcePackage(family: string): string {
  return `@fontsource/${family.trim().toLowerCase().replace(/\s+/g, '-')}`;
}

const faceBlock = /@font-face\s*{([^}]*)}/g;

/**
 * The faces of a family, read from its @fontsource package's CSS. `subsets` keeps only those
 * character ranges (the Arabic role keeps `arabic`, so it never takes over Latin text).
 */
export function resolveFontFaces(
  family: string,
  options: { searchFrom: readonly string[]; subsets?: readonly string[]; at: Location },
): FontFace[] {
  const packageName = fontsourcePackage(family);
  const faces: FontFace[] = [];
  for (const weight of fontWeights) {
    const cssFile = resolvePackageFile(`${packageName}/${weight}.css`, options.searchFrom);
    if (!cssFile) {
      throw new LecternError(`the font "${family}" is not installed in weight ${weight}`, {
        at: options.at,
        hint: `run npm install ${packageName}, or choose a font whose @fontsource package is installed`,
      });
    }
    const css = readFileSync(cssFile, 'utf8');
    for (const [, body = ''] of css.matchAll(faceBlock)) {
      const url = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      if (!url) continue;
      const style = /font-style:\s*italic/.test(body) ? 'italic' : 'normal';
      if (style !== 'normal') continue;
      const subset = subsetOf(url, weight);
      if (options.subsets && !options.subsets.includes(subset)) continue;
      faces.push({
        family,
        weight,
        style,
        subset,
        file: path.join(path.dirname(cssFile), 'files', url),
        unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim(),
      });
    }
  }
  return faces;
}

/** `source-sans-3-latin-ext-400-normal.woff2` with weight 400 → `latin-ext`, given the family id before it. */
function subsetOf(fileName: string, weight: number): string {
  const withoutSuffix = fileName.replace(new RegExp(`-${weight}-(normal|italic)\\.woff2$`), '');
  const known = ['latin-ext', 'cyrillic-ext', 'greek-ext', 'latin', 'cyrillic', 'greek', 'vietnamese', 'arabic', 'math', 'symbols'];
  return known.find((subset) => withoutSuffix.endsWith(`-${subset}`)) ?? withoutSuffix.slice(withoutSuffix.lastIndexOf('-') + 1);
}

/**
 * Files found before, by folders and specifier: resolving reads package.json files, for every theme of every build.
 * A font not found is looked for again next time: it may be installed while a watch session runs.
 */
const resolved = new Map<string, string>();

function resolvePackageFile(specifier: string, searchFrom: readonly string[]): string | undefined {
  const key = `${searchFrom.join('\0')}\0${specifier}`;
  const known = resolved.get(key);
  if (known) return known;
  for (const dir of searchFrom) {
    try {
      const found = createRequire(path.join(dir, 'noop.js')).resolve(specifier);
      resolved.set(key, found);
      return found;
    } catch {
      // not installed under this folder; try the next
    }
  }
  return undefined;
}

/** The `@font-face` rule of one face, its file served at `url`. */
export function fontFaceRule(face: FontFace, url: string): string {
  return [
    '@font-face {',
    `  font-family: "${face.family}";`,
    `  font-style: ${face.style};`,
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    `  src: url("${url}") format("woff2");`,
    ...(face.unicodeRange ? [`  unicode-range: ${face.unicodeRange};`] : []),
    '}',
  ].join('\n');
}

/** `serif` or `sans-serif`, from the package's metadata, for the end of a font stack. */
export function genericFamily(family: string, searchFrom: readonly string[]): 'serif' | 'sans-serif' {
  const metadata = resolvePackageFile(`${fontsourcePackage(family)}/metadata.json`, searchFrom);
  if (!metadata) return 'sans-serif';
  const { category } = JSON.parse(readFileSync(metadata, 'utf8')) as { category?: string };
  return category === 'serif' ? 'serif' : 'sans-serif';
}

/** The families that set a role's text, in the order the browser tries them: the role's own, the fallback, Arabic. */
export function fontStack(family: string, fonts: { readonly arabic: string; readonly fallback?: string | undefined }): string[] {
  return [...new Set([family, ...(fonts.fallback ? [fonts.fallback] : []), fonts.arabic])];
}
