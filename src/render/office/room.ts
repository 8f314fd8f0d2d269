// How much room a template's placeholders give text, as PowerPoint works it out: the box from the layout (or, where
// the layout leaves it out, from the master's placeholder of the same type), less the text insets and the paragraph's
// left margin; the type size, line spacing and space between paragraphs from the layout, then the master's
// placeholder, then the master's title or body style. `lectern check` measures a deck's text against it.
import { relationshipType, relationships } from './package.js';
import type { DeckTemplate, Placeholder, TemplateLayout } from './template.js';
import { attributes, elements, startTags } from './xml.js';
import { textOf } from './zip.js';

/** The room a placeholder gives each of its paragraphs, in points. */
export interface TextRoom {
  /** The width a line may take. */
  readonly width: number;
  readonly height: number;
  /** The type size of its first level. */
  readonly size: number;
  readonly bold: boolean;
  /** The height of a line, in points: PowerPoint's single spacing is about 1.2 times the size. */
  readonly line: number;
  /** Space before a paragraph, in points (PowerPoint adds none above the first). */
  readonly spaceBefore: number;
}

/** The rooms a deck's text goes into: the title and the body of each layout it uses. */
export interface TemplateRooms {
  readonly title: { readonly title: TextRoom | undefined; readonly body: TextRoom | undefined };
  readonly content: { readonly title: TextRoom | undefined; readonly body: TextRoom | undefined };
}

const emuPerPoint = 12700;
/** What DrawingML takes when a shape or style gives nothing. */
const defaults = { insets: { lIns: 91440, rIns: 91440, tIns: 45720, bIns: 45720 }, size: 1800 } as const;
const singleSpacing = 1.2;
const titleTypes = new Set(['title', 'ctrTitle']);

export function templateRooms(template: DeckTemplate): TemplateRooms {
  const rooms = (layout: TemplateLayout) => ({ title: roomOf(template, layout, layout.title), body: layout.body && roomOf(template, layout, layout.body) });
  return { title: rooms(template.title), content: rooms(template.content) };
}

/** Undefined when neither the layout nor the master gives the placeholder a box. */
function roomOf(template: DeckTemplate, layout: TemplateLayout, placeholder: Placeholder): TextRoom | undefined {
  const { parts } = template;
  const layoutXml = textOf(parts.get(layout.part)!);
  const masterPart = relationships(parts, layout.part).find((rel) => rel.type === relationshipType.slideMaster)?.target;
  const masterXml = masterPart && parts.has(masterPart) ? textOf(parts.get(masterPart)!) : '';
  const isTitle = titleTypes.has(placeholder.type);
  const own = shapeOf(layoutXml, (type, idx) => type === placeholder.type && (placeholder.ph.idx === undefined || idx === placeholder.ph.idx));
  // The master has one title and one body placeholder that every layout's title, body, content or subtitle inherits.
  const master = shapeOf(masterXml, (type) => (isTitle ? titleTypes.has(type) : type === 'body'));
  const style = firstOf(masterXml, isTitle ? 'p:titleStyle' : 'p:bodyStyle');
  const levels = [own, master, style].map((xml) => xml && firstOf(firstOf(xml, 'a:lstStyle') ?? xml, 'a:lvl1pPr'));

  const box = [own, master].map((xml) => xml && transform(xml)).find(Boolean);
  if (!box) return undefined;
  const insets = { ...defaults.insets, ...[master, own].reduce((found, xml) => ({ ...found, ...numbers(xml && firstTag(xml, 'a:bodyPr')) }), {}) };
  const run = levels.map((level) => attributes((level && firstTag(level, 'a:defRPr')) ?? ''));
  const size = Number(run.find((attrs) => attrs.has('sz'))?.get('sz') ?? defaults.size) / 100;
  const bold = (run.find((attrs) => attrs.has('b'))?.get('b') ?? '0') === '1';
  const marL = Number(levels.map((level) => level && attributes(startTags(level, 'a:lvl1pPr')[0] ?? '').get('marL')).find((value) => value !== undefined) ?? 0);
  const spacing = (name: string) => levels.map((level) => level && firstOf(level, name)).find(Boolean);
  const lineSpacing = spacing('a:lnSpc');
  const line = lineSpacing?.includes('spcPts')
    ? Number(attributes(firstTag(lineSpacing, 'a:spcPts')!).get('val')) / 100
    : (Number(lineSpacing ? attributes(firstTag(lineSpacing, 'a:spcPct') ?? '').get('val') : 100000) / 100000) * singleSpacing * size;
  const before = spacing('a:spcBef');
  const spaceBefore = before?.includes('spcPts')
    ? Number(attributes(firstTag(before, 'a:spcPts')!).get('val')) / 100
    : (Number(before ? attributes(firstTag(before, 'a:spcPct') ?? '').get('val') : 0) / 100000) * singleSpacing * size;
  /** Points, to a hundredth. */
  const points = (value: number) => Math.round(value * 100) / 100;
  return {
    width: points((box.cx - insets.lIns - insets.rIns - marL) / emuPerPoint),
    height: points((box.cy - insets.tIns - insets.bIns) / emuPerPoint),
    size,
    bold,
    line: points(Number.isFinite(line) ? line : singleSpacing * size),
    spaceBefore: points(Number.isFinite(spaceBefore) ? spaceBefore : 0),
  };
}

/** The first placeholder shape whose `<p:ph>` type (`obj` when it gives none) and index pass `test`. */
function shapeOf(xml: string, test: (type: string, idx: string | undefined) => boolean): string | undefined {
  return elements(xml, 'p:sp').find((shape) => {
    const tag = startTags(shape, 'p:ph')[0];
    if (!tag) return false;
    const ph = attributes(tag);
    return test(ph.get('type') ?? 'obj', ph.get('idx'));
  });
}

function firstOf(xml: string, name: string): string | undefined {
  return elements(xml, name)[0];
}

function firstTag(xml: string, name: string): string | undefined {
  return startTags(xml, name)[0];
}

/** The numeric attributes of a tag. */
function numbers(tag: string | undefined): Record<string, number> {
  if (!tag) return {};
  return Object.fromEntries([...attributes(tag)].filter(([, value]) => /^-?\d+$/.test(value)).map(([key, value]) => [key, Number(value)]));
}

/** The size of a shape's `<a:xfrm>`, in EMU. */
function transform(shape: string): { cx: number; cy: number } | undefined {
  const ext = firstTag(firstOf(shape, 'a:xfrm') ?? '', 'a:ext');
  if (!ext) return undefined;
  const { cx, cy } = numbers(ext);
  return cx && cy ? { cx, cy } : undefined;
}
