// briefing.docx's parts that follow from the theme, the type size fitting chose and the language, and from nothing in
// the statement's text: Word's styles (Title, Heading 1, List Bullet, and the briefing's own for its label, event,
// facts, part labels and footer), the numbering of its lists, its settings and its font table.
import { briefing as geometry } from '../../fit/layout.js';
import { genericFamily } from '../../themes/fonts.js';
import type { Palette, ThemeTokens } from '../../themes/theme.js';
import { escapeXml, hexColour, xmlDeclaration } from './xml.js';

export const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** What the styles are made from: one theme, for paper, at the size fitting chose, in one language. */
export interface StyleBasis {
  readonly tokens: ThemeTokens;
  /** The colours for paper: a dark theme's screen colours would not show on it. */
  readonly colors: Palette;
  /** The scale fitting chose for the briefing's type, 1 at the theme's print size. */
  readonly scale: number;
  readonly lang: string;
  readonly rtl: boolean;
}

/** The numbering instances the document's lists refer to. */
export const numbering = { bullets: 1, points: 2 } as const;

/** Twentieths of a point (twips) in a millimetre. */
const twipsPerMm = 1440 / 25.4;
export const twips = {
  mm: (value: number) => Math.round(value * twipsPerMm),
  /** The briefing's geometry gives its spacing in points. */
  points: (value: number) => Math.round(value * 20),
};

/** The briefing's type in Word's units, from the theme's print size scaled as fitting chose. */
export function wordType(basis: Pick<StyleBasis, 'tokens' | 'scale'>) {
  const base = basis.tokens.type.print * basis.scale;
  return {
    /** Half-points, as Word gives sizes. */
    size: (em: number) => Math.round(base * em * 2),
    /** Exact line spacing keeps the page's height the same in any font a machine sets the text in. */
    line: (em: number, lineHeight = basis.tokens.type.lineHeight) => Math.round(base * em * lineHeight * 20),
    indent: (em: number) => Math.round(base * em * 20),
  };
}

/** Paragraph properties, written in the order WordprocessingML requires of them. */
export interface ParagraphProperties {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly list?: number;
  readonly border?: { readonly side: 'top' | 'bottom'; readonly size: number; readonly color: string };
  readonly bidi?: boolean;
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly exact?: boolean };
  /** A hanging indent of this many twips: a list's marker hangs in it. */
  readonly hanging?: number;
  /** The marker's centre this many twips in from the margin, rather than its start at the margin (see `markers`). */
  readonly markerInset?: number;
  readonly outline?: number;
}

export function paragraphProperties(p: ParagraphProperties): string {
  const spacing = p.spacing;
  const xml =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.keepLines ? '<w:keepLines/>' : '') +
    (p.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.list}"/></w:numPr>` : '') +
    (p.border ? `<w:pBdr><w:${p.border.side} w:val="single" w:sz="${p.border.size}" w:space="4" w:color="${hexColour(p.border.color)}"/></w:pBdr>` : '') +
    (p.bidi ? '<w:bidi/>' : '') +
    (spacing
      ? '<w:spacing' +
        (spacing.before === undefined ? '' : ` w:before="${spacing.before}"`) +
        (spacing.after === undefined ? '' : ` w:after="${spacing.after}"`) +
        (spacing.line === undefined ? '' : ` w:line="${spacing.line}" w:lineRule="${spacing.exact === false ? 'auto' : 'exact'}"`) +
        '/>'
      : '') +
    (p.hanging ? `<w:ind w:start="${p.hanging}" w:hanging="${p.hanging - (p.markerInset ?? 0)}"/>` : '') +
    (p.outline === undefined ? '' : `<w:outlineLvl w:val="${p.outline}"/>`);
  return xml && `<w:pPr>${xml}</w:pPr>`;
}

/** Run properties, in the order WordprocessingML requires of them. */
export interface RunProperties {
  /** The face for Latin text, and the one for complex script (Arabic). */
  readonly font?: { readonly latin: string; readonly complex: string };
  readonly bold?: boolean;
  readonly caps?: boolean;
  readonly color?: string;
  /** In half-points. */
  readonly size?: number;
  readonly rtl?: boolean;
  /** The language, and for right-to-left text the language of its complex script too. */
  readonly lang?: { readonly value: string; readonly rtl: boolean };
}

export function runProperties(r: RunProperties): string {
  const latin = r.font && escapeXml(r.font.latin);
  const xml =
    (r.font ? `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${latin}" w:cs="${escapeXml(r.font.complex)}"/>` : '') +
    (r.bold ? '<w:b/><w:bCs/>' : '') +
    (r.caps ? '<w:caps/>' : '') +
    (r.color ? `<w:color w:val="${hexColour(r.color)}"/>` : '') +
    (r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : '') +
    (r.rtl ? '<w:rtl/>' : '') +
    (r.lang ? `<w:lang w:val="${escapeXml(r.lang.value)}"${r.lang.rtl ? ` w:bidi="${escapeXml(r.lang.value)}"` : ''}/>` : '');
  return xml && `<w:rPr>${xml}</w:rPr>`;
}

/** word/styles.xml: the document's defaults, then each paragraph style the briefing uses. */
export function stylesXml(basis: StyleBasis): string {
  const { tokens, colors } = basis;
  const { fonts } = tokens;
  const type = wordType(basis);
  const face = (family: string) => ({ latin: family, complex: fonts.arabic });
  const heading = { font: face(fonts.heading), bold: true, color: colors.heading };
  // Never letter-spaced, as the HTML briefing sets them: spaced capitals come out of a PDF's text layer as separate
  // words ("B R I E F I N G"), and spaced Arabic letters lose their joins.
  const label = { bold: true, caps: true, color: colors.accent, size: type.size(geometry.kind.size) };
  const style = (id: string, name: string, p: ParagraphProperties, r: RunProperties = {}) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `${paragraphProperties(p)}${runProperties(r)}</w:style>`;
  const bullet = type.indent(geometry.messages.indent);
  const marker = markers(basis);
  const { title, facts } = geometry.header;
  return (
    `${xmlDeclaration}<w:styles ${wordNamespace}>` +
    `<w:docDefaults><w:rPrDefault>${runProperties({ font: face(fonts.body), color: colors.text, size: type.size(1), lang: { value: basis.lang, rtl: basis.rtl } })}</w:rPrDefault>` +
    `<w:pPrDefault>${paragraphProperties({ spacing: { before: 0, after: 0, line: type.line(1) } })}</w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    style(
      'Title',
      'Title',
      { spacing: { after: twips.points(title.margin), line: type.line(title.size, title.lineHeight) } },
      { ...heading, size: type.size(title.size) },
    ) +
    style(
      'Heading1',
      'Heading 1',
      {
        keepNext: true,
        keepLines: true,
        spacing: {
          before: twips.points(geometry.points.itemMarginBottom),
          after: twips.points(geometry.headline.marginBottom),
          line: type.line(geometry.headline.size, geometry.headline.lineHeight),
        },
        // A heading in Word's navigation pane and in a PDF's bookmarks.
        outline: 0,
      },
      { ...heading, size: type.size(geometry.headline.size) },
    ) +
    style('BriefingLabel', 'Briefing Label', { spacing: { after: twips.mm(2), line: type.line(geometry.kind.size) } }, label) +
    style(
      'BriefingEvent',
      'Briefing Event',
      { spacing: { after: twips.mm(1.5), line: type.line(geometry.header.event) } },
      { size: type.size(geometry.header.event), color: colors.muted },
    ) +
    style(
      'BriefingFacts',
      'Briefing Facts',
      {
        border: { side: 'bottom', size: 12, color: colors.accent },
        spacing: { before: twips.points(facts.marginTop), after: twips.points(geometry.header.marginBottom), line: type.line(facts.size) },
      },
      { size: type.size(facts.size) },
    ) +
    // Applying List Bullet to a paragraph gives it the bullet, as Word's own List Bullet does.
    style('ListBullet', 'List Bullet', {
      list: numbering.bullets,
      spacing: { after: twips.points(geometry.messages.itemMarginBottom), line: type.line(1) },
      hanging: bullet,
      markerInset: marker.bullets.inset,
    }) +
    style('PartLabel', 'Part Label', { keepNext: true, spacing: { after: twips.mm(1), line: type.line(geometry.ask.label.size) } }, label) +
    style(
      'BriefingFooter',
      'Briefing Footer',
      {
        border: { side: 'top', size: 6, color: colors.rule },
        spacing: { before: twips.points(geometry.footer.paddingTop), line: type.line(geometry.footer.size) },
      },
      { size: type.size(geometry.footer.size), color: colors.muted },
    ) +
    '</w:styles>'
  );
}

/**
 * Where the lists' markers sit. Left to right, each starts at the margin. Right to left, Word reads a marker aligned
 * "left" as aligned to the paragraph's start (the right margin), and LibreOffice reads it as it says, so the marker
 * began at the right margin and ran past it; nor do the two agree on "right". Both read "center" alike: the marker is
 * centred half its width (estimated wide, from the fonts set in its place) in from the margin, inside it in either.
 */
function markers(basis: StyleBasis) {
  const type = wordType(basis);
  const place = (width: number) => (basis.rtl ? { align: 'center', inset: Math.round(width / 2) } : { align: 'left', inset: 0 });
  return {
    /** "•" in the text's size. */
    bullets: place(type.indent(0.6)),
    /** "3." in a heading's size, bold. */
    points: place(type.indent(1.1 * geometry.headline.size)),
  };
}

/** word/numbering.xml: the key messages' bullets, in the accent colour, and the points' numbers, 1. 2. 3. */
export function numberingXml(basis: StyleBasis): string {
  const type = wordType(basis);
  const marker = markers(basis);
  const level = (format: string, text: string, indent: number, { align, inset }: { align: string; inset: number }, run = '') =>
    `<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
    `<w:lvlJc w:val="${align}"/>${paragraphProperties({ hanging: indent, markerInset: inset })}${run}</w:lvl>`;
  return (
    `${xmlDeclaration}<w:numbering ${wordNamespace}>` +
    `<w:abstractNum w:abstractNumId="${numbering.bullets}">${level('bullet', '•', type.indent(geometry.messages.indent), marker.bullets, runProperties({ color: basis.colors.accent }))}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="${numbering.points}">${level('decimal', '%1.', type.indent(geometry.points.indent), marker.points)}</w:abstractNum>` +
    Object.values(numbering)
      .map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`)
      .join('') +
    '</w:numbering>'
  );
}

/** word/settings.xml: Word 2013's layout, not a compatibility mode for older files. */
export const settingsXml =
  `${xmlDeclaration}<w:settings ${wordNamespace}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** The fonts the document uses, each as a serif or a sans serif, so Word sets one of the same kind where it is missing. */
export function fontTableXml(families: readonly string[], fontSearch: readonly string[]): string {
  const entries = [...new Set(families)].map(
    (family) =>
      `<w:font w:name="${escapeXml(family)}"><w:family w:val="${genericFamily(family, fontSearch) === 'serif' ? 'roman' : 'swiss'}"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `${xmlDeclaration}<w:fonts ${wordNamespace}>${entries.join('')}</w:fonts>`;
}
