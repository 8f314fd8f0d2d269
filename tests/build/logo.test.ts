// An organization's logo, named by a statement (an SVG beside it) or by a theme (a PNG in its folder): built as a user
// builds, every page shows it with <img> and its alt text, the file is copied beside the pages, and editing it rebuilds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseDocument } from '../helpers/html.js';
import { fixtureProject, lineOf, shippedSource, createProject, type TestProject } from '../helpers/project.js';

const svgAlt = 'Example Organization & Partners "mark"';
const pngAlt = 'Branded theme organization';

let project: TestProject;
const page = (slug: string, name: string) => parseDocument(readFileSync(path.join(project.root, 'dist', slug, name), 'utf8'));
const logos = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLImageElement>(selector)];

beforeAll(() => {
  project = fixtureProject('logo');
  const run = runCli(['build'], { cwd: project.root });
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(() => project.remove());

describe.each([
  ['with-logo', 'logo.svg', 'content/logos/mark.svg', svgAlt],
  ['theme-logo', 'logo.png', 'themes/branded/mark.png', pngAlt],
])('%s', (slug, name, source, alt) => {
  it('is copied beside the pages, byte for byte, and nothing else names the source', () => {
    expect(readFileSync(path.join(project.root, 'dist', slug, name))).toEqual(readFileSync(path.join(project.root, source)));
    const record = JSON.parse(readFileSync(path.join(project.root, 'dist', '.lectern', 'manifest.json'), 'utf8'));
    expect(record.statements[slug].files).toContain(name);
    for (const file of ['deck.html', 'deck.marp.html', 'briefing.html', 'handout.html', 'deck.md']) {
      expect(readFileSync(path.join(project.root, 'dist', slug, file), 'utf8')).not.toMatch(/logos\/mark|branded\/mark/);
    }
  });

  it.each(['deck.html', 'handout.html'])('%s: on the title slide, and in the footer of every slide between', (file) => {
    const document = page(slug, file);
    const slides = [...document.querySelectorAll('section.slide')];
    const title = slides.filter((slide) => slide.matches('.slide--title'));
    const between = slides.filter((slide) => !slide.matches('.slide--title, .slide--closing'));
    expect(title).toHaveLength(1);
    expect(between.length).toBeGreaterThan(3);
    for (const img of logos(title[0]!, 'img.logo--title')) expect([img.getAttribute('src'), img.getAttribute('alt')]).toEqual([name, alt]);
    expect(logos(title[0]!, 'img.logo--title')).toHaveLength(1);
    for (const slide of between) {
      const footer = logos(slide, 'footer.footer > img.logo--footer');
      expect(footer.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([[name, alt]]);
    }
    // Shown with <img> only: never inline, so an SVG's script never runs in the page.
    expect(document.querySelectorAll('svg, object, embed, iframe')).toHaveLength(0);
  });

  it('deck.marp.html: on the title slide, and in the footer of every slide between', () => {
    const document = page(slug, 'deck.marp.html');
    const sections = [...document.querySelectorAll('section[data-marpit-pagination]')];
    const images = (section: Element, selector: string) => logos(section, selector).map((img) => [img.getAttribute('src'), img.getAttribute('alt')]);
    expect(images(sections[0]!, ':scope > p > img')).toEqual([[name, alt]]);
    for (const section of sections.slice(1, -1)) expect(images(section, 'footer > img')).toEqual([[name, alt]]);
    expect(images(sections.at(-1)!, 'img')).toEqual([]);
  });

  it('briefing.html: at the head of the page', () => {
    const document = page(slug, 'briefing.html');
    const img = logos(document, 'main.briefing > img.briefing__logo');
    expect(img.map((each) => [each.getAttribute('src'), each.getAttribute('alt')])).toEqual([[name, alt]]);
  });
});

describe('editing', () => {
  it('the logo rebuilds its statement, and only it', () => {
    const svg = path.join(project.root, 'content/logos/mark.svg');
    writeFileSync(svg, readFileSync(svg, 'utf8').replace('#9aa8bb', '#8899aa'));
    const run = runCli(['build'], { cwd: project.root });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Built 1 statement .*1 unchanged/);
    expect(readFileSync(path.join(project.root, 'dist/with-logo/logo.svg'), 'utf8')).toContain('#8899aa');
  });
});

describe('a logo that cannot be used is a mistake in the file that names it: exit 1, one line with its line', () => {
  const build = (logo: string, files: Record<string, string | Buffer> = {}) => {
    const source = shippedSource.replace('theme: institutional\n', `theme: institutional\n${logo}\n`);
    const p = createProject({ 'content/speech.md': source });
    for (const [file, contents] of Object.entries(files)) writeFileSync(p.write(file, ''), contents);
    const run = runCli(['build'], { cwd: p.root });
    p.remove();
    return { run, line: lineOf(source, 'logo:') };
  };
  it.each([
    [
      'logo: { file: missing.svg, alt: Mark }',
      {},
      'logo: "missing.svg" does not exist; check the path: it is relative to the folder of the file that names it',
    ],
    [
      'logo: { file: mark.jpg, alt: Mark }',
      { 'content/mark.jpg': 'x' },
      'logo: "mark.jpg" is not an .svg or .png file; save the logo as SVG or PNG and name that file',
    ],
    [
      'logo: { file: mark.png, alt: Mark }',
      { 'content/mark.png': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
      'logo: "mark.png" is not a PNG image, whatever its name says; export the logo again as SVG or PNG, and name the file by what it is',
    ],
    [
      'logo: { file: mark.svg, alt: Mark }',
      { 'content/mark.svg': 'GIF89a' },
      'logo: "mark.svg" is not an SVG image, whatever its name says; export the logo again as SVG or PNG, and name the file by what it is',
    ],
    [
      'logo: { file: mark.svg }',
      { 'content/mark.svg': '<svg/>' },
      'logo.alt is missing: say in words what the logo shows, for people who cannot see it (the organization\'s name); correct the "logo" field',
    ],
    [
      'logo: mark.svg',
      {},
      'logo must hold file: and alt:, such as logo: { file: mark.svg, alt: International Organization for Migration }; put the value in quotes',
    ],
  ])('%s', (logo, files, message) => {
    const { run, line } = build(logo, files as Record<string, string>);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`error content/speech.md:${line}: ${message}\n`);
  });

  it('in a theme: its theme.yaml and line', () => {
    const p = fixtureProject('logo');
    writeFileSync(
      path.join(p.root, 'themes/branded/theme.yaml'),
      readFileSync(path.join(p.root, 'themes/branded/theme.yaml'), 'utf8').replace('mark.png', 'gone.png'),
    );
    const run = runCli(['build', 'content/theme-logo.md'], { cwd: p.root });
    const yaml = readFileSync(path.join(p.root, 'themes/branded/theme.yaml'), 'utf8');
    p.remove();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error themes/branded/theme.yaml:${lineOf(yaml, 'logo:')}: logo: "gone.png" does not exist; check the path: it is relative to the folder of the file that names it\n`,
    );
  });
});
