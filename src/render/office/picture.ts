// The logo on deck.pptx's slides: a picture with its alt text, placed where no placeholder is, so the slide's text
// stays in its placeholders and never runs under it. On Lectern's own master it is where the reveal.js deck has it:
// larger on the title slide (in the band under the speaker's lines, beside the slide number) and small at the start of
// the footer of the slides between, the footer's text moved along to make room. On an organization's template, only
// on the title slide, in the first corner its layout leaves free.
import { slide as geometry } from '../../fit/layout.js';
import { boxes, emuPerPx } from './master.js';
import { relationshipType, relationships } from './package.js';
import { fitLogo, type OfficeLogo } from './logo.js';
import type { DeckTemplate, TemplateLayout } from './template.js';
import { attributes, elements, escapeXml, startTags } from './xml.js';
import { textOf } from './zip.js';

export const imageRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** The extension PowerPoint reads an SVG picture from, beside the PNG every reader shows. */
const svgExtension = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

/** A box on the slide, in EMU. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a slide shows the logo, and on a content slide of Lectern's own master, where its footer then goes. */
export interface LogoPlace {
  readonly picture: Frame;
  readonly footer?: Frame | undefined;
}

/** The relationship ids of a picture's images: the PNG every reader shows, and the SVG beside it. */
export interface PictureEmbeds {
  readonly png: string;
  readonly svg?: string | undefined;
}

/** The picture's XML: `png` and `svg` the relationship ids of its images. */
export function pictureXml(id: number, alt: string, frame: Frame, embeds: PictureEmbeds): string {
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Logo" descr="${escapeXml(alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill>${blipXml(embeds)}<a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

/** The picture's image, in PowerPoint and Word alike: the PNG, and the SVG in the extension that newer versions show. */
export function blipXml(embeds: PictureEmbeds): string {
  const svg = embeds.svg
    ? `<a:extLst><a:ext uri="${svgExtension}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${embeds.svg}"/></a:ext></a:extLst>`
    : '';
  return `<a:blip r:embed="${embeds.png}">${svg}</a:blip>`;
}

export function xfrm(frame: Frame): string {
  const emu = (value: number) => Math.round(value);
  return `<a:xfrm><a:off x="${emu(frame.x)}" y="${emu(frame.y)}"/><a:ext cx="${emu(frame.width)}" cy="${emu(frame.height)}"/></a:xfrm>`;
}

/** On Lectern's own master: the title slide's logo, 44 px high in the band under the text, at most 480 px wide. */
export function ownTitlePlace(logo: OfficeLogo, rtl: boolean): LogoPlace {
  const size = fitLogo(logo.aspect, 44, 480);
  const x = rtl ? geometry.width - geometry.padding.right - size.width : geometry.padding.left;
  return { picture: px({ x, y: middleOfFooter - size.height / 2, ...size }) };
}

/**
 * On Lectern's own master: a content slide's logo, 28 px high at the start of the footer, at most 200 px wide (as the
 * reveal.js deck has it), and the footer placeholder moved along past it.
 */
export function ownFooterPlace(logo: OfficeLogo, rtl: boolean): LogoPlace {
  const size = fitLogo(logo.aspect, geometry.logo.footer.height, 200);
  const gap = 16;
  const footer = boxes.footer;
  const start = rtl ? geometry.width - footer.x - size.width : footer.x;
  const text = {
    x: rtl ? geometry.width - footer.x - footer.width : footer.x + size.width + gap,
    y: footer.y,
    width: footer.width - size.width - gap,
    height: footer.height,
  };
  return { picture: px({ x: start, y: middleOfFooter - size.height / 2, ...size }), footer: px(text) };
}

const middleOfFooter = boxes.footer.y + boxes.footer.height / 2;

function px(box: Frame): Frame {
  return { x: box.x * emuPerPx, y: box.y * emuPerPx, width: box.width * emuPerPx, height: box.height * emuPerPx };
}

/**
 * On an organization's template: the title slide's logo, a tenth of the slide high (as the reveal.js deck's 72 px of
 * 720) or smaller, in the first corner (top left, top right, bottom left, bottom right) where it covers none of the
 * title layout's placeholders and pictures; undefined when the layout leaves no corner free.
 */
export function templateTitlePlace(logo: OfficeLogo, template: DeckTemplate): LogoPlace | undefined {
  const slide = slideSize(template);
  const taken = occupied(template, template.title);
  const margin = slide.height * 0.04;
  for (const share of [0.1, 0.075, 0.05]) {
    const size = fitLogo(logo.aspect, slide.height * share, slide.width * 0.375);
    const left = margin;
    const right = slide.width - margin - size.width;
    const top = margin;
    const bottom = slide.height - margin - size.height;
    for (const [x, y] of [
      [left, top],
      [right, top],
      [left, bottom],
      [right, bottom],
    ] as const) {
      const frame = { x, y, ...size };
      if (!taken.some((box) => overlaps(box, frame))) return { picture: frame };
    }
  }
  return undefined;
}

function overlaps(a: Frame, b: Frame): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function slideSize(template: DeckTemplate): { width: number; height: number } {
  const tag = startTags(textOf(template.parts.get(template.presentation)!), 'p:sldSz')[0];
  const attrs = attributes(tag ?? '');
  return { width: Number(attrs.get('cx') ?? 12192000), height: Number(attrs.get('cy') ?? 6858000) };
}

/**
 * The boxes a title slide's text and pictures take: the layout's placeholders that a title slide fills or shows (not
 * its date and footer, which the title slide leaves empty), each where the layout puts it or else where the master
 * puts its own of that type, and the pictures of the layout and the master.
 */
function occupied(template: DeckTemplate, layout: TemplateLayout): Frame[] {
  const layoutXml = textOf(template.parts.get(layout.part)!);
  const masterPart = relationships(template.parts, layout.part).find((rel) => rel.type === relationshipType.slideMaster)?.target;
  const masterXml = masterPart && template.parts.has(masterPart) ? textOf(template.parts.get(masterPart)!) : '';
  const kind = (type: string) => (type === 'ctrTitle' ? 'title' : ['subTitle', 'obj'].includes(type) ? 'body' : type);
  const masterBoxes = new Map<string, Frame>();
  for (const shape of elements(masterXml, 'p:sp')) {
    const ph = startTags(shape, 'p:ph')[0];
    const box = frameOf(shape);
    if (ph && box) masterBoxes.set(kind(attributes(ph).get('type') ?? 'obj'), box);
  }
  const placeholders = elements(layoutXml, 'p:sp').flatMap((shape) => {
    const ph = startTags(shape, 'p:ph')[0];
    if (!ph) return [];
    const type = attributes(ph).get('type') ?? 'obj';
    if (type === 'dt' || type === 'ftr') return [];
    const box = frameOf(shape) ?? masterBoxes.get(kind(type));
    return box ? [box] : [];
  });
  const pictures = [layoutXml, masterXml].flatMap((xml) => elements(xml, 'p:pic').flatMap((pic) => frameOf(pic) ?? []));
  return [...placeholders, ...pictures];
}

function frameOf(shape: string): Frame | undefined {
  const xml = elements(shape, 'a:xfrm')[0];
  if (!xml) return undefined;
  const off = attributes(startTags(xml, 'a:off')[0] ?? '');
  const ext = attributes(startTags(xml, 'a:ext')[0] ?? '');
  const [x, y, width, height] = [off.get('x'), off.get('y'), ext.get('cx'), ext.get('cy')].map(Number);
  return [x, y, width, height].every((value) => Number.isFinite(value)) && width! > 0 && height! > 0
    ? { x: x!, y: y!, width: width!, height: height! }
    : undefined;
}
