// `lectern check` on a deck made on an organization's PowerPoint template: a warning, with file:line, for every slide
// whose headline or key messages would overflow the template's placeholder at the template's own type sizes, and for
// a logo the title slide has no free corner for; none on Lectern's own master, whose sizes fitting chose. The rooms
// are read from the test templates pptxgenjs made.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/run.js';
import { templateRooms } from '../../src/render/office/room.js';
import { readTemplate } from '../../src/render/office/template.js';
import { readZip } from '../../src/render/office/zip.js';
import { createProject, fixtureProject, fixturesDir, lineOf, shippedSource } from '../helpers/project.js';

const file = 'content/iom-crime-prevention-2019.md';
const orgMaster = path.join(fixturesDir, 'office', 'org-master.pptx');
const project = createProject({ [file]: shippedSource });
afterAll(() => project.remove());

/** The organization's template with its content placeholder cut to `inches` high. */
function shortContent(inches: number): string {
  const parts = unzipSync(readFileSync(orgMaster));
  const layout = 'ppt/slideLayouts/slideLayout3.xml';
  // The body's box: 12.1 × 4.8 in (11064240 × 4389120 EMU), as make-templates.mjs sets it.
  const xml = strFromU8(parts[layout]!);
  expect(xml).toContain('<a:ext cx="11064240" cy="4389120"/>');
  parts[layout] = strToU8(xml.replace('<a:ext cx="11064240" cy="4389120"/>', `<a:ext cx="11064240" cy="${Math.round(inches * 914400)}"/>`));
  const short = path.join(project.root, 'short-content.pptx');
  writeFileSync(short, zipSync(parts));
  return short;
}

/** The organization's template with a picture over the whole of its title layout (a full-bleed photograph). */
function fullBleedTitle(): string {
  const parts = unzipSync(readFileSync(orgMaster));
  const layout = 'ppt/slideLayouts/slideLayout2.xml';
  const xml = strFromU8(parts[layout]!);
  expect(xml).toContain('name="Title Slide"');
  const picture =
    '<p:pic><p:nvPicPr><p:cNvPr id="90" name="Photograph"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip/></p:blipFill>' +
    '<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="12192000" cy="6858000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>';
  parts[layout] = strToU8(xml.replace('</p:spTree>', `${picture}</p:spTree>`));
  const full = path.join(project.root, 'full-bleed-title.pptx');
  writeFileSync(full, zipSync(parts));
  return full;
}

const placeholderWarnings = async (pptxTemplate?: string) =>
  (await checkFiles(project.config({ pptxTemplate }))).checks[0]!.warnings.filter((warning) => warning.message.includes('placeholder'));

describe('the room in a template’s placeholders', () => {
  it('is the layout’s box less the insets, at the layout’s size, with the master’s spacing', () => {
    const rooms = templateRooms(readTemplate(readZip(readFileSync(orgMaster)), { file: 'org-master.pptx' }));
    // 12.1 in less 0.1 in of inset a side; 4.8 in less 0.05 in top and bottom; 24 pt, single spacing, the master's
    // 20% of a line before each paragraph.
    expect(rooms.content.body).toEqual({ width: 856.8, height: 338.4, size: 24, bold: false, line: 28.8, spaceBefore: 5.76 });
    expect(rooms.content.title).toMatchObject({ size: 32, bold: true, height: 79.2 });
    expect(rooms.title.title).toMatchObject({ size: 40, bold: true, height: 108 });
  });
});

describe('lectern check with an organization’s template', () => {
  it('warns, at the title line, of a title that would overflow the template’s title placeholder', async () => {
    const warnings = await placeholderWarnings(orgMaster);
    expect(warnings).toEqual([
      {
        at: { file, line: lineOf(shippedSource, 'title:') },
        message:
          `slide 1: the title would overflow the title placeholder of the layout "Title Slide" in ${orgMaster}: ` +
          '4 lines at its 40 pt take 2.7 in, it holds 1.5 in; PowerPoint shrinks the text to fit; shorten it, or give the layout a larger placeholder',
      },
    ]);
  });

  it('warns, at the headline, of key messages that would overflow a short content placeholder', async () => {
    const warnings = await placeholderWarnings(shortContent(1.2));
    const points = warnings.filter((warning) => warning.message.includes('content placeholder'));
    // 1.2 in holds two lines at 24 pt: every part's key messages take three lines or more.
    expect(points.map((warning) => warning.message.slice(0, 9))).toEqual(['slide 2: ', 'slide 3: ', 'slide 4: ', 'slide 5: ', 'slide 6: ']);
    expect(points[1]!.at).toEqual({ file, line: lineOf(shippedSource, '## Regional action against trafficking and smuggling') });
    expect(points[1]!.message).toMatch(
      /^slide 3: its 3 key messages would overflow the content placeholder of the layout "Title and Content" in .*short-content\.pptx: \d+ lines at its 24 pt take \d\.\d in, it holds 1\.1 in;/,
    );
  });

  it('says nothing of placeholders on Lectern’s own master, whose sizes fitting chose', async () => {
    expect(await placeholderWarnings()).toEqual([]);
  });
});

describe('lectern check with an organization’s template and a logo', () => {
  const logoProject = fixtureProject('logo');
  afterAll(() => logoProject.remove());
  const logoWarnings = async (pptxTemplate: string) =>
    (await checkFiles(logoProject.config({ pptxTemplate }))).checks
      .flatMap((check) => check.warnings)
      .filter((warning) => warning.message.includes('logo') && warning.at.file === 'content/with-logo.md');

  it('warns, at the logo: line, when the title layout has no free corner for the logo', async () => {
    const template = fullBleedTitle();
    expect(await logoWarnings(template)).toEqual([
      {
        at: { file: 'content/with-logo.md', line: lineOf(logoProject.read('content/with-logo.md'), 'logo:') },
        message:
          `the logo mark.svg has no free corner on the layout "Title Slide" in ${template}, so the title slide of deck.pptx shows none; ` +
          'leave a corner of that layout free of placeholders and pictures, or let the template carry the organization’s branding itself',
      },
    ]);
  });

  it('says nothing when a corner is free, as the title slide then shows the logo there', async () => {
    expect(await logoWarnings(orgMaster)).toEqual([]);
  });
});
