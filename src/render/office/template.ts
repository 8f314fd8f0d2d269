// Reads a PowerPoint template (an organization's .pptx or .potx, or Lectern's own master) for what a deck needs of it:
// the layout for the title slide and the layout for the other slides, and the placeholders each has room for.
import { LecternError } from '../../errors.js';
import { markerIndex } from './master.js';
import { readContentTypes, relationshipType, relationships, type ContentTypes } from './package.js';
import { attributes, elements, startTags } from './xml.js';
import { textOf, type Parts } from './zip.js';

/** A placeholder of a layout: a slide fills it by naming the same type and index. */
export interface Placeholder {
  /** `title`, `ctrTitle`, `subTitle`, `body`, `obj`, `ftr`, `sldNum`, … (`obj` when the layout gives none). */
  readonly type: string;
  /** Its `<p:ph>` attributes as the layout writes them, which a slide's placeholder repeats. */
  readonly ph: Readonly<Record<string, string>>;
}

export interface TemplateLayout {
  /** Its part, such as `ppt/slideLayouts/slideLayout2.xml`. */
  readonly part: string;
  readonly name: string;
  readonly title: Placeholder;
  /** The content placeholder (key messages), or on the title slide the subtitle. */
  readonly body: Placeholder | undefined;
  /** A second text placeholder, for the small line above the headline ("Point 2 of 3"). */
  readonly marker: Placeholder | undefined;
  readonly footer: Placeholder | undefined;
  readonly number: Placeholder | undefined;
}

export interface DeckTemplate {
  readonly parts: Parts;
  readonly types: ContentTypes;
  /** The presentation part, `ppt/presentation.xml`. */
  readonly presentation: string;
  readonly title: TemplateLayout;
  readonly content: TemplateLayout;
  /** The notes master and the index of its notes placeholder; a template may have none. */
  readonly notesMaster: { readonly part: string; readonly bodyIndex: string } | undefined;
}

/** The layouts a deck uses, by the names PowerPoint gives them in English, and the layout types that stand for them. */
export const defaultLayouts = { title: 'Title Slide', content: 'Title and Content' } as const;
const layoutTypes = { title: 'title', content: 'obj' } as const;

export interface TemplateSource {
  /** The template as messages name it. */
  readonly file: string;
  /** Layout names that replace the defaults. */
  readonly layouts?: { readonly title?: string | undefined; readonly content?: string | undefined } | undefined;
}

/** Takes a template apart. Throws a LecternError naming the file when it is not one, or lacks a layout the deck needs. */
export function readTemplate(parts: Parts, source: TemplateSource): DeckTemplate {
  const presentation = relationships(parts, '').find((rel) => rel.type === relationshipType.officeDocument)?.target;
  if (!presentation || !parts.has(presentation) || !textOf(parts.get(presentation)!).includes('<p:presentation')) {
    throw new LecternError('is not a PowerPoint presentation or template', {
      at: { file: source.file },
      hint: 'save it from PowerPoint as a .pptx or .potx file',
    });
  }
  const presentationRels = relationships(parts, presentation);
  const layouts = presentationRels
    .filter((rel) => rel.type === relationshipType.slideMaster)
    .flatMap((master) => relationships(parts, master.target).filter((rel) => rel.type === relationshipType.slideLayout && parts.has(rel.target)))
    .map((rel) => describeLayout(rel.target, textOf(parts.get(rel.target)!)));

  const pick = (role: 'title' | 'content'): LayoutInfo => {
    const named = source.layouts?.[role];
    const wanted = (named ?? defaultLayouts[role]).trim().toLowerCase();
    const found =
      layouts.find((layout) => layout.name.trim().toLowerCase() === wanted) ??
      (named ? undefined : layouts.find((layout) => layout.type === layoutTypes[role]));
    if (!found) {
      const names = layouts.map((layout) => `"${layout.name}"`).join(', ') || 'none';
      throw new LecternError(
        `has no slide layout "${named ?? defaultLayouts[role]}", which deck.pptx needs for ${role === 'title' ? 'its title slide' : 'its slides'} (its layouts: ${names})`,
        {
          at: { file: source.file },
          hint: `add that layout to the template's slide master, or name another under pptx.layouts.${role} in the theme's theme.yaml`,
        },
      );
    }
    return found;
  };
  const title = toLayout(pick('title'), 'title', source.file);
  const content = toLayout(pick('content'), 'content', source.file);

  const notesPart = presentationRels.find((rel) => rel.type === relationshipType.notesMaster)?.target;
  const notesBody = notesPart && parts.has(notesPart) ? placeholdersOf(textOf(parts.get(notesPart)!)).find((ph) => ph.type === 'body') : undefined;
  return {
    parts,
    types: readContentTypes(parts),
    presentation,
    title,
    content,
    notesMaster: notesPart && notesBody ? { part: notesPart, bodyIndex: notesBody.ph.idx ?? '0' } : undefined,
  };
}

interface LayoutInfo {
  readonly part: string;
  readonly name: string;
  readonly type: string | undefined;
  readonly placeholders: readonly Placeholder[];
}

function describeLayout(part: string, xml: string): LayoutInfo {
  const name = attributes(startTags(xml, 'p:cSld')[0] ?? '').get('name') ?? '';
  const type = attributes(startTags(xml, 'p:sldLayout')[0] ?? '').get('type');
  return { part, name, type, placeholders: placeholdersOf(xml) };
}

function placeholdersOf(xml: string): Placeholder[] {
  return elements(xml, 'p:sp').flatMap((shape) => {
    const tag = startTags(shape, 'p:ph')[0];
    if (!tag) return [];
    const ph = Object.fromEntries([...attributes(tag)].filter(([key]) => ['type', 'idx', 'orient', 'sz'].includes(key)));
    return [{ type: ph.type ?? 'obj', ph }];
  });
}

const titleTypes = new Set(['title', 'ctrTitle']);
const textTypes = new Set(['body', 'obj', 'subTitle']);

/** Finds the placeholders a slide of this role fills; a layout without a title, or without room for text, is refused. */
function toLayout(layout: LayoutInfo, role: 'title' | 'content', file: string): TemplateLayout {
  const { placeholders } = layout;
  const title = placeholders.find((ph) => titleTypes.has(ph.type));
  const texts = placeholders.filter((ph) => textTypes.has(ph.type));
  const body = texts.find((ph) => ph.type === 'subTitle') ?? texts.find((ph) => ph.ph.idx === '1') ?? texts.find((ph) => ph.ph.idx !== markerIndex);
  const missing = [!title && 'a title placeholder', role === 'content' && !body && 'a content placeholder for the key messages'].filter(Boolean);
  if (!title || missing.length > 0) {
    throw new LecternError(`its slide layout "${layout.name}" has no ${missing.join(' and no ')}`, {
      at: { file },
      hint: `add ${missing.length > 1 ? 'them' : 'it'} to the layout in PowerPoint (View › Slide Master), or name another layout under pptx.layouts.${role} in the theme's theme.yaml`,
    });
  }
  return {
    part: layout.part,
    name: layout.name,
    title,
    body,
    marker: texts.find((ph) => ph !== body && ph.type === 'body'),
    footer: placeholders.find((ph) => ph.type === 'ftr'),
    number: placeholders.find((ph) => ph.type === 'sldNum'),
  };
}
