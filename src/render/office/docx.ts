// briefing.docx: the one-page briefing as a Word document with Word's own styles (Title, Heading 1, List Bullet, a
// numbered list of points, "The ask" in a shaded box), on A4 or US Letter, at the type size fitting chose, so it stays
// on one page. Written with the docx library, loaded only when a build renders it.
import type { ResolvedConfig } from '../../config.js';
import { briefing as geometry } from '../../fit/layout.js';
import { labelsFor } from '../../plan/labels.js';
import type { PlannedStatement } from '../../plan/statement.js';
import { printPalette } from '../../themes/contrast.js';
import { genericFamily } from '../../themes/fonts.js';
import type { Output } from '../output.js';
import { fitLogo, officeLogo } from './logo.js';
import { corePropertiesXml } from './package.js';
import { escapeXml, xmlDeclaration } from './xml.js';
import { bytesOf, readZip, writeZip } from './zip.js';

export const docxOutput: Output = {
  name: 'docx',
  templates: [],
  files: [{ file: 'briefing.docx', label: 'Briefing (Word)' }],
  async render(planned, { config }) {
    return [{ path: `${planned.briefing.slug}/briefing.docx`, contents: await renderDocx(planned, config) }];
  },
};

type Docx = typeof import('docx');

/** Twentieths of a point in a millimetre. */
const twipsPerMm = 1440 / 25.4;
/** Paper, in twentieths of a point. */
const papers = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
/**
 * Page margins in mm. The text block fitting measured (178 × 251 mm) fits inside on both papers, with a little height
 * to spare for a machine that sets the text in a wider font than the theme's.
 */
const margins = { top: 12, bottom: 12, left: 16, right: 16 } as const;

/** The briefing as a .docx file's bytes. */
export async function renderDocx(planned: PlannedStatement, config: Pick<ResolvedConfig, 'paper' | 'root' | 'packageRoot'>): Promise<Uint8Array> {
  const docx = await import('docx');
  const { briefing, theme } = planned;
  const { meta } = briefing;
  const { fonts, type } = theme.tokens;
  // Paper is white: a dark theme's screen colours would not show on it.
  const colors = printPalette(theme.tokens);
  const rtl = meta.dir === 'rtl';
  const labels = labelsFor(meta.lang);
  const base = type.print * briefing.scale;
  /** Half-points, as Word gives sizes. */
  const size = (em: number) => Math.round(base * em * 2);
  /** Exact line spacing keeps the page's height the same in any font a machine sets the text in. */
  const lines = (em: number, lineHeight = type.lineHeight) => ({ line: Math.round(base * em * lineHeight * 20), lineRule: docx.LineRuleType.EXACT });
  const mm = (value: number) => Math.round(value * twipsPerMm);
  /** Twips from points, as the briefing's geometry gives its spacing. */
  const points = (value: number) => Math.round(value * 20);
  const hex = (colour: string) => (colour.length === 4 ? [...colour.slice(1)].map((d) => d + d).join('') : colour.slice(1)).toUpperCase();
  const face = (family: string) => ({ ascii: family, hAnsi: family, cs: fonts.arabic, eastAsia: family });
  const run = (text: string, options: { bold?: boolean } = {}) => new docx.TextRun({ text, bold: options.bold, rightToLeft: rtl || undefined });
  const paragraph = (style: string, children: InstanceType<Docx['TextRun']>[], extra: Partial<ConstructorParameters<Docx['Paragraph']>[0] & object> = {}) =>
    new docx.Paragraph({ style, children, bidirectional: rtl || undefined, ...extra });
  const messages = (keyMessages: readonly string[]) =>
    keyMessages.map((message) => paragraph('ListBullet', [run(message)], { numbering: { reference: 'bullets', level: 0 } }));

  const heading = { font: face(fonts.heading), bold: true, color: hex(colors.heading) };
  // Never letter-spaced, as the HTML briefing sets them: spaced capitals come out of a PDF's text layer as separate
  // words ("B R I E F I N G"), and spaced Arabic letters lose their joins.
  const label = { bold: true, allCaps: true, color: hex(colors.accent), size: size(geometry.kind.size) };
  const style = (id: string, name: string, run: object, paragraph: object, extra: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph,
    ...extra,
  });

  const logo = briefing.logo && (await officeLogo(briefing.logo));
  const body = [
    ...(logo ? [logoParagraph(logo)] : []),
    paragraph('BriefingLabel', [run(labels.briefing)]),
    ...(meta.event || meta.panel ? [paragraph('BriefingEvent', [run([meta.event, meta.panel].filter(Boolean).join(' · '))])] : []),
    paragraph('Title', [run(meta.title)]),
    // Who delivers it, where and when, each said once, as the HTML briefing's header says them.
    ...(briefing.facts.length > 0
      ? [
          paragraph(
            'BriefingFacts',
            briefing.facts.flatMap(({ term, value }, index) => [run(`${index > 0 ? '    ' : ''}${term} `, { bold: true }), run(value)]),
          ),
        ]
      : []),
    paragraph('PartLabel', [run(labels.introduction)]),
    paragraph('Heading1', [run(briefing.introduction.headline)], { spacing: { before: 0 } }),
    ...messages(briefing.introduction.keyMessages),
    ...briefing.points.flatMap((point) => [
      paragraph('Heading1', [run(point.headline)], { numbering: { reference: 'points', level: 0 } }),
      ...messages(point.keyMessages),
    ]),
    askBox(),
    // How long it takes: the header has said who, where and when.
    ...(briefing.delivery ? [paragraph('BriefingFooter', [run(briefing.delivery)])] : []),
  ];

  /** The logo at the head of the page: 9 mm high (60 mm wide at most), as fitting counts it in the HTML briefing. */
  function logoParagraph(image: Awaited<ReturnType<typeof officeLogo>>) {
    const pxPerMm = 96 / 25.4;
    const { width, height } = fitLogo(image.aspect, geometry.logo.height / geometry.mm, 60);
    const transformation = { width: width * pxPerMm, height: height * pxPerMm };
    // A fixed id, so the same input gives the same bytes however many documents a build has made before.
    const altText = { id: '1', name: 'Logo', description: image.alt };
    const picture = image.svg
      ? new docx.ImageRun({ type: 'svg', data: image.svg, fallback: { type: 'png', data: image.png }, transformation, altText })
      : new docx.ImageRun({ type: 'png', data: image.png, transformation, altText });
    // Single spacing, not the exact lines of the text, which would clip the picture to one line's height.
    return new docx.Paragraph({
      children: [picture],
      bidirectional: rtl || undefined,
      keepNext: true,
      spacing: { before: 0, after: points(geometry.logo.marginBottom), line: 240, lineRule: docx.LineRuleType.AUTO },
    });
  }

  function askBox() {
    const edge = { style: docx.BorderStyle.NONE, size: 0, color: 'auto' };
    return new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl || undefined,
      borders: { top: edge, bottom: edge, left: edge, right: edge, insideHorizontal: edge, insideVertical: edge },
      rows: [
        new docx.TableRow({
          cantSplit: true,
          children: [
            new docx.TableCell({
              shading: { type: docx.ShadingType.CLEAR, fill: hex(colors.surface), color: 'auto' },
              margins: { top: mm(3), bottom: mm(3), left: mm(4), right: mm(4) },
              borders: {
                top: edge,
                bottom: edge,
                // The rule on the side a line starts from. In a right-to-left table (bidiVisual) Word and LibreOffice
                // take a cell's left and right borders as its start and end, so "left" is drawn on the right.
                left: { style: docx.BorderStyle.SINGLE, size: 24, color: hex(colors.accent) },
                right: edge,
              },
              children: [
                paragraph('PartLabel', [run(labels.ask)]),
                paragraph('Heading1', [run(briefing.ask.headline)], { spacing: { before: 0 } }),
                ...messages(briefing.ask.keyMessages),
              ],
            }),
          ],
        }),
      ],
    });
  }

  const indent = (em: number) => Math.round(base * em * 20);
  const document = new docx.Document({
    title: meta.title,
    creator: meta.speaker ?? '',
    subject: meta.occasion,
    styles: {
      default: {
        document: {
          run: { font: face(fonts.body), size: size(1), color: hex(colors.text), language: { value: meta.lang, bidirectional: rtl ? meta.lang : undefined } },
          paragraph: { spacing: { before: 0, after: 0, ...lines(1) } },
        },
        title: {
          run: { ...heading, size: size(geometry.header.title.size) },
          paragraph: { spacing: { after: points(geometry.header.title.margin), ...lines(geometry.header.title.size, geometry.header.title.lineHeight) } },
        },
        heading1: {
          run: { ...heading, size: size(geometry.headline.size) },
          paragraph: {
            keepNext: true,
            keepLines: true,
            spacing: {
              before: points(geometry.points.itemMarginBottom),
              after: points(geometry.headline.marginBottom),
              ...lines(geometry.headline.size, geometry.headline.lineHeight),
            },
          },
        },
      },
      paragraphStyles: [
        style('BriefingLabel', 'Briefing Label', label, { spacing: { after: mm(2), ...lines(geometry.kind.size) } }),
        style(
          'BriefingEvent',
          'Briefing Event',
          { size: size(geometry.header.event), color: hex(colors.muted) },
          { spacing: { after: mm(1.5), ...lines(geometry.header.event) } },
        ),
        style(
          'BriefingFacts',
          'Briefing Facts',
          { size: size(geometry.header.facts.size) },
          {
            spacing: { before: points(geometry.header.facts.marginTop), after: points(geometry.header.marginBottom), ...lines(geometry.header.facts.size) },
            border: { bottom: { style: docx.BorderStyle.SINGLE, size: 12, color: hex(colors.accent), space: 4 } },
          },
        ),
        style(
          'ListBullet',
          'List Bullet',
          {},
          {
            indent: { start: indent(geometry.messages.indent), hanging: indent(geometry.messages.indent) },
            spacing: { after: points(geometry.messages.itemMarginBottom), ...lines(1) },
          },
        ),
        style('PartLabel', 'Part Label', label, { keepNext: true, spacing: { after: mm(1), ...lines(geometry.ask.label.size) } }),
        style(
          'BriefingFooter',
          'Briefing Footer',
          { size: size(geometry.footer.size), color: hex(colors.muted) },
          {
            spacing: { before: points(geometry.footer.paddingTop), ...lines(geometry.footer.size) },
            border: { top: { style: docx.BorderStyle.SINGLE, size: 6, color: hex(colors.rule), space: 4 } },
          },
        ),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: docx.LevelFormat.BULLET,
              text: '•',
              alignment: docx.AlignmentType.START,
              style: {
                paragraph: { indent: { start: indent(geometry.messages.indent), hanging: indent(geometry.messages.indent) } },
                run: { color: hex(colors.accent) },
              },
            },
          ],
        },
        {
          reference: 'points',
          levels: [
            {
              level: 0,
              format: docx.LevelFormat.DECIMAL,
              text: '%1.',
              alignment: docx.AlignmentType.START,
              style: { paragraph: { indent: { start: indent(geometry.points.indent), hanging: indent(geometry.points.indent) } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: papers[config.paper],
            margin: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right), header: 0, footer: 0 },
          },
        },
        children: body,
      },
    ],
  });
  const parts = readZip(await docx.Packer.toBuffer(document));
  // What docx writes with the time it was made, written again from the statement, so the same input gives the same bytes.
  parts.set(
    'docProps/core.xml',
    bytesOf(corePropertiesXml({ title: meta.title, creator: meta.speaker, subject: meta.occasion, language: meta.lang, date: meta.date })),
  );
  parts.set('word/fontTable.xml', bytesOf(fontTable([fonts.body, fonts.heading, fonts.arabic], [config.root, config.packageRoot])));
  return writeZip(parts);
}

/** The fonts the document uses, each as a serif or a sans serif, so Word sets one of the same kind where it is missing. */
function fontTable(families: readonly string[], fontSearch: readonly string[]): string {
  const entries = [...new Set(families)].map(
    (family) =>
      `<w:font w:name="${escapeXml(family)}"><w:family w:val="${genericFamily(family, fontSearch) === 'serif' ? 'roman' : 'swiss'}"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `${xmlDeclaration}<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}
