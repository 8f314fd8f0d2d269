// handout.html in real Chromium: each slide looks as it does in the deck, every note fits its share of the page,
// and the page is accessible, offline and quiet.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import type { HandoutLayout } from '../../src/config.js';
import { launchBrowser, openPage, seriousAxeViolations, watchPage, type PageWatch } from '../helpers/browser.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../helpers/project.js';

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
    const more = Array.from({ length: 6 }, () => 'Regional organizations bring the trust of their members and the means to act together.').join(' ');
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
    const sides = await page.evaluate(() =>
      [...document.querySelectorAll('.handout__item')].map((item) => {
        const slide = item.querySelector('.handout__slide')!.getBoundingClientRect();
        const notes = item.querySelector('.handout__notes')!.getBoundingClientRect();
        return slide.left > notes.left;
      }),
    );
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.every(Boolean)).toBe(true);
    await page.close();
  });
});

describe('the index of a build with a handout', () => {
  it('links the handout', async () => {
    const { root } = await builtHandout(createProject({ 'content/iom-crime-prevention-2019.md': shippedSource }));
    const { page } = await openPage(browser, pathToFileURL(path.join(root, 'dist', 'index.html')).href);
    expect(await page.locator('a', { hasText: 'Handout' }).getAttribute('href')).toBe('iom-crime-prevention-2019/handout.html');
    await page.close();
  });
});
