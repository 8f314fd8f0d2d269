// handout.html in real Chromium: each slide looks as it does in the deck, every note fits its share of the page,
// and the page is accessible, offline and quiet. And the printed briefing and handout, as a reader holds them: in
// every theme dark ink on white paper (the PDF's pixels counted), every text readable against what it stands on,
// labels that a PDF's text layer keeps whole, the handout's slides numbered as the deck numbers them, and long notes
// carried over a page on its whole width.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import type { HandoutLayout } from '../../src/config.js';
import { launchBrowser, openPage, seriousAxeViolations, watchPage, type PageWatch } from '../helpers/browser.js';
import { createProject, fixtureProject, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Config } from '../../src/config.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';
import { readPdf } from '../helpers/pdf.js';

let browser: Browser;
const projects: TestProject[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  projects.forEach((project) => project.remove());
});

async function builtHandout(project: TestProject, layout: HandoutLayout = 2): Promise<{ root: string; slug: string }> {
  projects.push(project);
  const result = await build(project.config({ handoutLayout: layout }));
  return { root: project.root, slug: result.statements[0]!.slug };
}

/** Opens handout.html in the given media and waits for handout.js to have fitted the notes. */
async function openHandout(root: string, slug: string, media: 'print' | 'screen'): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media });
  const watch = watchPage(page);
  await page.goto(pathToFileURL(path.join(root, 'dist', slug, 'handout.html')).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-handout-ready'));
  return { page, watch };
}

/**
 * What is wrong with the handout's layout in print: notes overflowing their box, a slide or its notes running into
 * the next slide's, a page that runs over, notes smaller than 8 pt. Empty when all is well.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const ranOver = document.documentElement.dataset.handoutReady;
    if (ranOver !== '') problems.push(`pages ran over: ${ranOver}`);
    for (const sheet of document.querySelectorAll<HTMLElement>('.handout__sheet')) {
      const bottom = sheet.getBoundingClientRect().bottom;
      const items = [...sheet.querySelectorAll<HTMLElement>('.handout__item')];
      items.forEach((item, index) => {
        const notes = item.querySelector<HTMLElement>('.handout__notes')!;
        const name = item.dataset.slide;
        if (notes.scrollHeight > notes.clientHeight + 1) problems.push(`${name}: notes overflow their box`);
        const end = Math.max(notes.getBoundingClientRect().top + notes.scrollHeight, item.getBoundingClientRect().bottom);
        const next = items[index + 1]?.getBoundingClientRect().top ?? bottom;
        if (end > next + 1) problems.push(`${name}: runs into what follows`);
        if (parseFloat(getComputedStyle(notes).fontSize) < (8 * 96) / 72 - 0.01) problems.push(`${name}: notes under 8 pt`);
      });
    }
    return problems;
  });
}

/** The slides whose headline or key messages are drawn outside the slide's box on the page, where no one sees them. */
async function slidesOutsideTheirBox(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.handout__item')]
      .filter((item) => {
        const box = item.querySelector('.handout__slide')!.getBoundingClientRect();
        return [...item.querySelectorAll('.headline, .messages li')].some((text) => {
          const own = text.getBoundingClientRect();
          return own.left < box.left - 1 || own.right > box.right + 1 || own.top < box.top - 1 || own.bottom > box.bottom + 1;
        });
      })
      .map((item) => item.dataset.slide ?? ''),
  );
}

/** For each slide: the headline's size as a share of the slide's width, which is 1280 slide pixels in both pages. */
const headlineShares = () =>
  [...document.querySelectorAll<HTMLElement>('.headline')].map((headline) => {
    const width = headline.closest('.frame')!.getBoundingClientRect().width;
    const own = headline.getBoundingClientRect();
    return { height: own.height / width, width: own.width / width };
  });

describe.each([1, 2, 3] as const)('the shipped handout, %i slide(s) a page, in print', (layout) => {
  let page: Page;
  let watch: PageWatch;
  let root: string;
  let slug: string;
  beforeAll(async () => {
    ({ root, slug } = await builtHandout(createProject({ 'content/iom-crime-prevention-2019.md': shippedSource }), layout));
    ({ page, watch } = await openHandout(root, slug, 'print'));
  });
  afterAll(() => page?.close());

  it('fits every slide and its notes on its page, each in its own space', async () => {
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('draws each slide whole, at the deck’s proportions', async () => {
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.handout__slide')].map((slide) => {
        const box = slide.getBoundingClientRect();
        const frame = slide.querySelector<HTMLElement>('.frame')!;
        return { ratio: box.width / box.height, fits: frame.scrollHeight <= frame.clientHeight + 1 };
      }),
    );
    expect(boxes).toHaveLength(7);
    for (const box of boxes) {
      expect(box.ratio).toBeCloseTo(16 / 9, 2);
      expect(box.fits).toBe(true);
    }
    expect(await slidesOutsideTheirBox(page)).toEqual([]);
  });

  it('lays out each slide as the deck does', async () => {
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck.goto(`${pathToFileURL(path.join(root, 'dist', slug, 'deck.html')).href}?print-pdf`);
    await deck.waitForFunction(() => document.querySelector('.reveal .pdf-page') !== null);
    await deck.evaluate(() => document.fonts.ready.then(() => undefined));
    const inDeck = await deck.evaluate(headlineShares);
    await deck.close();
    const inHandout = await page.evaluate(headlineShares);
    expect(inHandout).toHaveLength(inDeck.length);
    inHandout.forEach((share, index) => {
      expect(share.height).toBeCloseTo(inDeck[index]!.height, 2);
      expect(share.width).toBeCloseTo(inDeck[index]!.width, 2);
    });
  });

  it('loads nothing from the network and logs no error', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

describe('notes too long for an equal share of the page', () => {
  it('are set smaller, or share the page by need, and still fit it', async () => {
    const more = Array.from({ length: 13 }, () => 'Regional organizations bring the trust of their members and the means to act together.').join(' ');
    const source = shippedSource.replace('In conclusion, we in IOM', `${more}\n\nIn conclusion, we in IOM`);
    expect(source).not.toBe(shippedSource);
    for (const theme of ['institutional', 'projector']) {
      const project = createProject({ 'content/iom-crime-prevention-2019.md': source });
      projects.push(project);
      await build(project.config({ handoutLayout: 3, theme }));
      const { page } = await openHandout(project.root, 'iom-crime-prevention-2019', 'print');
      expect(await layoutProblems(page)).toEqual([]);
      const sizes = await page.evaluate(() => [...document.querySelectorAll('.handout__notes')].map((notes) => parseFloat(getComputedStyle(notes).fontSize)));
      expect(Math.min(...sizes)).toBeLessThan(Math.max(...sizes));
      await page.close();
    }
  });
});

describe('the handout on screen', () => {
  it('has no serious accessibility problem, in English and in Arabic', async () => {
    for (const project of [createProject({ 'content/iom-crime-prevention-2019.md': shippedSource }), fixtureProject('arabic')]) {
      const { root, slug } = await builtHandout(project);
      const { page, watch } = await openHandout(root, slug, 'screen');
      expect(watch.errors).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('puts each slide at the start of its line, right to left in Arabic, its text inside its box', async () => {
    const { root, slug } = await builtHandout(fixtureProject('arabic'), 3);
    const { page } = await openHandout(root, slug, 'print');
    expect(await slidesOutsideTheirBox(page)).toEqual([]);
    const sides = await slidesAndNotes(page);
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.every(({ slide, notes }) => slide.left > notes.left)).toBe(true);
    await page.close();
  });

  // The slide's box is laid out left to right whatever the page's direction (handout.css), so its margin toward
  // the notes cannot follow the page's direction by itself: in Arabic the notes once touched the slide.
  it.each([
    ['English', () => createProject({ 'content/iom-crime-prevention-2019.md': shippedSource })],
    ['Arabic', () => fixtureProject('arabic')],
  ])('leaves the same room between each slide and its notes in %s', async (_, project) => {
    const { root, slug } = await builtHandout(project(), 2);
    const { page } = await openHandout(root, slug, 'print');
    const rtl = await page.evaluate(() => document.documentElement.dir === 'rtl');
    const gaps = (await slidesAndNotes(page)).map(({ slide, text }) => (rtl ? slide.left - text.right : text.left - slide.right));
    expect(gaps.length).toBeGreaterThan(1);
    // 6 mm is 22.7 CSS pixels.
    for (const gap of gaps) expect(gap).toBeGreaterThan(20);
    await page.close();
  });
});

/**
 * Each slide beside its notes in print: the slide's box, the notes' box (the whole line, under the float), and where
 * the notes' text stands (first lines beside the slide, so only those level with it).
 */
async function slidesAndNotes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.handout__item')].flatMap((item) => {
      const slide = item.querySelector('.handout__slide')!.getBoundingClientRect();
      const notes = item.querySelector('.handout__notes')!;
      // The lines of its text, not its paragraphs' boxes (which run on under the slide).
      const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
      const lines: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        lines.push(...range.getClientRects());
      }
      const beside = lines.filter((rect) => rect.width > 0 && rect.top < slide.bottom);
      if (beside.length === 0) return [];
      const text = { left: Math.min(...beside.map((rect) => rect.left)), right: Math.max(...beside.map((rect) => rect.right)) };
      const { left, right } = notes.getBoundingClientRect();
      return [{ slide: { left: slide.left, right: slide.right }, notes: { left, right }, text }];
    }),
  );
}

describe('the index of a build with a handout', () => {
  it('links the handout', async () => {
    const { root } = await builtHandout(createProject({ 'content/iom-crime-prevention-2019.md': shippedSource }));
    const { page } = await openPage(browser, pathToFileURL(path.join(root, 'dist', 'index.html')).href);
    expect(await page.locator('a', { hasText: 'Handout' }).getAttribute('href')).toBe('iom-crime-prevention-2019/handout.html');
    await page.close();
  });
});

const slug = 'iom-crime-prevention-2019';
const title = 'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses';
const themes = ['institutional', 'projector', 'print'] as const;

/** Builds and prints `project`, and gives the path of a file it wrote for its one statement. */
async function printed(project: TestProject, options: Partial<Config> = {}): Promise<(file: string) => string> {
  projects.push(project);
  const result = await build(project.config({ pdf: true, ...options }));
  const built = result.statements[0]!.slug;
  return (file) => path.join(project.root, 'dist', built, file);
}

/** Each page of a PDF drawn by pdf.js: the share of its pixels that take ink, and the share that are dark. */
async function inkOnPages(file: string): Promise<{ ink: number; dark: number }[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 0.5 });
      const factory = document.canvasFactory as {
        create(
          width: number,
          height: number,
        ): { canvas: unknown; context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
      };
      const { canvas, context } = factory.create(viewport.width, viewport.height);
      await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
      const { data } = context.getImageData(0, 0, viewport.width, viewport.height);
      let ink = 0;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const light = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        if (light < 245) ink++;
        if (light < 80) dark++;
      }
      pages.push({ ink: ink / (data.length / 4), dark: dark / (data.length / 4) });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * Every piece of text on a page laid out for print, with the contrast of its colour against the colour it is drawn
 * on (the first opaque background among it and its ancestors, else the white paper), below 4.5:1.
 */
async function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const backgroundOf = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const colour = rgb(getComputedStyle(at).backgroundColor);
        if (colour.length === 3 || colour[3] === 1) return colour;
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent?.trim() || element.closest('[hidden]')) continue;
      const front = luminance(rgb(getComputedStyle(element).color));
      const back = luminance(backgroundOf(element));
      const ratio = (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05);
      if (ratio < 4.5) problems.push(`${element.className || element.tagName} "${node.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)}:1`);
    }
    return problems;
  });
}

describe.each(themes)('the %s theme, printed', (theme) => {
  let file: (name: string) => string;
  beforeAll(async () => {
    file = await printed(createProject({ [`content/${slug}.md`]: shippedSource }), { theme });
  });

  it.each(['briefing', 'handout'])('prints the %s as dark ink on white paper, not a page of toner', async (name) => {
    for (const page of await inkOnPages(file(`${name}.pdf`))) {
      expect(page.ink).toBeLessThan(0.25);
      expect(page.dark).toBeLessThan(0.08);
    }
  });

  it.each(['briefing', 'handout'])('sets every text of the %s at 4.5:1 or more against what it is printed on', async (name) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file(`${name}.html`)).href);
    if (name === 'handout') await page.waitForFunction(() => document.documentElement.hasAttribute('data-handout-ready'));
    expect(await lowContrastText(page)).toEqual([]);
    // The handout's footer is set in the page's margin, on the bare paper, in the muted colour.
    const muted = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--lectern-muted').trim());
    expect(muted).toMatch(/^#/);
    await page.close();
  });
});

describe('the shipped statement’s briefing and handout, printed', () => {
  let file: (name: string) => string;
  beforeAll(async () => {
    file = await printed(createProject({ [`content/${slug}.md`]: shippedSource }));
  });

  it('keep their labels whole words in the PDF’s text', async () => {
    const briefing = (await readPdf(file('briefing.pdf'))).text;
    for (const label of ['BRIEFING', 'INTRODUCTION', 'THE ASK', 'Delivered by:', 'Venue:', 'Date:']) expect(briefing).toContain(label);
    const handout = await readPdf(file('handout.pdf'));
    expect(handout.text).toContain('HANDOUT');
    handout.pages.forEach((page) => expect(page.text).toMatch(/SLIDE \d OF 7/));
  });

  it('print the title once on the handout’s first page, and say each fact once on the briefing', async () => {
    const handout = await readPdf(file('handout.pdf'));
    expect(handout.pages[0]!.text.split(title)).toHaveLength(2);
    const briefing = (await readPdf(file('briefing.pdf'))).text;
    for (const fact of ['Kieran Gorman-Best', 'Trusteeship Council', 'June 6, 2019', 'International Organization for Migration']) {
      expect(briefing.split(fact), fact).toHaveLength(2);
    }
  });

  it('keep the closing with the slide before it, rather than on a page of its own', async () => {
    const handout = await readPdf(file('handout.pdf'));
    expect(handout.pages).toHaveLength(3);
    expect(handout.pages.at(-1)!.text).toContain('IOM stands ready to unite regional efforts');
    expect(handout.pages.at(-1)!.text).toContain('I thank you.');
  });

  it('draw every list of the briefing with one bullet, and keep each label on the line of its value', async () => {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file('briefing.html')).href);
    const bullets = await page.evaluate(() => [...document.querySelectorAll('.briefing__messages')].map((list) => getComputedStyle(list).listStyleType));
    expect(new Set(bullets)).toEqual(new Set(['disc']));
    // However narrow the page, a label ends no line: it is on the line where its value starts.
    for (const width of [700, 420, 300]) {
      await page.setViewportSize({ width, height: 900 });
      const apart = await page.evaluate(
        () =>
          [...document.querySelectorAll('.meta-header__facts > div')].filter((fact) => {
            const term = fact.querySelector('dt')!.getClientRects();
            const value = fact.querySelector('dd')!.getClientRects();
            return Math.abs(term[term.length - 1]!.top - value[0]!.top) > 2;
          }).length,
      );
      expect(apart, `at ${width} px`).toBe(0);
    }
    await page.close();
  });
});

describe('handout slide numbers', () => {
  it('are each slide’s place in the deck, the title slide being 1, continuation slides counted', async () => {
    const file = await printed(fixtureProject('stress-six-messages'), { handoutLayout: 3 });
    const deck = parseDocument(readFileSync(file('deck.html'), 'utf8'));
    const ids = [...deck.querySelectorAll('.slides > section')].map((section) => section.getAttribute('id'));
    expect(ids.some((id) => /^point-\d+-\d+$/.test(id ?? ''))).toBe(true);
    const handout = parseDocument(readFileSync(file('handout.html'), 'utf8'));
    const items = [...handout.querySelectorAll('.handout__item')];
    expect(items.map((item) => item.getAttribute('data-slide'))).toEqual(ids);
    expect(texts(handout, '.handout__item .handout__label')).toEqual(ids.map((_, index) => `Slide ${index + 1} of ${ids.length}`));
    const pdf = await readPdf(file('handout.pdf'));
    for (let n = 1; n <= ids.length; n++) expect(pdf.text).toContain(`SLIDE ${n} OF ${ids.length}`);
  });
});

describe('notes too long for their page', () => {
  const sentence = 'Regional organizations bring knowledge of their region, the trust of their members and the means to act together across borders.';
  const paragraph = Array.from({ length: 12 }, () => sentence).join(' ');
  const long = Array.from({ length: 6 }, () => paragraph).join('\n\n');
  const source = shippedWith((text) => text.replace('In conclusion, we in IOM', `${long}\n\nIn conclusion, we in IOM`));

  it.each([2, 3] as const)('go on over the next page on its whole width, under “continued”, %i slides a page', async (layout) => {
    const file = await printed(createProject({ [`content/${slug}.md`]: source }), { handoutLayout: layout });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file('handout.html')).href);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-handout-ready'));
    const layoutOf = await page.evaluate(() => {
      const sheets = [...document.querySelectorAll<HTMLElement>('.handout__sheet')];
      const width = sheets[0]!.getBoundingClientRect().width;
      const continued = [...document.querySelectorAll<HTMLElement>('.handout__continued')];
      return {
        overflowing: sheets.filter((sheet) => sheet.scrollHeight > sheet.clientHeight + 1).length,
        continued: continued.map((block) => ({
          label: block.querySelector('.handout__label')!.textContent,
          width: block.querySelector('.handout__notes')!.getBoundingClientRect().width / width,
          first: block.parentElement!.firstElementChild === block,
        })),
        // How far down the page the conclusion's own notes reach before they go on: the page is used, not a column.
        conclusion: (() => {
          const item = document.querySelector<HTMLElement>('.handout__item[data-slide="conclusion"]')!;
          const sheet = item.closest('.handout__sheet')!.getBoundingClientRect();
          return (item.getBoundingClientRect().bottom - sheet.top) / sheet.height;
        })(),
      };
    });
    expect(layoutOf.overflowing).toBe(0);
    expect(layoutOf.continued.length).toBeGreaterThan(0);
    for (const block of layoutOf.continued) {
      expect(block.label).toBe('Slide 6 of 7, continued');
      expect(block.width).toBeGreaterThan(0.99);
      expect(block.first).toBe(true);
    }
    expect(layoutOf.conclusion).toBeGreaterThan(0.9);
    expect(await page.evaluate(() => document.documentElement.dataset.handoutReady)).toBe('conclusion');
    await page.close();
    // Every word is printed, in order, and the handout is no longer than the notes need.
    const pdf = await readPdf(file('handout.pdf'));
    const words = normalize(pdf.text).split(' ');
    let next = 0;
    const wanted = normalize(long.replace(/\n\n/g, ' ')).split(' ');
    for (const word of words) if (word === wanted[next]) next++;
    expect(next).toBe(wanted.length);
    expect(pdf.pages.length).toBeLessThanOrEqual(layout === 2 ? 6 : 5);
  });
});
