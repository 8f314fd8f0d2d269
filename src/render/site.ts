// What the output folder holds besides the statements: dist/index.html and the shared assets every page loads.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontAssetName } from '../themes/css.js';
import type { StatementRecord } from '../write/record.js';
import { namedFaceFiles } from '../themes/face-names.js';
import { fontFaceRule, resolveFontFaces, type FontFace } from '../themes/fonts.js';
import type { ResolvedTheme } from '../themes/load.js';
import { assetsDir, copiedFile, textFile, type OutputFile } from './output.js';
import type { ThemeStyles } from './styles.js';
import { templateFile, type TemplateSet } from './templates.js';

/** One statement as the index lists it: what it is, and the outputs it has. */
export interface IndexEntry {
  readonly slug: string;
  readonly file: string;
  readonly theme: string;
  readonly meta: StatementRecord['meta'];
  /**
   * The line under its title: the event, who delivers it, the date, each when the header gives it, so the index shows
   * no empty place or dangling separator: `[{ text: 'High-Level … Debate' }, { text: 'Kieran Gorman-Best, IOM' }, …]`.
   */
  readonly about: readonly { readonly text: string; readonly datetime?: string }[];
  readonly outputs: readonly { readonly label: string; readonly href: string }[];
}

export function renderIndex(entries: readonly IndexEntry[], templates: TemplateSet): OutputFile {
  // The latest first; statements without a date after every dated one.
  const statements = [...entries].sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.slug.localeCompare(b.slug));
  return textFile('index.html', templates.render('index', { assets: assetsDir, statements, count: statements.length }));
}

/** reveal.js's own files the deck loads: its CSS, its script and the speaker-notes plugin. */
const revealFiles = ['reveal.js', 'reveal.css', 'reset.css', 'plugin/notes.js'];

/**
 * Shared assets: reveal.js, Lectern's page styles and scripts, each theme's CSS and its fonts, named as they should be
 * (renamed copies kept in `fontsCacheDir`).
 */
export async function assetFiles(
  themes: readonly ResolvedTheme[],
  styles: ThemeStyles,
  options: { templatesDir: string; packageRoot: string; fontsCacheDir: string | undefined },
): Promise<OutputFile[]> {
  const { templatesDir, packageRoot } = options;
  const revealDist = path.dirname(createRequire(path.join(packageRoot, 'noop.js')).resolve('reveal.js'));
  const files: OutputFile[] = revealFiles.map((file) => copiedFile(`${assetsDir}/reveal/${file}`, path.join(revealDist, file)));

  const pageAssets = templateFile(templatesDir, 'assets');
  for (const name of readdirSync(pageAssets).sort()) {
    files.push(copiedFile(`${assetsDir}/lectern/${name}`, path.join(pageAssets, name)));
  }

  const indexFaces = indexFontFaces(packageRoot);
  const named = await namedFaceFiles([...themes.flatMap((theme) => theme.faces), ...indexFaces], options.fontsCacheDir);
  const fonts = new Map<string, string>();
  for (const theme of themes) {
    files.push(textFile(`${assetsDir}/themes/${theme.name}.css`, styles.page(theme)));
    files.push(textFile(`${assetsDir}/themes/${theme.name}.marp.css`, styles.marpWithFonts(theme, named)));
    for (const face of theme.faces) fonts.set(fontAssetName(face), face.file);
  }
  files.push(
    textFile(
      `${assetsDir}/fonts/index.css`,
      indexFaces
        .map((face) => fontFaceRule(face, `./${fontAssetName(face)}`))
        .join('\n\n')
        .concat('\n'),
    ),
  );
  // A theme's own copy of the same file (from a project's own install) comes first.
  for (const face of indexFaces) if (!fonts.has(fontAssetName(face))) fonts.set(fontAssetName(face), face.file);
  for (const [name, file] of [...fonts].sort()) {
    const shipped = named.get(file) ?? file;
    files.push(typeof shipped === 'string' ? copiedFile(`${assetsDir}/fonts/${name}`, shipped) : { path: `${assetsDir}/fonts/${name}`, contents: shipped });
  }
  return files;
}

/**
 * The index's own type, whatever themes the statements use: the institutional theme's text face, and its Arabic for
 * titles in Arabic, both from Lectern's own install, in `_assets/fonts/index.css`.
 */
const indexFamilies = [{ family: 'Source Sans 3' }, { family: 'Vazirmatn', subsets: ['arabic'] }];

const indexFaces = new Map<string, FontFace[]>();

function indexFontFaces(packageRoot: string): FontFace[] {
  let faces = indexFaces.get(packageRoot);
  if (!faces) {
    const at = { file: 'templates/assets/index.css' };
    faces = indexFamilies.flatMap(({ family, subsets }) => resolveFontFaces(family, { searchFrom: [packageRoot], subsets, at }));
    indexFaces.set(packageRoot, faces);
  }
  return faces;
}
