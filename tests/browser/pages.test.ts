// The built pages in real headless Chromium, opened from disk as a user opens them from a USB stick.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { launchBrowser, openPage, seriousAxeViolations, type PageWatch } from '../helpers/browser.js';
import { createProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';
import { readFileSync } from 'node:fs';

const slug = 'iom-crime-prevention-2019';
let project: TestProject;
let browser: Browser;
const url = (page: string) => {
  const [file, hash] = page.split('#');
  return pathToFileURL(path.join(project.root, 'dist', file!)).href + (hash === undefined ? '' : `#${hash}`);
};

beforeAll(async () => {
  project = createProject({
    [`content/${slug}.md`]: shippedSource,
    'content/arabic-statement.md': readFileSync(path.join(fixturesDir, 'arabic/content/arabic-statement.md'), 'utf8'),
  });
  await build(project.config());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  project?.remove();
});

async function open(page: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openPage(browser, url(page));
  await opened.page.evaluate(() => document.fonts.ready);
  return opened;
}

/** Moves to a slide and waits for its fade-in to finish, so what is checked is what the audience sees. */
async function goToSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), index);
  await page.waitForFunction(() => {
    const present = document.querySelector('.reveal .slides > section.present');
    return present !== null && getComputedStyle(present).opacity === '1';
  });
}

function expectQuiet(watch: PageWatch): void {
  expect(watch.errors, 'console errors').toEqual([]);
  expect(watch.external, 'requests that leave the machine').toEqual([]);
}

describe('deck.html', () => {
  it('is a reveal.js deck of seven slides that works offline and passes axe', async () => {
    const { page, watch } = await open(`${slug}/deck.html`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(7);
    expect(await page.locator('.slide-number').textContent()).toMatch(/1\s*\/\s*7/);
    expect(await page.locator('.progress').isVisible()).toBe(true);
    for (let slide = 0; slide < 7; slide++) {
      await goToSlide(page, slide);
      expect(await seriousAxeViolations(page), `slide ${slide + 1}`).toEqual([]);
    }
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.headline')!).fontFamily)).toMatch(/Source Serif 4/);
    expect(await page.evaluate(() => document.fonts.check('700 56px "Source Serif 4"'))).toBe(true);
    expectQuiet(watch);
    await page.close();
  });

  it('keeps the slide in the address, so a reload stays on it', async () => {
    const { page } = await open(`${slug}/deck.html#/3`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);
    await page.keyboard.press('ArrowRight');
    // Slides are named in the address by their id, so a link to a point survives edits before it.
    await page.waitForURL(/#\/point-3$/);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    expect(await page.locator('section.present .headline').textContent()).toBe('Migration law capacity that protects human rights');
    await page.close();
  });

  it('opens the speaker view with S, offline, showing the full text as notes', async () => {
    const { page, watch } = await open(`${slug}/deck.html#/2`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const speakerWatch = { errors: [] as string[] };
    speakerView.on('pageerror', (error) => speakerWatch.errors.push(error.message));
    await speakerView.waitForFunction(() =>
      (document.querySelector('.speaker-controls-notes')?.textContent ?? '').includes('First, the nature of criminal enterprises'),
    );
    expect(await speakerView.locator('.speaker-controls-notes').textContent()).toContain('horizontal network structures that are difficult to trace');
    expect(speakerWatch.errors).toEqual([]);
    expectQuiet(watch);
    await page.close();
  });

  it('lays an Arabic deck out right to left', async () => {
    const { page, watch } = await open('arabic-statement/deck.html');
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    await goToSlide(page, 2);
    const layout = await page.evaluate(() => {
      const frame = document.querySelector('section.present .frame')!.getBoundingClientRect();
      const item = document.querySelector('section.present .messages li')!.getBoundingClientRect();
      return {
        direction: getComputedStyle(document.querySelector('section.present')!).direction,
        gapRight: frame.right - item.right,
        gapLeft: item.left - frame.left,
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(layout.gapRight).toBeLessThan(layout.gapLeft);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expectQuiet(watch);
    await page.close();
  });
});

describe.each([
  ['deck.marp.html', `${slug}/deck.marp.html`],
  ['briefing.html', `${slug}/briefing.html`],
  ['index.html', 'index.html'],
  ['the Arabic briefing', 'arabic-statement/briefing.html'],
])('%s', (_, page) => {
  it('loads nothing from the network, logs no error and passes axe', async () => {
    const { page: tab, watch } = await open(page);
    if (page.endsWith('deck.marp.html')) expect(await tab.locator('div.marpit > svg').count()).toBe(7);
    expect(await seriousAxeViolations(tab)).toEqual([]);
    expectQuiet(watch);
    await tab.close();
  });
});

describe.each(['projector', 'print'])('deck.html and briefing.html in the %s theme', (theme) => {
  it('pass axe on every slide, with no error and no network', async () => {
    await build(project.config({ theme, outDir: `dist-${theme}`, files: [path.join(project.root, 'content', `${slug}.md`)] }));
    const themed = (page: string) => pathToFileURL(path.join(project.root, `dist-${theme}`, page)).href;
    const { page, watch } = await openPage(browser, themed(`${slug}/deck.html`));
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    for (let slide = 0; slide < 7; slide++) {
      await goToSlide(page, slide);
      expect(await seriousAxeViolations(page), `slide ${slide + 1}`).toEqual([]);
    }
    expectQuiet(watch);
    await page.close();
    const briefing = await openPage(browser, themed(`${slug}/briefing.html`));
    expect(await seriousAxeViolations(briefing.page)).toEqual([]);
    expectQuiet(briefing.watch);
    await briefing.page.close();
  });
});
