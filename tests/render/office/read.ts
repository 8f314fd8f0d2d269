// Reads the Office files a build wrote, as a test should: unzipped, each part's XML, and from it what a user finds in
// PowerPoint or Word (each slide's placeholders and their paragraphs, each slide's notes).
import { strFromU8, unzipSync } from 'fflate';
import type { BuiltOutputs } from '../../helpers/outputs.js';

export type Zip = ReadonlyMap<string, string>;

/** A binary output of an in-memory build, by its path under dist/. */
export function bytesOf(built: BuiltOutputs, file: string): Uint8Array {
  for (const files of built.result.output.statements.values()) {
    const found = files.find((candidate) => candidate.path === file);
    if (found && 'contents' in found && typeof found.contents !== 'string') return found.contents;
  }
  throw new Error(`no binary output ${file}`);
}

export function unzip(bytes: Uint8Array): Zip {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function part(zip: Zip, name: string): string {
  const xml = zip.get(name);
  if (xml === undefined) throw new Error(`no part ${name}; there are ${[...zip.keys()].join(', ')}`);
  return xml;
}

const decode = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** The text of each `<a:p>` paragraph in some DrawingML. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, body]) => decode([...body!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => text).join('')));
}

export interface SlideShape {
  /** The `<p:ph>` tag, or undefined for a shape that is not a placeholder. */
  readonly ph: string | undefined;
  readonly type: string;
  readonly paragraphs: string[];
  readonly xml: string;
}

/** The shapes of a slide, in order. */
export function shapes(xml: string): SlideShape[] {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([shape]) => {
    const ph = /<p:ph\b[^>]*>/.exec(shape)?.[0];
    return { ph, type: ph ? (/type="(\w+)"/.exec(ph)?.[1] ?? 'obj') : 'none', paragraphs: paragraphs(shape), xml: shape };
  });
}

/** Slide `n` (1-based), its notes, and the layout it is on. */
export function slide(zip: Zip, n: number) {
  const xml = part(zip, `ppt/slides/slide${n}.xml`);
  const rels = part(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
  const target = (type: string) => new RegExp(`Type="[^"]*/${type}" Target="\\.\\./([^"]+)"`).exec(rels)?.[1];
  const notes = part(zip, `ppt/${target('notesSlide')}`);
  const layout = part(zip, `ppt/${target('slideLayout')}`);
  return {
    xml,
    shapes: shapes(xml),
    notes: shapes(notes).find((shape) => shape.type === 'body')?.paragraphs ?? [],
    layout,
    layoutName: /<p:cSld name="([^"]*)"/.exec(layout)?.[1],
  };
}

/** How many slides the presentation lists. */
export function slideCount(zip: Zip): number {
  return [...part(zip, 'ppt/presentation.xml').matchAll(/<p:sldId /g)].length;
}
