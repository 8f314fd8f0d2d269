// deck.pptx, read back from its XML: one slide per planned slide, every text in a placeholder of the layout, key
// messages as paragraphs of the content placeholder, the notes word for word, PowerPoint's own slide number and
// footer, the document's properties, right-to-left Arabic, the same bytes from the same input, and an organization's
// template honoured (or refused, naming what it lacks).
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LecternError } from '../../../src/errors.js';
import { buildOutputs } from '../../helpers/outputs.js';
import { createProject, fixtureProject, fixturesDir, shippedSource, type TestProject } from '../../helpers/project.js';
import { bytesOf, part, slide, slideCount, unzip } from './read.js';

const templates = path.join(fixturesDir, 'office');
const slug = 'iom-crime-prevention-2019';
let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

async function buildDeck(files: Record<string, string> = {}, options = {}) {
  project = createProject({ [`content/${slug}.md`]: shippedSource, ...files });
  for (const [file, contents] of Object.entries(files)) {
    if (contents.startsWith('copy:')) copyFileSync(path.join(templates, contents.slice(5)), path.join(project.root, file));
  }
  const built = await buildOutputs(project, options);
  const planned = built.result.plans[0]!;
  return { built, planned, zip: unzip(bytesOf(built, `${planned.deck.slug}/deck.pptx`)) };
}

describe('deck.pptx on Lectern’s own master', () => {
  test('has one 16:9 slide per planned slide, every text in a placeholder, the notes word for word', async () => {
    const { planned, zip } = await buildDeck();
    const { slides, meta } = planned.deck;
    expect(part(zip, 'ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    expect(slideCount(zip)).toBe(slides.length);
    slides.forEach((planSlide, index) => {
      const { shapes, notes, layoutName } = slide(zip, index + 1);
      // Placeholders only: no text box drawn at coordinates, no picture.
      expect(shapes.every((shape) => shape.ph !== undefined)).toBe(true);
      expect(slide(zip, index + 1).xml).not.toMatch(/<p:pic>|<a:off /);
      const title = shapes.find((shape) => shape.type === 'title' || shape.type === 'ctrTitle');
      expect(title?.paragraphs).toEqual([planSlide.headline]);
      expect(notes).toEqual(planSlide.notes);
      const number = shapes.find((shape) => shape.type === 'sldNum');
      expect(number?.xml).toContain('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">');
      expect(number?.paragraphs).toEqual([String(index + 1)]);
      if (planSlide.kind === 'title' || planSlide.kind === 'closing') {
        expect(layoutName).toBe('Title Slide');
        return;
      }
      expect(layoutName).toBe('Title and Content');
      const body = shapes.find((shape) => shape.type === 'obj');
      expect(body?.ph).toBe('<p:ph idx="1"/>');
      // One paragraph per key message: the master's bullets mark each one.
      expect(body?.paragraphs).toEqual(planSlide.keyMessages);
      expect(shapes.find((shape) => shape.type === 'ftr')?.paragraphs).toEqual([meta.organization]);
      expect(shapes.find((shape) => shape.type === 'body')?.paragraphs).toEqual([planSlide.marker]);
    });
    expect(part(zip, 'ppt/slideMasters/slideMaster1.xml')).toMatch(/<p:bodyStyle><a:lvl1pPr [^>]*>.*?<a:buChar char="■"\/>/);
  });

  test('carries the title, the speaker as author, the occasion as subject and the language', async () => {
    const { planned, zip } = await buildDeck();
    const core = part(zip, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${planned.deck.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Kieran Gorman-Best</dc:creator>');
    expect(core).toContain(`<dc:subject>${planned.deck.meta.occasion}</dc:subject>`);
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(slide(zip, 3).xml).toContain('lang="en"');
  });

  test('takes its colours and fonts from the theme’s tokens', async () => {
    const { zip } = await buildDeck({}, { theme: 'projector' });
    const theme = part(zip, 'ppt/theme/theme1.xml');
    expect(theme).toContain('<a:lt1><a:srgbClr val="0B0F14"/></a:lt1>');
    expect(theme).toContain('<a:dk2><a:srgbClr val="FFD84D"/></a:dk2>');
    expect(theme).toContain('<a:latin typeface="Atkinson Hyperlegible" pitchFamily="34" charset="0"/>');
    expect(theme).toContain('<a:cs typeface="Vazirmatn"/>');
    const serif = part((await buildDeck()).zip, 'ppt/theme/theme1.xml');
    // Source Serif 4 headlines fall back to a serif on a machine without the font.
    expect(serif).toContain('<a:majorFont><a:latin typeface="Source Serif 4" pitchFamily="18" charset="0"/>');
  });

  test('is the same bytes when built twice from the same statement', async () => {
    const first = (await buildDeck()).built;
    const again = await buildOutputs(project!);
    expect(Buffer.from(bytesOf(again, `${slug}/deck.pptx`)).equals(Buffer.from(bytesOf(first, `${slug}/deck.pptx`)))).toBe(true);
    expect(Buffer.from(bytesOf(again, `${slug}/briefing.docx`)).equals(Buffer.from(bytesOf(first, `${slug}/briefing.docx`)))).toBe(true);
  });

  test('splits a point as the reveal.js deck does, slide for slide', async () => {
    project = fixtureProject('stress-six-messages');
    const built = await buildOutputs(project);
    const { deck } = built.result.plans[0]!;
    const zip = unzip(bytesOf(built, `${deck.slug}/deck.pptx`));
    expect(deck.slides.some((planSlide) => planSlide.continuation)).toBe(true);
    expect(slideCount(zip)).toBe(deck.slides.length);
    deck.slides.forEach((planSlide, index) => {
      const { shapes, notes } = slide(zip, index + 1);
      if (planSlide.kind !== 'title' && planSlide.kind !== 'closing') {
        expect(shapes.find((shape) => shape.type === 'obj')?.paragraphs).toEqual(planSlide.keyMessages);
        expect(shapes.find((shape) => shape.type === 'body')?.paragraphs).toEqual([planSlide.marker]);
      }
      expect(notes).toEqual(planSlide.notes);
      // A slide fitting shrank is set at the size it chose.
      if (planSlide.scale < 1 && planSlide.kind === 'point') {
        expect(shapes.find((shape) => shape.type === 'obj')?.xml).toContain(`sz="${Math.round(34 * 75 * planSlide.scale)}"`);
      }
    });
  });

  test('sets Arabic right to left: paragraphs, the presentation, the language', async () => {
    project = fixtureProject('arabic');
    const built = await buildOutputs(project);
    const { deck } = built.result.plans[0]!;
    const zip = unzip(bytesOf(built, `${deck.slug}/deck.pptx`));
    expect(part(zip, 'ppt/presentation.xml')).toMatch(/<p:presentation [^>]*rtl="1"/);
    const { xml, notes } = slide(zip, 3);
    expect(xml).toContain('<a:pPr rtl="1" algn="r"/>');
    expect(xml).toContain(`lang="${deck.meta.lang}"`);
    expect(xml).not.toMatch(/<a:p><a:r>/);
    expect(notes).toEqual(deck.slides[2]!.notes);
    expect(part(zip, 'ppt/notesSlides/notesSlide3.xml')).toContain('<a:pPr rtl="1" algn="r"/>');
    expect(part(zip, 'ppt/slideMasters/slideMaster1.xml')).toContain('<p:titleStyle><a:lvl1pPr algn="r" rtl="1">');
    // The line above the headline is not letter-spaced in Arabic, whose letters would lose their joins.
    expect(part(zip, 'ppt/slideMasters/slideMaster1.xml')).toContain('b="1" cap="all" spc="0">');
  });

  test('keeps markup in a statement as text', async () => {
    project = fixtureProject('injection');
    const built = await buildOutputs(project);
    const { deck } = built.result.plans[0]!;
    const zip = unzip(bytesOf(built, `${deck.slug}/deck.pptx`));
    deck.slides.forEach((planSlide, index) => {
      const { shapes, notes } = slide(zip, index + 1);
      expect(shapes.flatMap((shape) => shape.paragraphs)).toContain(planSlide.headline);
      expect(notes).toEqual(planSlide.notes);
    });
  });
});

describe('deck.pptx on an organization’s template', () => {
  test('uses the template’s master and its "Title Slide" and "Title and Content" layouts, without its sample slide', async () => {
    const { planned, zip } = await buildDeck(orgTheme('org-master.pptx'), { theme: 'org' });
    const { slides } = planned.deck;
    expect(slideCount(zip)).toBe(slides.length);
    // The organization's purple ground, from its layouts.
    expect(slide(zip, 3).layout).toContain('<a:srgbClr val="5B2C6F"/>');
    expect([...zip.values()].join('')).not.toContain('Sample slide of the template');
    slides.forEach((planSlide, index) => {
      const { shapes, notes, layoutName } = slide(zip, index + 1);
      expect(layoutName).toBe(planSlide.kind === 'title' || planSlide.kind === 'closing' ? 'Title Slide' : 'Title and Content');
      expect(shapes.every((shape) => shape.ph !== undefined)).toBe(true);
      expect(shapes.find((shape) => shape.type === 'title')?.paragraphs).toEqual([planSlide.headline]);
      if (planSlide.kind === 'point') expect(shapes.find((shape) => shape.type === 'body')?.paragraphs).toEqual(planSlide.keyMessages);
      expect(notes).toEqual(planSlide.notes);
    });
    // The template's author and title are not the deck's.
    expect(part(zip, 'docProps/core.xml')).toContain('<dc:creator>Kieran Gorman-Best</dc:creator>');
    expect(part(zip, '[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
  });

  test('uses the layouts a theme names, from a .potx', async () => {
    const pptx = '\n  template: org-mapped.potx\n  layouts:\n    title: Org Cover\n    content: Org Text';
    const { zip } = await buildDeck(orgTheme('org-mapped.potx', pptx), { theme: 'org' });
    expect(slide(zip, 1).layoutName).toBe('Org Cover');
    expect(slide(zip, 3).layoutName).toBe('Org Text');
    expect(part(zip, '[Content_Types].xml')).not.toContain('template.main+xml');
  });

  test('takes --pptx-template over the theme', async () => {
    const { zip } = await buildDeck({}, { pptxTemplate: path.join(templates, 'org-master.pptx') });
    expect(slide(zip, 3).layout).toContain('<a:srgbClr val="5B2C6F"/>');
  });

  test('refuses a template without the layouts a deck needs, naming the file and what is missing', async () => {
    const error = await buildDeck(orgTheme('no-content.pptx'), { theme: 'org' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LecternError);
    const message = (error as LecternError).format();
    expect(message).toContain('themes/org/no-content.pptx: has no slide layout "Title and Content"');
    expect(message).toContain('"Title Slide", "Title Only"');
    expect(message).toContain('pptx.layouts.content');
    expect((error as LecternError).exitCode).toBe(1);
  });

  test('refuses a template that is missing, not PowerPoint, or outside the theme folder', async () => {
    const institutional = readFileSync(path.join(fixturesDir, '..', '..', 'themes', 'institutional', 'theme.yaml'), 'utf8');
    const cases: [string, Record<string, string>, string][] = [
      ['missing.pptx', {}, 'themes/org/missing.pptx: the PowerPoint template does not exist'],
      ['broken.pptx', { 'themes/org/broken.pptx': 'not a zip file' }, 'themes/org/broken.pptx: is not a PowerPoint presentation or template'],
      ['../elsewhere.pptx', {}, 'themes/org/theme.yaml: pptx: "../elsewhere.pptx" is outside the theme\'s folder'],
    ];
    for (const [template, files, expected] of cases) {
      const error = await buildDeck({ 'themes/org/theme.yaml': `${institutional}\npptx: ${template}\n`, ...files }, { theme: 'org' }).catch(
        (caught: unknown) => caught,
      );
      expect((error as LecternError).format()).toContain(expected);
      project?.remove();
    }
  });
});

/** A theme like institutional whose `pptx:` names a template of tests/fixtures/office/, copied into its folder. */
function orgTheme(template: string, pptx = template): Record<string, string> {
  const institutional = readFileSync(path.join(fixturesDir, '..', '..', 'themes', 'institutional', 'theme.yaml'), 'utf8');
  return { 'themes/org/theme.yaml': `${institutional}\npptx:${pptx.startsWith('\n') ? pptx : ` ${pptx}`}\n`, [`themes/org/${template}`]: `copy:${template}` };
}
