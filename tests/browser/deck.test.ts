// deck.html on screen, in Chromium at 1280×720: the slide number, the footer, the fonts of right-to-left slides, and
// how headlines and key messages break their lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { createProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';

/** A font stack as CSS means it: Chromium writes a one-word family (Vazirmatn) without the quotes it was given. */
const family = (stack: string) => stack.replace(/"/g, '');

const fixture = (name: string, file: string) => readFileSync(path.join(fixturesDir, name, 'content', file), 'utf8');
const statements: Record<string, string> = {
  'iom-crime-prevention-2019': shippedSource,
  'six-messages': fixture('stress-six-messages', 'six-messages.md'),
  'long-headline': fixture('stress-long-headline', 'long-headline.md'),
  'arabic-statement': fixture('arabic', 'arabic-statement.md'),
  arabic: fixture('stress-arabic', 'arabic.md'),
};

type RevealWindow = { Reveal: { isReady(): boolean; slide(index: number): void; getTotalSlides(): number; configure(options: object): void } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['institutional', 'projector', 'print'])('deck.html in the %s theme', (themeName) => {
  let project: TestProject;
  beforeAll(async () => {
    project = createProject(Object.fromEntries(Object.entries(statements).map(([slug, source]) => [`content/${slug}.md`, source])));
    await build(project.config({ theme: themeName }));
  });
  afterAll(() => project?.remove());

  /** The deck open at 1280×720, on its first slide, with its fonts loaded. */
  async function openDeck(slug: string): Promise<Page> {
    const { page } = await openPage(browser, pathToFileURL(path.join(project.root, 'dist', slug, 'deck.html')).href);
    await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady());
    await page.evaluate(() => (window as unknown as RevealWindow).Reveal.configure({ transition: 'none' }));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  it('numbers each slide "n / N" in the theme’s muted colour and text face, clear of the arrows', async () => {
    for (const slug of ['iom-crime-prevention-2019', 'arabic-statement']) {
      const page = await openDeck(slug);
      const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides());
      for (let index = 0; index < total; index++) {
        await page.evaluate((n) => (window as unknown as RevealWindow).Reveal.slide(n), index);
        const number = await page.evaluate(() => {
          const element = document.querySelector<HTMLElement>('.reveal .slide-number')!;
          const link = element.querySelector('a') ?? element;
          const style = getComputedStyle(link);
          const root = getComputedStyle(document.documentElement);
          const box = element.getBoundingClientRect();
          const arrows = [...document.querySelectorAll('.reveal .controls button.enabled')].map((button) => button.getBoundingClientRect());
          return {
            text: element.textContent!.replace(/\s+/g, ''),
            colour: style.color,
            muted: root.getPropertyValue('--lectern-muted').trim(),
            font: style.fontFamily,
            body: root.getPropertyValue('--lectern-font-body').trim(),
            underline: style.textDecorationLine,
            size: parseFloat(style.fontSize),
            overlaps: arrows.some((arrow) => arrow.left < box.right && box.left < arrow.right && arrow.top < box.bottom && box.top < arrow.bottom),
          };
        });
        const where = `${slug} slide ${index + 1}`;
        expect(number.text, where).toBe(`${index + 1}/${total}`);
        expect(family(number.font), where).toBe(family(number.body));
        expect(number.underline, where).toBe('none');
        expect(number.size, where).toBeGreaterThanOrEqual(16);
        expect(number.overlaps, where).toBe(false);
        expect(
          await page.evaluate((muted) => {
            const probe = document.createElement('span');
            probe.style.color = muted;
            document.body.append(probe);
            const colour = getComputedStyle(probe).color;
            probe.remove();
            return colour;
          }, number.muted),
          where,
        ).toBe(number.colour);
      }
      await page.close();
    }
  });

  it('shows the organization in a footer on the slides between the title and the closing', async () => {
    const page = await openDeck('iom-crime-prevention-2019');
    const footers = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((section) => section.querySelector('.footer')?.textContent ?? null),
    );
    expect(footers).toEqual([null, ...Array(5).fill('International Organization for Migration (IOM)'), null]);
    await page.close();
  });

  it('sets right-to-left slides in the theme’s fonts, Arabic in its Arabic family', async () => {
    for (const slug of ['arabic-statement', 'arabic']) {
      const page = await openDeck(slug);
      const fonts = await page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        const of = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
        return {
          headline: of('#introduction .headline'),
          message: of('#introduction .messages li'),
          heading: root.getPropertyValue('--lectern-font-heading').trim(),
          body: root.getPropertyValue('--lectern-font-body').trim(),
        };
      });
      expect(family(fonts.headline), slug).toBe(family(fonts.heading));
      expect(family(fonts.message), slug).toBe(family(fonts.body));
      await page.close();
    }
  });

  it('never leaves one word alone on the last line of a headline or a key message of up to six lines', async () => {
    for (const slug of Object.keys(statements)) {
      const page = await openDeck(slug);
      const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides());
      for (let index = 0; index < total; index++) {
        await page.evaluate((n) => (window as unknown as RevealWindow).Reveal.slide(n), index);
        const orphans = await page.evaluate(() => {
          const words = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
          const found: string[] = [];
          for (const element of document.querySelectorAll('.reveal .slides > section.present :is(.headline, .messages li)')) {
            const text = element.firstChild!;
            // The top of each word's first box: words on one line share it.
            const tops: number[] = [];
            for (const { segment, index, isWordLike } of words.segment(text.textContent!)) {
              if (!isWordLike) continue;
              const range = document.createRange();
              range.setStart(text, index);
              range.setEnd(text, index + segment.length);
              tops.push(Math.round(range.getClientRects()[0]!.top));
            }
            const lines = [...new Set(tops)];
            // Chromium balances text of up to six lines; a longer headline (lectern check warns of one) wraps as it may.
            if (lines.length > 1 && lines.length <= 6 && tops.filter((top) => top === lines.at(-1)).length === 1) found.push(element.textContent!);
          }
          return found;
        });
        expect(orphans, `${slug} slide ${index + 1}`).toEqual([]);
      }
      await page.close();
    }
  });
});
