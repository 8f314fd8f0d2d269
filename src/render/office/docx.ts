// briefing.docx: the one-page briefing as a Word document with Word's own styles (Title, Heading 1, List Bullet, a
// numbered list of points, "The ask" in a shaded box), on A4 or US Letter, at the type size fitting chose, so it stays
// on one page. Lectern writes its WordprocessingML itself, as it writes deck.pptx: the parts that follow from the theme
// are made and compressed once, and each statement adds only its document, its properties and its logo.
import type { ResolvedConfig } from '../../config.js';
import type { PlannedStatement } from '../../plan/statement.js';
import type { ThemeTokens } from '../../themes/theme.js';
import type { Output } from '../output.js';
import { documentXml, type DocumentLogo } from './docx-document.js';
import { fontTableXml, numberingXml, settingsXml, stylesXml, type StyleBasis } from './docx-styles.js';
import { officeLogo, type OfficeLogo } from './logo.js';
import { contentType, contentTypesPart, corePropertiesXml, extendedPropertiesXml, relationshipType, relsPart } from './package.js';
import { keptOr } from '../../kept.js';
import { imageRelationship } from './picture.js';
import { themeXml } from './theme-part.js';
import { bytesOf, writeZip, type Parts } from './zip.js';

export const docxOutput: Output = {
  name: 'docx',
  slow: true,
  templates: [],
  files: [{ file: 'briefing.docx', label: 'Briefing (Word)' }],
  async render(planned, { config }) {
    return [{ path: `${planned.briefing.slug}/briefing.docx`, contents: await renderDocx(planned, config) }];
  },
};

/** The briefing as a .docx file's bytes. */
export async function renderDocx(planned: PlannedStatement, config: Pick<ResolvedConfig, 'paper' | 'root' | 'packageRoot'>): Promise<Uint8Array> {
  const { briefing, theme } = planned;
  const { meta } = briefing;
  const basis: StyleBasis = { tokens: theme.tokens, colors: theme.printColors, scale: briefing.scale, lang: meta.lang, rtl: meta.dir === 'rtl' };
  const image = briefing.logo && (await officeLogo(briefing.logo));
  const logo: DocumentLogo | undefined = image && { image, embeds: { png: 'rId6', svg: image.svg && 'rId7' } };
  const { types, rels } = packageParts(image);
  const { styles, fonts } = themeParts(basis, [config.root, config.packageRoot]);
  const properties = { title: meta.title, creator: meta.speaker, subject: meta.occasion, language: meta.lang, date: meta.date };
  const parts: Parts = new Map([
    ...types,
    ...rels,
    ['docProps/core.xml', bytesOf(corePropertiesXml(properties))],
    ['docProps/app.xml', bytesOf(extendedPropertiesXml(meta.organization))],
    ['word/document.xml', bytesOf(documentXml(briefing, basis, config.paper, logo))],
    ...styles,
    ['word/settings.xml', settings],
    ...fonts,
  ]);
  if (image) parts.set(media.png, image.png);
  if (image?.svg) parts.set(media.svg, image.svg);
  return writeZip(parts);
}

/** The logo's images, under the document's folder. */
const media = { png: 'word/media/logo.png', svg: 'word/media/logo.svg' } as const;
const settings = bytesOf(settingsXml);

/** Style sets kept per theme, a few dozen at most: a build has a handful of sizes and languages. */
const shapes = 32;

/**
 * The parts each theme gives, made once however many statements use it: by the size and language of the styles, and
 * by the folders its fonts are looked up in. Keyed by the theme's tokens, which a build loads once per theme, so a
 * theme edited in watch mode gives new parts.
 */
const themed = new WeakMap<ThemeTokens, { readonly styles: Map<string, Parts>; readonly fonts: Map<string, Parts> }>();

function themeParts(basis: StyleBasis, fontSearch: readonly string[]): { readonly styles: Parts; readonly fonts: Parts } {
  let kept = themed.get(basis.tokens);
  if (!kept) {
    kept = { styles: new Map(), fonts: new Map() };
    themed.set(basis.tokens, kept);
  }
  const styles = keptOr(
    kept.styles,
    `${basis.scale}\0${basis.lang}\0${basis.rtl}`,
    shapes,
    () =>
      new Map([
        ['word/styles.xml', bytesOf(stylesXml(basis))],
        ['word/numbering.xml', bytesOf(numberingXml(basis))],
      ]),
  );
  const { tokens } = basis;
  const fonts = keptOr(
    kept.fonts,
    fontSearch.join('\0'),
    shapes,
    () =>
      new Map([
        ['word/fontTable.xml', bytesOf(fontTableXml([tokens.fonts.body, tokens.fonts.heading, tokens.fonts.arabic], fontSearch))],
        // Word's theme: the briefing's colours and fonts, so its colour and font menus offer them.
        ['word/theme/theme1.xml', bytesOf(themeXml(tokens, fontSearch, basis.colors))],
      ]),
  );
  return { styles, fonts };
}

/**
 * The content types and relationships, which differ only by the logo's images: none, a PNG, or an SVG and its PNG.
 * Made once each.
 */
const packages = new Map<string, { readonly types: Parts; readonly rels: Parts }>();

function packageParts(image: OfficeLogo | undefined): { readonly types: Parts; readonly rels: Parts } {
  const images = image ? (image.svg ? [media.png, media.svg] : [media.png]) : [];
  let found = packages.get(images.join());
  if (!found) {
    const overrides = new Map<string, string>([
      ['word/document.xml', contentType.document],
      ['word/styles.xml', contentType.styles],
      ['word/numbering.xml', contentType.numbering],
      ['word/settings.xml', contentType.settings],
      ['word/fontTable.xml', contentType.fontTable],
      ['word/theme/theme1.xml', contentType.theme],
      ['docProps/core.xml', contentType.coreProperties],
      ['docProps/app.xml', contentType.extendedProperties],
    ]);
    const defaults = new Map([
      ['png', 'image/png'],
      ['svg', 'image/svg+xml'],
    ]);
    const rel = (id: number, type: string, target: string) => ({ id: `rId${id}`, type, target });
    const rels: Parts = new Map([
      relsPart('', [
        rel(1, relationshipType.officeDocument, 'word/document.xml'),
        rel(2, relationshipType.coreProperties, 'docProps/core.xml'),
        rel(3, relationshipType.extendedProperties, 'docProps/app.xml'),
      ]),
      relsPart('word/document.xml', [
        rel(1, relationshipType.styles, 'word/styles.xml'),
        rel(2, relationshipType.numbering, 'word/numbering.xml'),
        rel(3, relationshipType.settings, 'word/settings.xml'),
        rel(4, relationshipType.fontTable, 'word/fontTable.xml'),
        rel(5, relationshipType.theme, 'word/theme/theme1.xml'),
        ...images.map((name, index) => rel(6 + index, imageRelationship, name)),
      ]),
    ]);
    // Every part the package will hold, by name: the content types list exactly their extensions and parts.
    const names: Parts = new Map([...overrides.keys(), ...images, ...rels.keys()].map((name) => [name, new Uint8Array()]));
    found = { types: new Map([contentTypesPart(names, { defaults, overrides })]), rels };
    packages.set(images.join(), found);
  }
  return found;
}
