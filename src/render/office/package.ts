// The Open Packaging Conventions every Office file follows: parts, their content types, and the relationships between
// them. Enough of them to take a PowerPoint template apart and put a deck together from it, and to write a document.
import path from 'node:path/posix';
import { attributes, element, escapeXml, startTags, xmlDeclaration } from './xml.js';
import { bytesOf, textOf, type Parts } from './zip.js';

export const relationshipType = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  slide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
  slideLayout: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout',
  slideMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster',
  notesSlide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide',
  notesMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  presProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps',
  viewProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps',
  tableStyles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
} as const;

const presentationml = 'application/vnd.openxmlformats-officedocument.presentationml';
const wordprocessingml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
export const contentType = {
  presentation: `${presentationml}.presentation.main+xml`,
  template: `${presentationml}.template.main+xml`,
  slide: `${presentationml}.slide+xml`,
  slideLayout: `${presentationml}.slideLayout+xml`,
  slideMaster: `${presentationml}.slideMaster+xml`,
  notesSlide: `${presentationml}.notesSlide+xml`,
  notesMaster: `${presentationml}.notesMaster+xml`,
  presProps: `${presentationml}.presProps+xml`,
  viewProps: `${presentationml}.viewProps+xml`,
  tableStyles: `${presentationml}.tableStyles+xml`,
  document: `${wordprocessingml}.document.main+xml`,
  styles: `${wordprocessingml}.styles+xml`,
  numbering: `${wordprocessingml}.numbering+xml`,
  settings: `${wordprocessingml}.settings+xml`,
  fontTable: `${wordprocessingml}.fontTable+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, as a name in the zip (resolved against the source part's folder). */
  readonly target: string;
  readonly external: boolean;
}

/** `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`; the package's own are `_rels/.rels`. */
export function relsName(part: string): string {
  return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}

/** The relationships of a part (`''` for the package's own), in the order written. */
export function relationships(parts: Parts, part: string): Relationship[] {
  const rels = parts.get(part === '' ? '_rels/.rels' : relsName(part));
  if (!rels) return [];
  return startTags(textOf(rels), 'Relationship').map((tag) => {
    const attrs = attributes(tag);
    const external = attrs.get('TargetMode') === 'External';
    const target = attrs.get('Target') ?? '';
    return {
      id: attrs.get('Id') ?? '',
      type: attrs.get('Type') ?? '',
      target: external ? target : target.startsWith('/') ? target.slice(1) : path.normalize(path.join(path.dirname(part), target)),
      external,
    };
  });
}

/** A part's relationships file, each target written relative to the part. */
export function relsPart(part: string, rels: readonly Omit<Relationship, 'external'>[]): [string, Uint8Array] {
  const from = path.dirname(part);
  const body = rels
    .map((rel) => element('Relationship', { Id: rel.id, Type: rel.type, Target: path.relative(from === '.' ? '' : from, rel.target) || '.' }))
    .join('');
  return [
    part === '' ? '_rels/.rels' : relsName(part),
    bytesOf(`${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`),
  ];
}

/** The content types: by extension, and by part for those that have their own. */
export interface ContentTypes {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
}

export function readContentTypes(parts: Parts): ContentTypes {
  const xml = textOf(parts.get('[Content_Types].xml') ?? new Uint8Array());
  const pairs = (name: string, key: string) =>
    startTags(xml, name).map((tag) => {
      const attrs = attributes(tag);
      return [attrs.get(key) ?? '', attrs.get('ContentType') ?? ''] as const;
    });
  return {
    defaults: new Map(pairs('Default', 'Extension').map(([extension, type]) => [extension.toLowerCase(), type])),
    overrides: new Map(pairs('Override', 'PartName').map(([name, type]) => [name.replace(/^\//, ''), type])),
  };
}

/** `[Content_Types].xml` for exactly the parts there are. */
export function contentTypesPart(parts: Parts, types: ContentTypes): [string, Uint8Array] {
  const defaults = new Map(types.defaults);
  defaults.set('rels', contentType.relationships);
  defaults.set('xml', defaults.get('xml') ?? 'application/xml');
  const extensions = new Set([...parts.keys()].map((name) => path.extname(name).slice(1).toLowerCase()));
  const body = [
    ...[...defaults]
      .filter(([extension]) => extensions.has(extension))
      .map(([extension, type]) => element('Default', { Extension: extension, ContentType: type })),
    ...[...parts.keys()]
      .filter((name) => types.overrides.has(name))
      .map((name) => element('Override', { PartName: `/${name}`, ContentType: types.overrides.get(name) })),
  ].join('');
  return ['[Content_Types].xml', bytesOf(`${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${body}</Types>`)];
}

/**
 * Only the parts reachable from the package's relationships, and their relationship files: what a template's removed
 * slides alone used (their pictures, their charts) goes with them.
 */
export function reachableParts(parts: Parts): Parts {
  const reached = new Set<string>();
  const visit = (part: string) => {
    for (const rel of relationships(parts, part)) {
      if (rel.external || reached.has(rel.target) || !parts.has(rel.target)) continue;
      reached.add(rel.target);
      visit(rel.target);
    }
  };
  visit('');
  const kept: Parts = new Map();
  for (const [name, bytes] of parts) {
    const owner = name === '_rels/.rels' ? '' : name.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    if (name === '[Content_Types].xml' || reached.has(name) || (name.endsWith('.rels') && (owner === '' || reached.has(owner)))) kept.set(name, bytes);
  }
  return kept;
}

/** docProps/core.xml: the title, author, subject and language Office shows in a file's properties. */
export function corePropertiesXml(properties: {
  title: string;
  creator: string | undefined;
  subject: string;
  language: string;
  date: string | undefined;
}): string {
  // What the statement's header leaves out, the file's properties leave out too.
  const optional = (name: string, value: string | undefined, attributes = '') => (value ? `<${name}${attributes}>${escapeXml(value)}</${name}>` : '');
  const date = properties.date && `${properties.date}T00:00:00Z`;
  const w3cdtf = ' xsi:type="dcterms:W3CDTF"';
  return (
    `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>${optional('dc:subject', properties.subject)}` +
    `${optional('dc:creator', properties.creator)}<dc:language>${escapeXml(properties.language)}</dc:language>` +
    `${optional('dcterms:created', date, w3cdtf)}${optional('dcterms:modified', date, w3cdtf)}` +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml: Lectern as the application, the organization as the company, and any counts (`Slides`). */
export function extendedPropertiesXml(organization: string | undefined, counts: Readonly<Record<string, number>> = {}): string {
  const written = Object.entries(counts)
    .map(([name, count]) => `<${name}>${count}</${name}>`)
    .join('');
  return (
    `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Lectern</Application>` +
    `${written}${organization ? `<Company>${escapeXml(organization)}</Company>` : ''}</Properties>`
  );
}
