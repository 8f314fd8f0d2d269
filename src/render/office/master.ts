// Lectern's own PowerPoint master, made from a theme's tokens: a slide master with a "Title Slide" and a "Title and
// Content" layout laid out as the reveal.js deck is (where each placeholder goes, at the theme's type sizes), and a
// notes master. own-template.ts packs them, with the theme part, into the empty presentation a deck is made on.
import { slide as geometry } from '../../fit/layout.js';
import type { ThemeTokens } from '../../themes/theme.js';
import { element, escapeXml, xmlDeclaration } from './xml.js';

export const namespaces =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** EMU in a CSS px of the 1280×720 slide: the deck's slide is 13.333 × 7.5 in, PowerPoint's 16:9. */
export const emuPerPx = 9525;
/** Hundredths of a point in a CSS px. */
const centipointsPerPx = 75;

/** The placeholder a slide fills with its "Point 2 of 3" line, in Lectern's own layouts. */
export const markerIndex = '13';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where each placeholder is, in px of the 1280×720 slide, as the reveal.js deck sets them out. */
const { padding } = geometry;
const contentWidth = geometry.width - padding.left - padding.right;
export const boxes = {
  marker: { x: padding.left, y: padding.top, width: contentWidth, height: 34 },
  /** Two lines of headline, set on the rule under them. */
  title: { x: padding.left, y: 92, width: contentWidth, height: 150 },
  titleRule: 252,
  body: { x: padding.left, y: 282, width: contentWidth, height: geometry.height - padding.bottom - 282 },
  /** The title slide: up to four lines of title, then the panel, the speaker and the occasion. */
  coverTitle: { x: padding.left, y: 92, width: contentWidth, height: 250 },
  coverRule: 352,
  subtitle: { x: padding.left, y: 376, width: contentWidth, height: geometry.height - padding.bottom - 376 },
  footer: { x: padding.left, y: geometry.height - 50, width: 820, height: 36 },
  number: { x: geometry.width - padding.right - 160, y: geometry.height - 50, width: 160, height: 36 },
} as const satisfies Record<string, Box | number>;

/** Shapes of a master or layout, with ids in order, mirrored for a right-to-left deck. */
export class Layout {
  private id = 1;

  constructor(private readonly rtl: boolean) {}

  frame(box: Box): string {
    const x = this.rtl ? geometry.width - box.x - box.width : box.x;
    return `<a:xfrm><a:off x="${x * emuPerPx}" y="${box.y * emuPerPx}"/><a:ext cx="${box.width * emuPerPx}" cy="${box.height * emuPerPx}"/></a:xfrm>`;
  }

  /** A placeholder: `ph` its `<p:ph>` attributes, `body` its bodyPr, list style and text. */
  placeholder(name: string, ph: Record<string, string>, box: Box, text: { bodyPr?: string; lstStyle?: string; paragraphs?: string } = {}): string {
    const id = ++this.id;
    return (
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${element('p:ph', ph)}</p:nvPr></p:nvSpPr>` +
      `<p:spPr>${this.frame(box)}</p:spPr><p:txBody>${text.bodyPr ?? '<a:bodyPr/>'}<a:lstStyle>${text.lstStyle ?? ''}</a:lstStyle>` +
      `${text.paragraphs ?? '<a:p><a:endParaRPr lang="en-US"/></a:p>'}</p:txBody></p:sp>`
    );
  }

  /** The accent rule under a headline: a line, not text. */
  rule(y: number): string {
    const id = ++this.id;
    return (
      `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Rule" descr=""/><p:cNvCxnSpPr/><p:nvPr userDrawn="1"/></p:nvCxnSpPr>` +
      `<p:spPr>${this.frame({ x: padding.left, y, width: contentWidth, height: 0 })}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
      `<a:ln w="${4 * emuPerPx}"><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:ln></p:spPr></p:cxnSp>`
    );
  }

  /** The marker line above the headline, the footer and the slide number: on every layout. */
  furniture(sizes: Sizes): string {
    const markerSize = sizes.marker;
    return (
      this.placeholder('Marker', { type: 'body', sz: 'quarter', idx: markerIndex }, boxes.marker, {
        bodyPr: '<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>',
        lstStyle: `<a:lvl1pPr marL="0" indent="0"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr sz="${markerSize}" b="1" cap="all" spc="${this.rtl ? 0 : Math.round(markerSize * geometry.marker.letterSpacing)}"><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:defRPr></a:lvl1pPr>`,
      }) +
      this.placeholder('Footer', { type: 'ftr', sz: 'quarter', idx: '11' }, boxes.footer, {
        bodyPr: '<a:bodyPr anchor="ctr"/>',
        lstStyle: `<a:lvl1pPr algn="${this.rtl ? 'r' : 'l'}"><a:defRPr sz="${sizes.small}"><a:solidFill><a:schemeClr val="accent2"/></a:solidFill>${font('mn')}</a:defRPr></a:lvl1pPr>`,
      }) +
      this.placeholder('Slide Number', { type: 'sldNum', sz: 'quarter', idx: '12' }, boxes.number, {
        bodyPr: '<a:bodyPr anchor="ctr"/>',
        lstStyle: `<a:lvl1pPr algn="${this.rtl ? 'l' : 'r'}"><a:defRPr sz="${sizes.small}"><a:solidFill><a:schemeClr val="accent2"/></a:solidFill>${font('mn')}</a:defRPr></a:lvl1pPr>`,
        paragraphs:
          '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>',
      })
    );
  }
}

/** The type sizes of Lectern's own master, in hundredths of a point: the theme's, as the reveal.js deck sets them. */
export interface Sizes {
  readonly heading: number;
  readonly coverHeading: number;
  readonly closingHeading: number;
  readonly text: number;
  readonly marker: number;
  readonly small: number;
}

export function ownSizes(type: ThemeTokens['type']): Sizes {
  const heading = type.slideHeading * centipointsPerPx;
  return {
    heading,
    coverHeading: Math.round(heading * geometry.title.headline),
    closingHeading: Math.round(heading * geometry.closing.headline),
    text: type.slide * centipointsPerPx,
    marker: Math.round(type.slide * geometry.marker.size * centipointsPerPx),
    small: 1200,
  };
}

/** The theme's heading (`mj`) or body (`mn`) fonts, for Latin, East Asian and complex scripts. */
const font = (role: 'mj' | 'mn') => `<a:latin typeface="+${role}-lt"/><a:ea typeface="+${role}-ea"/><a:cs typeface="+${role}-cs"/>`;

const spTree = (shapes: string) => `<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree>`;

const colourMap =
  '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';

export function masterXml(layout: Layout, sizes: Sizes, lineHeight: number, rtl: boolean): string {
  const align = rtl ? ' algn="r" rtl="1"' : ' algn="l" rtl="0"';
  // PowerPoint's single spacing is about 1.2 times the font size; CSS line-height is a multiple of the size itself.
  const spacing = (multiple: number) => `<a:lnSpc><a:spcPct val="${Math.round((multiple / 1.2) * 100000)}"/></a:lnSpc>`;
  const indent = Math.round(geometry.messages.indent * (sizes.text / centipointsPerPx) * emuPerPx);
  const gap = Math.round(geometry.messages.gap * sizes.text);
  const bodyLevel = (level: number) =>
    `<a:lvl${level}pPr marL="${indent * level}" indent="-${indent}"${align}>${spacing(lineHeight)}<a:spcBef><a:spcPts val="${gap}"/></a:spcBef>` +
    `<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buSzPct val="60000"/><a:buFont typeface="Arial"/><a:buChar char="■"/>` +
    `<a:defRPr sz="${level === 1 ? sizes.text : Math.round(sizes.text * 0.85)}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>${font('mn')}</a:defRPr></a:lvl${level}pPr>`;
  const shapes =
    layout.placeholder('Title', { type: 'title' }, boxes.title, { bodyPr: '<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>' }) +
    layout.placeholder('Text', { type: 'body', idx: '1' }, boxes.body, { bodyPr: '<a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr>' }) +
    layout.furniture(sizes);
  return (
    `${xmlDeclaration}<p:sldMaster ${namespaces}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>` +
    `${spTree(shapes)}</p:cSld>${colourMap}` +
    '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst>' +
    '<p:txStyles>' +
    `<p:titleStyle><a:lvl1pPr${align}>${spacing(geometry.headline.lineHeight)}<a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>` +
    `<a:defRPr sz="${sizes.heading}" b="1"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill>${font('mj')}</a:defRPr></a:lvl1pPr></p:titleStyle>` +
    `<p:bodyStyle>${[1, 2, 3].map(bodyLevel).join('')}</p:bodyStyle>` +
    `<p:otherStyle><a:defPPr${align}><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr${align}><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>${font('mn')}</a:defRPr></a:lvl1pPr></p:otherStyle>` +
    '</p:txStyles></p:sldMaster>'
  );
}

function layoutXml(name: string, type: string, shapes: string): string {
  return (
    `${xmlDeclaration}<p:sldLayout ${namespaces} type="${type}" preserve="1"><p:cSld name="${name}">${spTree(shapes)}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

export function titleLayoutXml(layout: Layout, sizes: Sizes): string {
  const subtitleSize = Math.round(sizes.text * geometry.title.reveal.role);
  const shapes =
    layout.placeholder('Title', { type: 'ctrTitle' }, boxes.coverTitle, {
      bodyPr: '<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>',
      lstStyle: `<a:lvl1pPr><a:defRPr sz="${sizes.coverHeading}"/></a:lvl1pPr>`,
    }) +
    layout.rule(boxes.coverRule) +
    layout.placeholder('Subtitle', { type: 'subTitle', idx: '1' }, boxes.subtitle, {
      bodyPr: '<a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr>',
      lstStyle: `<a:lvl1pPr marL="0" indent="0"><a:spcBef><a:spcPts val="${Math.round(subtitleSize * 0.3)}"/></a:spcBef><a:buNone/><a:defRPr sz="${subtitleSize}"><a:solidFill><a:schemeClr val="accent2"/></a:solidFill></a:defRPr></a:lvl1pPr>`,
    }) +
    layout.furniture(sizes);
  return layoutXml('Title Slide', 'title', shapes);
}

export function contentLayoutXml(layout: Layout, sizes: Sizes): string {
  const shapes =
    layout.placeholder('Title', { type: 'title' }, boxes.title, { bodyPr: '<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>' }) +
    layout.rule(boxes.titleRule) +
    layout.placeholder('Content', { idx: '1' }, boxes.body, { bodyPr: '<a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr>' }) +
    layout.furniture(sizes);
  return layoutXml('Title and Content', 'obj', shapes);
}

export function notesMasterXml(rtl: boolean): string {
  const layout = new Layout(false);
  const shapes =
    layout.placeholder('Slide Image', { type: 'sldImg', idx: '2' }, { x: 72, y: 96, width: 576, height: 324 }) +
    layout.placeholder('Notes', { type: 'body', sz: 'quarter', idx: '3' }, { x: 72, y: 456, width: 576, height: 456 });
  const level = `<a:lvl1pPr marL="0" algn="${rtl ? 'r' : 'l'}" rtl="${rtl ? 1 : 0}"><a:spcAft><a:spcPts val="600"/></a:spcAft><a:defRPr sz="1200"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>`;
  // The notes page is 7.5 × 10 in, laid out in px of 96 to the inch as the slide is; black on white in every theme,
  // as notes are printed.
  return `${xmlDeclaration}<p:notesMaster ${namespaces}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>${spTree(shapes)}</p:cSld>${colourMap}<p:notesStyle>${level}</p:notesStyle></p:notesMaster>`;
}
