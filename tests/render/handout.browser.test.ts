// handout.html in real Chromium: each slide looks as it does in the deck, every note fits its share of the page,
// and the page is accessible, offline and quiet.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
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
  return { root: project.root, slug: result.statements[0]!.statement.slug };
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

  it('fits every slide’s notes in its share of the page', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.handoutReady)).toBe('');
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.handout__notes')].filter((notes) => notes.scrollHeight > notes.clientHeight + 1).length,
    );
    expect(overflowing).toBe(0);
    const sheets = await page.evaluate(() => [...document.querySelectorAll('.handout__sheet--long')].length);
    expect(sheets).toBe(0);
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

  it('puts each slide at the start of its line, right to left in Arabic', async () => {
    const { root, slug } = await builtHandout(fixtureProject('arabic'), 3);
    const { page } = await openHandout(root, slug, 'print');
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
