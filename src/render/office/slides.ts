// The XML of one slide and of its notes page: every text in a placeholder of the slide's layout, so it stays editable
// and takes the master's design; key messages as bullet paragraphs; the footer and slide number as PowerPoint's own.
import type { MetaView } from '../../plan/meta.js';
import type { Slide } from '../../plan/deck.js';
import { namespaces, type Sizes } from './master.js';
import { pictureXml, xfrm, type Frame, type LogoPlace } from './picture.js';
import type { Placeholder, TemplateLayout } from './template.js';
import { element, escapeXml, xmlDeclaration } from './xml.js';

export interface SlideText {
  readonly meta: MetaView;
  readonly rtl: boolean;
  /**
   * The type sizes of Lectern's own master, in hundredths of a point, so a slide that fitting shrank is set at its
   * size; undefined on an organization's template, whose sizes are its own (its placeholders shrink text that overflows).
   */
  readonly sizes: Sizes | undefined;
}

/** The logo a slide shows: its alt text, its images' relationship ids, and where it goes. */
export interface SlideLogo {
  readonly alt: string;
  readonly embeds: { readonly png: string; readonly svg?: string | undefined };
  readonly place: LogoPlace;
}

/** One run of text in a paragraph. */
interface Run {
  readonly text: string;
  readonly size?: number | undefined;
  readonly bold?: boolean;
}

/** A placeholder's shape on a slide: its type and index as the layout has them, and its paragraphs. */
class Shapes {
  private id = 1;
  readonly xml: string[] = [];

  constructor(private readonly text: SlideText) {}

  /**
   * `align` is given where LibreOffice would not take the layout's alignment (a footer's); `frame` where the slide
   * moves the placeholder from where its layout has it (a footer beside the logo).
   */
  add(name: string, placeholder: Placeholder | undefined, paragraphs: readonly (readonly Run[])[], align?: 'l' | 'r', frame?: Frame): void {
    if (!placeholder || paragraphs.length === 0) return;
    const id = ++this.id;
    // A right-to-left paragraph is set from the right, except where a template's layout centres it (a title slide's).
    const centred = this.text.sizes === undefined && ['ctrTitle', 'subTitle'].includes(placeholder.type);
    const attrs = { rtl: this.text.rtl ? '1' : undefined, algn: align ?? (this.text.rtl && !centred ? 'r' : undefined) };
    const pPr = attrs.rtl || attrs.algn ? element('a:pPr', attrs) : '';
    const body = paragraphs.map((runs) => `<a:p>${pPr}${runs.map((run) => this.run(run)).join('')}</a:p>`).join('');
    this.xml.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${element('p:ph', placeholder.ph)}</p:nvPr></p:nvSpPr>` +
        `<p:spPr${frame ? `>${xfrm(frame)}</p:spPr>` : '/>'}<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>${body}</p:txBody></p:sp>`,
    );
  }

  /** The organization's logo, with its alt text. */
  addLogo(logo: SlideLogo | undefined): void {
    if (logo) this.xml.push(pictureXml(++this.id, logo.alt, logo.place.picture, logo.embeds));
  }

  /** The slide number: PowerPoint's field, which it renumbers itself when slides move. */
  addNumber(placeholder: Placeholder | undefined, number: number): void {
    if (!placeholder) return;
    const id = ++this.id;
    this.xml.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Slide Number"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${element('p:ph', placeholder.ph)}</p:nvPr></p:nvSpPr>` +
        `<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>${this.text.rtl ? '<a:pPr rtl="1"/>' : ''}` +
        `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">${element('a:rPr', { lang: this.text.meta.lang })}<a:t>${number}</a:t></a:fld></a:p></p:txBody></p:sp>`,
    );
  }

  private run({ text, size, bold }: Run): string {
    return `<a:r>${element('a:rPr', { lang: this.text.meta.lang, sz: size, b: bold ? '1' : undefined, dirty: '0' })}<a:t>${escapeXml(text)}</a:t></a:r>`;
  }
}

/** A size for a run, where it differs from what the layout gives: on Lectern's own master, for a slide fitting shrank. */
const scaled = (size: number | undefined, scale: number) => (size === undefined || scale >= 1 ? undefined : Math.round(size * scale));

/** The slide's XML on its layout: the title slide and the closing on the title layout, the others on the content one. */
export function slideXml(slide: Slide, number: number, layouts: { title: TemplateLayout; content: TemplateLayout }, text: SlideText, logo?: SlideLogo): string {
  const { meta, sizes } = text;
  const shapes = new Shapes(text);
  if (slide.kind === 'title') {
    const layout = layouts.title;
    if (meta.event) shapes.add('Marker', layout.marker, [[{ text: meta.event }]]);
    shapes.add('Title', layout.title, [[{ text: slide.headline, size: scaled(sizes?.coverHeading, slide.scale) }]]);
    // A template's title slide has no line above the title: the event then heads the subtitle.
    const lines = [layout.marker ? undefined : meta.event, meta.panel, meta.speaker, meta.role, meta.organization, meta.place];
    shapes.add(
      'Subtitle',
      layout.body,
      lines.flatMap((line, index) => (line ? [[{ text: line, bold: index === 2 }]] : [])),
    );
    shapes.addNumber(layout.number, number);
    shapes.addLogo(logo);
  } else if (slide.kind === 'closing') {
    const layout = layouts.title;
    // The closing words are set larger than a title: always sized here, as the title layout sizes a title.
    shapes.add('Title', layout.title, [[{ text: slide.headline, size: sizes && Math.round(sizes.closingHeading * slide.scale) }]]);
    const who = [meta.speaker && [{ text: meta.speaker, bold: true }], meta.organization && [{ text: meta.organization }]];
    shapes.add(
      'Subtitle',
      layout.body,
      who.filter((line): line is Run[] => Boolean(line)),
    );
    shapes.addNumber(layout.number, number);
  } else {
    const layout = layouts.content;
    if (slide.marker) shapes.add('Marker', layout.marker, [[{ text: slide.marker }]]);
    shapes.add('Title', layout.title, [[{ text: slide.headline, size: scaled(sizes?.heading, slide.scale) }]]);
    shapes.add(
      'Content',
      layout.body,
      slide.keyMessages.map((message) => [{ text: message, size: scaled(sizes?.text, slide.scale) }]),
    );
    if (meta.organization) shapes.add('Footer', layout.footer, [[{ text: meta.organization }]], sizes && (text.rtl ? 'r' : 'l'), logo?.place.footer);
    shapes.addNumber(layout.number, number);
    shapes.addLogo(logo);
  }
  return (
    `${xmlDeclaration}<p:sld ${namespaces}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
    `${shapes.xml.join('')}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`
  );
}

/** The notes page of a slide: the slide's picture, and its speaker notes paragraph by paragraph. */
export function notesXml(notes: readonly string[], bodyIndex: string, text: Pick<SlideText, 'meta' | 'rtl'>): string {
  const pPr = text.rtl ? '<a:pPr rtl="1" algn="r"/>' : '';
  const paragraphs = (notes.length > 0 ? notes : ['']).map(
    (paragraph) => `<a:p>${pPr}<a:r>${element('a:rPr', { lang: text.meta.lang, dirty: '0' })}<a:t>${escapeXml(paragraph)}</a:t></a:r></a:p>`,
  );
  return (
    `${xmlDeclaration}<p:notes ${namespaces}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${element('p:ph', { type: 'body', idx: bodyIndex })}</p:nvPr></p:nvSpPr>` +
    `<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs.join('')}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}
