// The organization's logo in deck.pptx and briefing.docx, read back from their XML: a picture with the logo's alt text
// on the title slide (and, on Lectern's own master, at the start of the footer of the slides between, the footer moved
// past it), at the head of the briefing, its images in the package (an SVG beside the PNG drawn from it), the same
// bytes from the same input, and on an organization's template only on the title slide, clear of its placeholders.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Config } from '../../../src/config.js';
import { buildOutputs, type BuiltOutputs } from '../../helpers/outputs.js';
import { fixtureProject, fixturesDir, type TestProject } from '../../helpers/project.js';
import { bytesOf, part, slide, unzip, type Zip } from './read.js';

const svgAlt = 'Example Organization & Partners "mark"';
const pngAlt = 'Branded theme organization';
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The fixture's statements: one with an SVG logo beside it, one whose theme has a PNG logo. */
const logos = [
  ['with-logo', svgAlt, 'svg'],
  ['theme-logo', pngAlt, 'png'],
] as const;

let project: TestProject;
const builds = new Map<string, BuiltOutputs>();
async function built(options: Partial<Config> = {}): Promise<BuiltOutputs> {
  const key = JSON.stringify(options);
  if (!builds.has(key)) builds.set(key, await buildOutputs(project, options));
  return builds.get(key)!;
}
const zipOf = async (slug: string, file: string, options: Partial<Config> = {}): Promise<Zip> => unzip(bytesOf(await built(options), `${slug}/${file}`));

beforeAll(() => {
  project = fixtureProject('logo');
});
afterAll(() => project.remove());

/** The `<p:pic>` elements of some slide XML. */
const pictures = (xml: string) => [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([pic]) => pic);
/** The part a slide's relationship id points to. */
const target = (zip: Zip, n: number, id: string) =>
  path.posix.join('ppt/slides', new RegExp(`Id="${id}" Type="[^"]*/image" Target="([^"]+)"`).exec(part(zip, `ppt/slides/_rels/slide${n}.xml.rels`))![1]!);
/** A picture's frame, in EMU. */
const frame = (xml: string) => {
  const [, x, y, cx, cy] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!.map(Number);
  return { x: x!, y: y!, width: cx!, height: cy! };
};

describe.each(logos)('deck.pptx of %s', (slug, alt, type) => {
  test('shows the logo with its alt text on the title slide, its image in the package', async () => {
    const zip = await zipOf(slug, 'deck.pptx');
    const [pic] = pictures(slide(zip, 1).xml);
    expect(pic).toContain(`<p:cNvPr id="${pic!.match(/id="(\d+)"/)![1]}" name="Logo" descr="${escaped(alt)}"/>`);
    const png = /<a:blip r:embed="(rId\d+)"/.exec(pic!)![1]!;
    expect(zip.has(target(zip, 1, png))).toBe(true);
    expect(target(zip, 1, png)).toMatch(/\.png$/);
    const svg = /<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(pic!)?.[1];
    if (type === 'svg') {
      expect(pic).toContain('<a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">');
      expect(part(zip, target(zip, 1, svg!))).toContain('<svg');
      expect(part(zip, '[Content_Types].xml')).toContain('<Default Extension="svg" ContentType="image/svg+xml"/>');
    } else {
      expect(svg).toBeUndefined();
    }
    expect(part(zip, '[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>');
  });

  test('keeps the logo’s aspect ratio, and shows it at the start of the footer of every slide between, never on a placeholder', async () => {
    const zip = await zipOf(slug, 'deck.pptx');
    const planned = (await built()).result.plans.find((plan) => plan.deck.slug === slug)!;
    const aspect = type === 'svg' ? 240 / 80 : 160 / 64;
    planned.deck.slides.forEach((planSlide, index) => {
      const { xml } = slide(zip, index + 1);
      const pics = pictures(xml);
      expect(pics, `slide ${index + 1}`).toHaveLength(planSlide.kind === 'closing' ? 0 : 1);
      if (pics.length === 0) return;
      const picture = frame(pics[0]!);
      expect(picture.width / picture.height).toBeCloseTo(aspect, 2);
      if (planSlide.kind === 'title') return;
      // 28 px of the 1280 × 720 slide, and the footer moved along past it.
      expect(picture.height).toBe(28 * 9525);
      const footer = /<p:ph type="ftr"[^>]*\/>[\s\S]*?<p:spPr>(<a:xfrm>[\s\S]*?<\/a:xfrm>)<\/p:spPr>/.exec(xml)?.[1];
      expect(footer, `slide ${index + 1}`).toBeDefined();
      expect(frame(footer!).x).toBeGreaterThan(picture.x + picture.width);
    });
  });

  test('is the same bytes from the same input', async () => {
    const again = await buildOutputs(project);
    expect(bytesOf(again, `${slug}/deck.pptx`)).toEqual(bytesOf(await built(), `${slug}/deck.pptx`));
    expect(bytesOf(again, `${slug}/briefing.docx`)).toEqual(bytesOf(await built(), `${slug}/briefing.docx`));
  });
});

test('on an organization’s template, the logo is on the title slide only, in a corner clear of its placeholders', async () => {
  const options = { pptxTemplate: path.join(fixturesDir, 'office', 'org-master.pptx') };
  const zip = await zipOf('with-logo', 'deck.pptx', options);
  const count = [...part(zip, 'ppt/presentation.xml').matchAll(/<p:sldId /g)].length;
  const [pic] = pictures(slide(zip, 1).xml);
  expect(pic).toContain(`descr="${escaped(svgAlt)}"`);
  // The template's title is 2.2 in down the 7.5 in slide: the top left corner is free.
  const picture = frame(pic!);
  expect(picture.y + picture.height).toBeLessThan(2.2 * 914400);
  expect(picture.x).toBeLessThan(914400);
  for (let n = 2; n <= count; n++) expect(pictures(slide(zip, n).xml)).toEqual([]);
});

describe.each(logos)('briefing.docx of %s', (slug, alt, type) => {
  test('heads the page with the logo, 9 mm high, with its alt text', async () => {
    const zip = await zipOf(slug, 'briefing.docx');
    const document = part(zip, 'word/document.xml');
    const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(document)?.[0];
    expect(drawing).toBeDefined();
    // Before the "Briefing" label: the first paragraph of the page.
    expect(document.indexOf('<w:drawing>')).toBeLessThan(document.indexOf('BriefingLabel'));
    expect(drawing).toMatch(new RegExp(`<wp:docPr id="1" name="Logo" descr="${escaped(alt)}"/>`));
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(drawing!)!.map(Number);
    expect(cy! / 36000).toBeCloseTo(9, 1);
    expect(cx! / cy!).toBeCloseTo(type === 'svg' ? 3 : 2.5, 2);
    const rels = part(zip, 'word/_rels/document.xml.rels');
    const media = [...rels.matchAll(/Target="(media\/[^"]+)"/g)].map(([, file]) => `word/${file}`);
    expect(media.map((file) => path.extname(file)).sort()).toEqual(type === 'svg' ? ['.png', '.svg'] : ['.png']);
    for (const file of media) expect(zip.has(file)).toBe(true);
    if (type === 'svg') expect(drawing).toContain('<asvg:svgBlip');
  });
});
