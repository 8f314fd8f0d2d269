// briefing.docx's word/document.xml: the statement's briefing, paragraph by paragraph in the styles of
// docx-styles.ts, the logo at the head of the page, the ask in its shaded box, and the page it is set on.
import type { ResolvedConfig } from '../../config.js';
import { briefing as geometry } from '../../fit/layout.js';
import { labelsFor } from '../../plan/labels.js';
import type { Briefing } from '../../plan/briefing.js';
import { numbering, paragraphProperties, runProperties, twips, wordNamespace, type ParagraphProperties, type StyleBasis } from './docx-styles.js';
import { fitLogo, type OfficeLogo } from './logo.js';
import { blipXml, xfrm, type PictureEmbeds } from './picture.js';
import { escapeXml, hexColour, xmlDeclaration } from './xml.js';

/** Paper, in twentieths of a point. */
const papers = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
/**
 * Page margins in mm. The text block fitting measured (178 × 251 mm) fits inside on both papers, with a little height
 * to spare for a machine that sets the text in a wider font than the theme's.
 */
const margins = { top: 12, bottom: 12, left: 16, right: 16 } as const;

/** The logo as the document shows it: its image and the relationship ids of its PNG and SVG. */
export interface DocumentLogo {
  readonly image: OfficeLogo;
  readonly embeds: PictureEmbeds;
}

/** word/document.xml for the briefing. */
export function documentXml(briefing: Briefing, basis: StyleBasis, paper: ResolvedConfig['paper'], logo: DocumentLogo | undefined): string {
  const { meta } = briefing;
  const { rtl } = basis;
  const labels = labelsFor(meta.lang);
  const run = (text: string, bold = false) => `<w:r>${runProperties({ bold, rtl })}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const paragraph = (style: string, runs: string, extra: ParagraphProperties = {}) =>
    `<w:p>${paragraphProperties({ style, bidi: rtl, ...extra })}${runs}</w:p>`;
  // List Bullet carries the bullets, as in Word, so the paragraphs need no numbering of their own.
  const messages = (keyMessages: readonly string[]) => keyMessages.map((message) => paragraph('ListBullet', run(message))).join('');
  const page = papers[paper];
  const margin = { top: twips.mm(margins.top), bottom: twips.mm(margins.bottom), left: twips.mm(margins.left), right: twips.mm(margins.right) };

  const body = [
    logo ? logoParagraph(logo, rtl) : '',
    paragraph('BriefingLabel', run(labels.briefing)),
    meta.event || meta.panel ? paragraph('BriefingEvent', run([meta.event, meta.panel].filter(Boolean).join(' · '))) : '',
    paragraph('Title', run(meta.title)),
    // Who delivers it, where and when, each said once, as the HTML briefing's header says them.
    briefing.facts.length > 0
      ? paragraph('BriefingFacts', briefing.facts.map(({ term, value }, index) => run(`${index > 0 ? '    ' : ''}${term} `, true) + run(value)).join(''))
      : '',
    paragraph('PartLabel', run(labels.introduction)),
    paragraph('Heading1', run(briefing.introduction.headline), { spacing: { before: 0 } }),
    messages(briefing.introduction.keyMessages),
    ...briefing.points.map((point) => paragraph('Heading1', run(point.headline), { list: numbering.points }) + messages(point.keyMessages)),
    askBox(
      paragraph('PartLabel', run(labels.ask)) +
        paragraph('Heading1', run(briefing.ask.headline), { spacing: { before: 0 } }) +
        messages(briefing.ask.keyMessages),
      basis,
      page.width - margin.left - margin.right,
    ),
    // How long it takes: the header has said who, where and when.
    briefing.delivery ? paragraph('BriefingFooter', run(briefing.delivery)) : '',
  ].join('');
  const section =
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>`;
  return (
    `${xmlDeclaration}<w:document ${wordNamespace} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>${body}${section}</w:body></w:document>`
  );
}

/**
 * The ask in a shaded box: a one-cell table with the `surface` fill and an `accent` rule on the side a line starts
 * from. In a right-to-left table (bidiVisual) Word and LibreOffice take a cell's left and right borders as its start
 * and end, so "left" is drawn on the right.
 */
function askBox(content: string, basis: StyleBasis, width: number): string {
  const { colors } = basis;
  const none = (side: string) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`;
  const padding = (side: string, value: number) => `<w:${side} w:w="${twips.mm(value)}" w:type="dxa"/>`;
  return (
    `<w:tbl><w:tblPr>${basis.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:w="5000" w:type="pct"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(none).join('')}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>` +
    '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>' +
    `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:tcBorders>${none('top')}<w:left w:val="single" w:sz="24" w:space="0" w:color="${hexColour(colors.accent)}"/>${none('bottom')}${none('right')}</w:tcBorders>` +
    `<w:shd w:fill="${hexColour(colors.surface)}" w:color="auto" w:val="clear"/>` +
    `<w:tcMar>${padding('top', 3)}${padding('left', 4)}${padding('bottom', 3)}${padding('right', 4)}</w:tcMar></w:tcPr>` +
    `${content}</w:tc></w:tr></w:tbl>`
  );
}

/** EMU in a millimetre, as DrawingML sizes a picture. */
const emuPerMm = 36000;

/**
 * The logo at the head of the page: 9 mm high (60 mm wide at most), as fitting counts it in the HTML briefing, at
 * single spacing, not the exact lines of the text, which would clip the picture to one line's height.
 */
function logoParagraph(logo: DocumentLogo, rtl: boolean): string {
  const size = fitLogo(logo.image.aspect, geometry.logo.height / geometry.mm, 60);
  const [cx, cy] = [Math.round(size.width * emuPerMm), Math.round(size.height * emuPerMm)];
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  // A fixed id, so the same input gives the same bytes; the alt text in both places Word and LibreOffice read it from.
  const name = `id="1" name="Logo" descr="${escapeXml(logo.image.alt)}"`;
  const picture =
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr ${name}/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill>${blipXml(logo.embeds)}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr>${xfrm({ x: 0, y: 0, width: cx, height: cy })}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`;
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr ${name}/><wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">${picture}</a:graphicData></a:graphic></wp:inline></w:drawing>`;
  const properties = paragraphProperties({
    keepNext: true,
    bidi: rtl,
    spacing: { before: 0, after: twips.points(geometry.logo.marginBottom), line: 240, exact: false },
  });
  return `<w:p>${properties}<w:r>${drawing}</w:r></w:p>`;
}
