// handout.html, built in memory: every slide as the deck draws it, with its notes, grouped one, two or three a page.
import { afterAll, describe, expect, it } from 'vitest';
import { buildInMemory } from '../helpers/outputs.js';
import type { HandoutLayout } from '../../src/config.js';
import { cssString } from '../../src/render/templates.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
afterAll(() => projects.forEach((project) => project.remove()));

async function built(project: TestProject, options: { handoutLayout?: HandoutLayout; paper?: 'a4' | 'letter' } = {}) {
  projects.push(project);
  const result = await buildInMemory(project.config(options));
  const page = (name: string) => {
    for (const files of result.output.statements.values()) {
      const file = files.find((f) => f.path.endsWith(`/${name}`));
      if (file && 'contents' in file) return parseDocument(String(file.contents));
    }
    throw new Error(`${name} was not built`);
  };
  return { handout: page('handout.html'), deck: page('deck.html'), result };
}

const shipped = () => createProject({ [`content/${slug}.md`]: shippedSource });

describe('handout.html', () => {
  it.each([1, 2, 3] as const)('puts %i slide(s) on each page, in the deck’s order', async (layout) => {
    const { handout, deck } = await built(shipped(), { handoutLayout: layout });
    const slides = [...deck.querySelectorAll('.slides > section')];
    const sheets = [...handout.querySelectorAll('.handout__sheet')];
    expect(sheets).toHaveLength(Math.ceil(slides.length / layout));
    for (const sheet of sheets) expect(sheet.querySelectorAll('.handout__item').length).toBeLessThanOrEqual(layout);
    expect(handout.documentElement.getAttribute('data-layout')).toBe(String(layout));
    expect(texts(handout, '.handout__item .headline')).toEqual(texts(deck, '.slides > section .headline'));
  });

  it('draws each slide with the deck’s own markup, and puts its full notes beside it', async () => {
    const { handout, deck } = await built(shipped());
    const deckSlides = [...deck.querySelectorAll('.slides > section')];
    const items = [...handout.querySelectorAll('.handout__item')];
    expect(items).toHaveLength(deckSlides.length);
    items.forEach((item, index) => {
      const slide = deckSlides[index]!;
      const drawn = item.querySelector('.handout__canvas .slides > section')!;
      expect(drawn.getAttribute('class')).toBe(slide.getAttribute('class'));
      expect(normalize(drawn.querySelector('.frame')!.innerHTML)).toBe(normalize(slide.querySelector('.frame')!.innerHTML));
      expect(texts(item, '.handout__notes p:not(.handout__label)')).toEqual(texts(slide, 'aside.notes p'));
      expect(normalize(item.querySelector('.handout__label')!.textContent ?? '')).toBe(`Slide ${index + 1} of ${deckSlides.length}`);
      expect(item.getAttribute('aria-label')).toBe(`Slide ${index + 1} of ${deckSlides.length}`);
    });
  });

  it('says what it is on the first page, and leaves the title to the title slide there', async () => {
    const { handout } = await built(shipped());
    const [first, ...others] = [...handout.querySelectorAll('.handout__sheet')];
    expect(normalize(first!.querySelector('.handout__kind')?.textContent ?? '')).toBe('Handout');
    const title = 'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses';
    expect(normalize(first!.textContent ?? '').split(title)).toHaveLength(2);
    for (const sheet of others) expect(sheet.querySelector('.handout__kind, .meta-header')).toBeNull();
  });

  it('gives each slide the label its notes carry on under, should they go on over a page', async () => {
    const { handout } = await built(shipped());
    const items = [...handout.querySelectorAll('.handout__item')];
    expect(items.map((item) => item.getAttribute('data-continued'))).toEqual(items.map((_, index) => `Slide ${index + 1} of ${items.length}, continued`));
    const arabic = (await built(fixtureProject('arabic'))).handout;
    expect(arabic.querySelector('.handout__item')?.getAttribute('data-continued')).toBe('الشريحة 1 من 6، تابع');
  });

  it('uses the theme’s tokens, the deck’s styles and its own, with no inline script', async () => {
    const { handout } = await built(shipped());
    const theme = handout.querySelector('link[data-lectern-theme]');
    expect(theme?.getAttribute('href')).toBe('../_assets/themes/institutional.css');
    expect(theme?.getAttribute('data-lectern-theme')).toBe('institutional');
    const styles = [...handout.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href'));
    expect(styles).toContain('../_assets/lectern/deck.css');
    expect(styles).toContain('../_assets/lectern/handout.css');
    const scripts = [...handout.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['../_assets/lectern/handout.js']);
    expect(scripts.every((script) => (script.textContent ?? '').trim() === '')).toBe(true);
  });

  it('prints on the paper asked for, A4 by default', async () => {
    expect((await built(shipped())).handout.documentElement.getAttribute('data-paper')).toBe('a4');
    expect((await built(shipped(), { paper: 'letter' })).handout.documentElement.getAttribute('data-paper')).toBe('letter');
  });

  it('gives the footer the title as a CSS string', async () => {
    const { handout } = await built(shipped());
    const style = handout.documentElement.getAttribute('style') ?? '';
    const title = 'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses';
    expect(style).toContain(`--handout-title: ${cssString(title)}`);
    expect(style).toContain('--handout-digits: decimal');
  });

  it('is right to left for an Arabic statement, in its language', async () => {
    const { handout } = await built(fixtureProject('arabic'));
    expect(handout.documentElement.getAttribute('lang')).toBe('ar');
    expect(handout.documentElement.getAttribute('dir')).toBe('rtl');
    expect(normalize(handout.querySelector('.handout__kind')?.textContent ?? '')).toBe('نشرة العرض');
    expect(texts(handout, '.handout__label')[0]).toMatch(/^الشريحة/);
  });

  it('escapes every piece of statement text', async () => {
    const { handout } = await built(fixtureProject('injection'));
    expect(handout.querySelectorAll('script')).toHaveLength(1);
    expect(handout.querySelector('img')).toBeNull();
    expect(handout.querySelector('[onerror], [onmouseover]')).toBeNull();
    expect(handout.querySelector('.slide--title .headline')?.textContent).toContain('<script>alert(1)</script>');
    // The title reaches CSS only as escapes: no quote, bracket or semicolon of its own.
    const style = handout.documentElement.getAttribute('style') ?? '';
    const title = /--handout-title: '([^']*)'/.exec(style)?.[1] ?? '';
    expect(title).not.toBe('');
    expect(title).not.toMatch(/[<>"';{}()]/);
  });
});

describe('cssString', () => {
  it('quotes text, escaping everything but letters, digits and spaces', () => {
    expect(cssString('Plain words 42')).toBe("'Plain words 42'");
    expect(cssString("it's <b>")).toBe("'it\\27 s \\3c b\\3e '");
    expect(cssString('a\\b')).toBe("'a\\5c b'");
    expect(cssString('line\nbreak')).toBe("'line break'");
    expect(cssString('دور المنظمات')).toBe("'دور المنظمات'");
  });
});
