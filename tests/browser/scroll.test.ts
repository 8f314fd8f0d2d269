// deck.html as one page to read, in Chromium: reveal.js's scroll view (deck.html?view=scroll, and by itself on a phone
// held upright), every slide followed by its speaker notes as text, nothing wider than the screen, in English and in
// Arabic; the index's and the deck's links to it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { launchBrowser, openPage, type PageWatch } from '../helpers/browser.js';
import { normalize, parseDocument } from '../helpers/html.js';
import { createProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';

const fixture = (name: string, file: string) => readFileSync(path.join(fixturesDir, name, 'content', file), 'utf8');
const statements: Record<string, string> = {
  'iom-crime-prevention-2019': shippedSource,
  'arabic-statement': fixture('arabic', 'arabic-statement.md'),
  injection: fixture('injection', 'injection.md'),
};
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

type RevealWindow = { Reveal: { isReady(): boolean; isScrollView(): boolean; slide(index: number): void; configure(options: object): void } };

let project: TestProject;
let browser: Browser;
beforeAll(async () => {
  project = createProject(Object.fromEntries(Object.entries(statements).map(([slug, source]) => [`content/${slug}.md`, source])));
  await build(project.config());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  project?.remove();
});

const deckUrl = (slug: string, address = '') => pathToFileURL(path.join(project.root, 'dist', slug, 'deck.html')).href + address;

/** Each slide of the built deck.html: its id, and the text of each paragraph of its speaker notes. */
function builtSlides(slug: string): { id: string; notes: string[] }[] {
  const document = parseDocument(project.read(`dist/${slug}/deck.html`));
  return [...document.querySelectorAll('.reveal .slides > section')].map((section) => ({
    id: section.id,
    notes: [...section.querySelectorAll('aside.notes p')].map((paragraph) => normalize(paragraph.textContent ?? '')),
  }));
}

/** The deck open at `address`, once reveal.js is ready and the fonts have loaded. */
async function openDeck(slug: string, address: string, viewport: { width: number; height: number }): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openPage(browser, deckUrl(slug, address), viewport);
  await opened.page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady());
  await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return opened;
}

/** What the scroll view shows of each page: the slide, where it is and what it holds, and the notes after it. */
function readScrollView(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.reveal-viewport')!;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    return [...document.querySelectorAll<HTMLElement>('.reveal .scroll-page')].map((scrollPage) => {
      scrollPage.scrollIntoView({ block: 'start' });
      const slide = scrollPage.querySelector('section')!;
      const box = slide.getBoundingClientRect();
      // Every piece of the slide's text, as drawn, inside the slide's box.
      const outside: string[] = [];
      const walker = document.createTreeWalker(slide.querySelector('.frame')!, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        if (!inside(range.getBoundingClientRect(), box)) outside.push(text.textContent!.trim());
      }
      const centre = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height, viewport.clientHeight) / 2);
      const notes = scrollPage.nextElementSibling?.classList.contains('reading-notes') ? (scrollPage.nextElementSibling as HTMLElement) : null;
      const notesBox = notes?.getBoundingClientRect();
      return {
        id: slide.id,
        width: box.width,
        height: box.height,
        withinScreen: box.left >= 0 && box.right <= viewport.clientWidth,
        shown: getComputedStyle(slide).visibility === 'visible' && getComputedStyle(slide).opacity === '1' && Boolean(centre && slide.contains(centre)),
        outside,
        notes: notes && {
          paragraphs: [...notes.querySelectorAll('p')].map((paragraph) => paragraph.textContent!.replace(/\s+/g, ' ').trim()),
          below: notesBox!.top >= scrollPage.getBoundingClientRect().bottom - 1,
          withinScreen: notesBox!.left >= 0 && notesBox!.right <= viewport.clientWidth && notes.scrollWidth <= notes.clientWidth,
          shown: getComputedStyle(notes).display !== 'none' && getComputedStyle(notes).visibility === 'visible' && notesBox!.height > 0,
          fontSize: parseFloat(getComputedStyle(notes.querySelector('p') ?? notes).fontSize),
          direction: getComputedStyle(notes).direction,
          markup: notes.querySelectorAll('*:not(p)').length,
        },
      };
    });
  });
}

/** How wide the page is against the screen: the document and reveal.js's viewport, which is what scrolls. */
function widths(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.reveal-viewport')!;
    return {
      document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      viewport: viewport.scrollWidth - viewport.clientWidth,
      scrolls: viewport.scrollHeight > viewport.clientHeight,
    };
  });
}

describe.each([
  ['a phone', phone],
  ['a desktop', desktop],
])('deck.html?view=scroll on %s', (_, viewport) => {
  it.each(['iom-crime-prevention-2019', 'arabic-statement'])(
    'shows every slide of %s, each followed by its notes, nothing wider than the screen',
    async (slug) => {
      const { page, watch } = await openDeck(slug, '?view=scroll', viewport);
      expect(await page.evaluate(() => (window as unknown as RevealWindow).Reveal.isScrollView())).toBe(true);
      const built = builtSlides(slug);
      const shown = await readScrollView(page);

      expect(shown.map((slide) => slide.id)).toEqual(built.map((slide) => slide.id));
      for (const [index, slide] of shown.entries()) {
        const where = `${slug} slide ${index + 1} at ${viewport.width}×${viewport.height}`;
        expect(slide.width, where).toBeGreaterThan(viewport.width * 0.9);
        expect(slide.height / slide.width, where).toBeCloseTo(720 / 1280, 2);
        expect(slide.withinScreen, where).toBe(true);
        expect(slide.shown, where).toBe(true);
        expect(slide.outside, where).toEqual([]);
        expect(slide.notes === null, where).toBe(built[index]!.notes.length === 0);
        if (!slide.notes) continue;
        expect(slide.notes.paragraphs, where).toEqual(built[index]!.notes);
        expect(slide.notes.below, where).toBe(true);
        expect(slide.notes.shown, where).toBe(true);
        expect(slide.notes.withinScreen, where).toBe(true);
        expect(slide.notes.fontSize, where).toBeGreaterThanOrEqual(16);
        expect(slide.notes.direction, where).toBe(slug === 'arabic-statement' ? 'rtl' : 'ltr');
      }
      expect(shown.filter((slide) => slide.notes).length).toBeGreaterThan(0);
      expect(await widths(page)).toEqual({ document: 0, viewport: 0, scrolls: true });
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
      await page.close();
    },
  );
});

describe('the scroll view', () => {
  it('shows notes that hold markup as text: nothing in them runs or loads', async () => {
    const { page, watch } = await openDeck('injection', '?view=scroll', phone);
    const shown = await readScrollView(page);
    const notes = shown.flatMap((slide) => slide.notes?.paragraphs ?? []).join('\n');
    expect(notes).toContain('<script>alert(1)</script>');
    expect(notes).toContain('"><img src=x onerror=alert(1)>');
    expect(shown.map((slide) => slide.notes?.markup ?? 0)).toEqual(shown.map(() => 0));
    expect(shown.map((slide) => slide.notes?.paragraphs)).toEqual(builtSlides('injection').map((slide) => (slide.notes.length ? slide.notes : undefined)));
    await page.waitForTimeout(200);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('is what a phone held upright shows of deck.html, and a phone on its side shows the slides', async () => {
    const upright = await openDeck('iom-crime-prevention-2019', '', phone);
    expect(await upright.page.evaluate(() => (window as unknown as RevealWindow).Reveal.isScrollView())).toBe(true);
    expect(await upright.page.locator('.reading-notes').count()).toBe(builtSlides('iom-crime-prevention-2019').filter((slide) => slide.notes.length).length);
    await upright.page.close();

    const side = await openDeck('iom-crime-prevention-2019', '', { width: phone.height, height: phone.width });
    expect(await side.page.evaluate(() => (window as unknown as RevealWindow).Reveal.isScrollView())).toBe(false);
    // A window narrowed to a phone's width turns to the scroll view, with the notes; widened again, back to slides.
    await side.page.setViewportSize(phone);
    await side.page.waitForFunction(() => document.querySelectorAll('.reading-notes').length > 0);
    await side.page.setViewportSize(desktop);
    await side.page.waitForFunction(() => !(window as unknown as RevealWindow).Reveal.isScrollView());
    expect(await side.page.locator('.reading-notes').count()).toBe(0);
    expect(side.watch.errors).toEqual([]);
    await side.page.close();
  });

  it('opens at the slide the address names, that slide at the top of the screen', async () => {
    const { page } = await openDeck('iom-crime-prevention-2019', '?view=scroll#/point-2', phone);
    await page.waitForTimeout(100);
    const top = await page.evaluate(() => document.querySelector('#point-2')!.closest('.scroll-page')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('keeps that slide at the top when the fonts arrive after the page is built, as on a slow connection', async () => {
    // The built site over HTTP, each font answered 800 ms late: the notes above the slide reflow when they come.
    const server = createServer((request, response) => {
      const file = path.join(project.root, 'dist', decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
      const type = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2' }[path.extname(file)];
      const late = file.endsWith('.woff2') ? 800 : 0;
      setTimeout(() => {
        readFile(file).then(
          (body) => response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body),
          () => response.writeHead(404).end(),
        );
      }, late);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { page } = await openPage(browser, `http://127.0.0.1:${port}/iom-crime-prevention-2019/deck.html?view=scroll#/point-2`, phone);
      await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady());
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForTimeout(100);
      const top = await page.evaluate(() => document.querySelector('#point-2')!.closest('.scroll-page')!.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThanOrEqual(1);
      await page.close();
    } finally {
      server.close();
    }
  });
});

describe('links to the scroll view', () => {
  it('the index links each statement’s deck as one page', async () => {
    const { page } = await openPage(browser, pathToFileURL(path.join(project.root, 'dist', 'index.html')).href);
    for (const slug of Object.keys(statements)) {
      const link = page.locator(`.statement[data-slug="${slug}"] a[href="${slug}/deck.html?view=scroll"]`);
      expect(await link.count(), slug).toBe(1);
      expect(await link.textContent()).toBe('Slides and notes (one page)');
    }
    await page.locator('a[href="arabic-statement/deck.html?view=scroll"]').click();
    await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() && document.querySelectorAll('.reading-notes').length > 0);
    await page.close();
  });

  it.each([
    ['iom-crime-prevention-2019', 'Read as a page'],
    ['arabic-statement', 'اقرأ في صفحة واحدة'],
  ])('the deck of %s links to it on screen, at the slide shown, over no text, and never on paper', async (slug, label) => {
    const { page } = await openDeck(slug, '', { width: 1280, height: 720 });
    await page.evaluate(() => (window as unknown as RevealWindow).Reveal.configure({ transition: 'none' }));
    const link = page.locator('.reading-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe(label);
    const slides = builtSlides(slug);
    for (const [index, slide] of slides.entries()) {
      await page.evaluate((n) => (window as unknown as RevealWindow).Reveal.slide(n), index);
      const clash = await page.evaluate(() => {
        const box = document.querySelector('.reading-link')!.getBoundingClientRect();
        const meets = (other: DOMRect) => other.left < box.right && box.left < other.right && other.top < box.bottom && box.top < other.bottom;
        const texts = document.querySelectorAll('.reveal .slides > section.present .frame *, .reveal .slide-number, .reveal .controls button.enabled');
        return [...texts].filter((element) => meets(element.getBoundingClientRect())).map((element) => element.className || element.tagName);
      });
      expect(clash, `${slug} slide ${index + 1}`).toEqual([]);
      expect(await link.getAttribute('href')).toBe(`?view=scroll#/${slide.id}`);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Followed from the third slide, it opens the page there.
    await page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(2));
    await link.click();
    await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() && document.querySelectorAll('.reading-notes').length > 0);
    await page.waitForTimeout(100);
    const top = await page.evaluate((id) => document.getElementById(id)!.closest('.scroll-page')!.getBoundingClientRect().top, slides[2]!.id);
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    expect(await link.isVisible()).toBe(false);
    await page.close();
  });

  it('is not in the print view deck.pdf is printed from', async () => {
    const { page } = await openPage(browser, deckUrl('iom-crime-prevention-2019', '?print-pdf'));
    await page.waitForFunction(() => document.documentElement.dataset.printReady !== undefined);
    expect(await page.locator('.reading-link').isVisible()).toBe(false);
    await page.close();
  });
});
