// deck.pptx: the deck as an editable PowerPoint file, slide for slide the reveal.js deck, with its speaker notes. It is
// made on the organization's template when the theme (or --pptx-template) names one, otherwise on Lectern's own master
// made from the theme's tokens; both go through the same code, which fills the layouts' placeholders.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../../config.js';
import { LecternError } from '../../errors.js';
import type { PlannedStatement } from '../../plan/statement.js';
import type { ResolvedTheme } from '../../themes/load.js';
import type { ThemeTokens } from '../../themes/theme.js';
import type { Output } from '../output.js';
import { keptOr } from '../../kept.js';
import { officeLogo, type OfficeLogo } from './logo.js';
import { ownSizes } from './master.js';
import { ownTemplate } from './own-template.js';
import {
  contentType,
  contentTypesPart,
  corePropertiesXml,
  extendedPropertiesXml,
  relationshipType,
  relationships,
  relsPart,
  reachableParts,
  type Relationship,
} from './package.js';
import { imageRelationship, ownFooterPlace, ownTitlePlace, templateTitlePlace, type LogoPlace } from './picture.js';
import { notesXml, slideXml, type SlideLogo, type SlideText } from './slides.js';
import { readTemplate, type DeckTemplate, type TemplateSource } from './template.js';
import { bytesOf, readZip, textOf, writeZip, type Parts } from './zip.js';

export const pptxOutput: Output = {
  name: 'pptx',
  slow: true,
  templates: [],
  files: [{ file: 'deck.pptx', label: 'Slides (PowerPoint)' }],
  async render(planned, { config }) {
    return [{ path: `${planned.deck.slug}/deck.pptx`, contents: await renderPptx(planned, config) }];
  },
};

/** The deck as a .pptx file's bytes. */
export async function renderPptx(planned: PlannedStatement, config: Pick<ResolvedConfig, 'root' | 'packageRoot' | 'pptxTemplate'>): Promise<Uint8Array> {
  const { deck, theme } = planned;
  const rtl = deck.meta.dir === 'rtl';
  const own = () => ownMaster(theme.tokens, rtl, [config.root, config.packageRoot]);
  const source = templateSource(theme, config);
  const template = source ? readTemplate(templateParts(source.path, source.file), source) : own().template;
  const text: SlideText = {
    meta: deck.meta,
    rtl,
    sizes: source ? undefined : ownSizes(theme.tokens.type),
  };
  const logo = deck.logo && (await officeLogo(deck.logo));
  return writeZip(assemble(template, planned, text, own, logo && logoPlaces(logo, template, source !== undefined, rtl)));
}

/** The logo, and where the title slide and the slides between show it. */
interface DeckLogo {
  readonly image: OfficeLogo;
  readonly title: LogoPlace | undefined;
  /** Undefined on an organization's template, whose master carries its own branding. */
  readonly content: LogoPlace | undefined;
}

function logoPlaces(image: OfficeLogo, template: DeckTemplate, organization: boolean, rtl: boolean): DeckLogo {
  if (organization) return { image, title: templateTitlePlace(image, template), content: undefined };
  return { image, title: ownTitlePlace(image, rtl), content: ownFooterPlace(image, rtl) };
}

/**
 * The organization's template a statement's deck is made on, read and checked for the layouts it needs; undefined
 * when the deck is made on Lectern's own master. `lectern check` measures the deck's text against it.
 */
export function organizationTemplate(
  theme: ResolvedTheme,
  config: Pick<ResolvedConfig, 'root' | 'pptxTemplate'>,
): { readonly template: DeckTemplate; readonly file: string } | undefined {
  const source = templateSource(theme, config);
  return source && { template: readTemplate(templateParts(source.path, source.file), source), file: source.file };
}

/** The organization's template, from --pptx-template or the theme's `pptx:`; undefined for Lectern's own master. */
function templateSource(theme: ResolvedTheme, config: Pick<ResolvedConfig, 'root' | 'pptxTemplate'>): (TemplateSource & { path: string }) | undefined {
  if (config.pptxTemplate) return { path: config.pptxTemplate, file: displayPath(config, config.pptxTemplate) };
  const named = theme.tokens.pptx;
  if (named === undefined) return undefined;
  const { template, layouts } = typeof named === 'string' ? { template: named, layouts: undefined } : named;
  const file = path.resolve(theme.dir, template);
  // Inside the theme's folder, the template is part of what a build's record says the theme is made of.
  if (path.relative(theme.dir, file).startsWith('..') || path.isAbsolute(path.relative(theme.dir, file))) {
    throw new LecternError(`pptx: "${template}" is outside the theme's folder`, {
      at: { file: theme.file },
      hint: 'copy the template into the theme folder and name it from there',
    });
  }
  return { path: file, file: displayPath(config, file), layouts };
}

/** A template's parts, read once per build however many statements use it (until the file changes). */
const readTemplates = new Map<string, Parts>();

function templateParts(file: string, shown: string): Parts {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new LecternError('the PowerPoint template does not exist', { at: { file: shown }, hint: 'check its path' });
  }
  const key = `${file}\0${stats.size}\0${stats.mtimeMs}`;
  return keptOr(readTemplates, key, 4, () => {
    try {
      return readZip(readFileSync(file));
    } catch (cause) {
      throw new LecternError('is not a PowerPoint presentation or template', {
        at: { file: shown },
        hint: 'save it from PowerPoint as a .pptx or .potx file',
        cause,
      });
    }
  });
}

/**
 * Lectern's own master for a theme, made once per theme and direction however many statements use it: the same
 * tokens make the same master. Keyed by the theme's tokens, which a build loads once per theme.
 */
const ownMasters = new WeakMap<ThemeTokens, Map<boolean, { readonly parts: Parts; readonly template: DeckTemplate }>>();

function ownMaster(tokens: ThemeTokens, rtl: boolean, fontSearch: readonly string[]): { readonly parts: Parts; readonly template: DeckTemplate } {
  let byDirection = ownMasters.get(tokens);
  if (!byDirection) {
    byDirection = new Map();
    ownMasters.set(tokens, byDirection);
  }
  let master = byDirection.get(rtl);
  if (!master) {
    const parts = ownTemplate({ tokens, rtl, fontSearch });
    master = { parts, template: readTemplate(parts, { file: 'Lectern’s own master' }) };
    byDirection.set(rtl, master);
  }
  return master;
}

/** The template's master and layouts, its own slides taken out, and the deck's slides and notes put in. */
function assemble(template: DeckTemplate, planned: PlannedStatement, text: SlideText, own: () => { readonly parts: Parts }, logo: DeckLogo | undefined): Parts {
  const { deck } = planned;
  const parts: Parts = new Map(template.parts);
  const types = { defaults: new Map(template.types.defaults), overrides: new Map(template.types.overrides) };
  const put = (name: string, xml: string, type?: string) => {
    parts.set(name, bytesOf(xml));
    if (type) types.overrides.set(name, type);
  };
  const kept = relationships(parts, template.presentation).filter((rel) => rel.type !== relationshipType.slide);
  let nextId = Math.max(0, ...kept.map((rel) => Number(/^rId(\d+)$/.exec(rel.id)?.[1] ?? 0))) + 1;
  const added: Omit<Relationship, 'external'>[] = [];
  const relate = (type: string, target: string) => {
    const id = `rId${nextId++}`;
    added.push({ id, type, target });
    return id;
  };

  // A template without a notes master takes Lectern's, so the notes have a page to go on.
  let notesMaster = template.notesMaster;
  let notesMasterId = kept.find((rel) => rel.type === relationshipType.notesMaster)?.id;
  if (!notesMaster) {
    const lectern = own().parts;
    const part = 'ppt/notesMasters/notesMasterLectern.xml';
    put(part, textOf(lectern.get('ppt/notesMasters/notesMaster1.xml')!), contentType.notesMaster);
    put('ppt/theme/themeLecternNotes.xml', textOf(lectern.get('ppt/theme/theme2.xml')!), contentType.theme);
    parts.set(...relsPart(part, [{ id: 'rId1', type: relationshipType.theme, target: 'ppt/theme/themeLecternNotes.xml' }]));
    notesMaster = { part, bodyIndex: '3' };
    for (const rel of kept.filter((rel) => rel.type === relationshipType.notesMaster)) kept.splice(kept.indexOf(rel), 1);
    notesMasterId = relate(relationshipType.notesMaster, part);
  }

  // The logo's images, under names no template's own pictures have.
  const media = { png: 'ppt/media/lecternLogo.png', svg: 'ppt/media/lecternLogo.svg' };
  if (logo) {
    parts.set(media.png, logo.image.png);
    types.defaults.set('png', types.defaults.get('png') ?? 'image/png');
    if (logo.image.svg) {
      parts.set(media.svg, logo.image.svg);
      types.defaults.set('svg', types.defaults.get('svg') ?? 'image/svg+xml');
    }
  }

  const slideIds = deck.slides.map((slide, index) => {
    const number = index + 1;
    const slidePart = `ppt/slides/slide${number}.xml`;
    const notesPart = `ppt/notesSlides/notesSlide${number}.xml`;
    const layout = slide.kind === 'title' || slide.kind === 'closing' ? template.title : template.content;
    // The title slide and the slides between show the logo; the closing, as in the reveal.js deck, does not.
    const place = slide.kind === 'title' ? logo?.title : slide.kind === 'closing' ? undefined : logo?.content;
    const slideLogo: SlideLogo | undefined = logo && place && { alt: logo.image.alt, embeds: { png: 'rId3', svg: logo.image.svg && 'rId4' }, place };
    put(slidePart, slideXml(slide, number, template, text, slideLogo), contentType.slide);
    parts.set(
      ...relsPart(slidePart, [
        { id: 'rId1', type: relationshipType.slideLayout, target: layout.part },
        { id: 'rId2', type: relationshipType.notesSlide, target: notesPart },
        ...(slideLogo ? [{ id: 'rId3', type: imageRelationship, target: media.png }] : []),
        ...(slideLogo?.embeds.svg ? [{ id: 'rId4', type: imageRelationship, target: media.svg }] : []),
      ]),
    );
    put(notesPart, notesXml(slide.notes, notesMaster.bodyIndex, text), contentType.notesSlide);
    parts.set(
      ...relsPart(notesPart, [
        { id: 'rId1', type: relationshipType.notesMaster, target: notesMaster.part },
        { id: 'rId2', type: relationshipType.slide, target: slidePart },
      ]),
    );
    return relate(relationshipType.slide, slidePart);
  });

  put(template.presentation, presentationXml(textOf(parts.get(template.presentation)!), slideIds, notesMasterId!, text.rtl), contentType.presentation);
  parts.set(...relsPart(template.presentation, [...kept, ...added]));

  const { meta } = deck;
  put(
    'docProps/core.xml',
    corePropertiesXml({ title: meta.title, creator: meta.speaker, subject: meta.occasion, language: meta.lang, date: meta.date }),
    contentType.coreProperties,
  );
  put('docProps/app.xml', extendedPropertiesXml(meta.organization, { Slides: deck.slides.length, Notes: deck.slides.length }), contentType.extendedProperties);
  parts.set(
    ...relsPart('', [
      { id: 'rId1', type: relationshipType.officeDocument, target: template.presentation },
      { id: 'rId2', type: relationshipType.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: relationshipType.extendedProperties, target: 'docProps/app.xml' },
    ]),
  );
  const result = reachableParts(parts);
  result.set(...contentTypesPart(result, types));
  return result;
}

/**
 * The presentation part with the deck's slides listed in place of the template's, and its notes master; custom shows
 * and sections, which name the template's slides, are dropped.
 */
function presentationXml(xml: string, slideIds: readonly string[], notesMasterId: string, rtl: boolean): string {
  const list = (name: string) => new RegExp(`<p:${name}\\s*/>|<p:${name}(?:\\s[^>]*)?>[\\s\\S]*?</p:${name}>`, 'g');
  let result = xml
    .replace(list('sldIdLst'), '')
    .replace(list('notesMasterIdLst'), '')
    .replace(list('custShowLst'), '')
    .replace(/<p:ext uri="\{521415D9-36F7-43E2-AB2F-B90AF26B5E84\}">[\s\S]*?<\/p:ext>/g, '');
  result = result.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="${notesMasterId}"/></p:notesMasterIdLst>`);
  const slides = `<p:sldIdLst>${slideIds.map((id, index) => `<p:sldId id="${256 + index}" r:id="${id}"/>`).join('')}</p:sldIdLst>`;
  const at = result.search(/<p:sldSz[\s/>]|<p:notesSz[\s/>]|<\/p:presentation>/);
  result = result.slice(0, at) + slides + result.slice(at);
  if (!rtl) return result;
  return result.replace(/<p:presentation\b([^>]*)>/, (tag, attrs: string) =>
    /\srtl=/.test(attrs) ? tag.replace(/\srtl="[^"]*"/, ' rtl="1"') : `<p:presentation rtl="1"${attrs}>`,
  );
}
