// The fidelity checks that need the pages in Chromium: where every element of a slide or a printed page lies, and
// which number each slide carries; and screenshots of a failing page for a person to look at.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Paper } from '../../src/config.js';
import type { Problem } from './fidelity-checks.js';

/** Paper sizes in CSS px. */
const paperSize: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: (210 * 96) / 25.4, height: (297 * 96) / 25.4 },
  letter: { width: 8.5 * 96, height: 11 * 96 },
};

/** A problem found in a page, with the slide (0-based) it is on when the page is a deck. */
export interface PageProblem extends Problem {
  readonly slide?: number;
}

export async function openOutput(browser: Browser, file: string, options: { print?: { width: number; height: number } } = {}): Promise<Page> {
  const viewport = options.print ? { width: Math.floor(options.print.width), height: Math.floor(options.print.height) } : { width: 1280, height: 720 };
  const page = await browser.newPage({ viewport });
  if (options.print) await page.emulateMedia({ media: 'print' });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => {
      const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal;
      if (reveal && !reveal.isReady()) return false;
      if (document.querySelector('.handout') && !document.documentElement.hasAttribute('data-handout-ready')) return false;
      return true;
    },
    undefined,
    { timeout: 20_000 },
  );
  return page;
}

/**
 * Runs in the page: every visible element, and every line of text, under `root` must lie inside `box` (less 1 px,
 * in the units of `unit` px a slide or page pixel). Plain JavaScript once serialized.
 */
function outsideBox(root: Element, box: { left: number; top: number; right: number; bottom: number }, unit: number, label: string): string[] {
  const problems: string[] = [];
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
  const past = (rect: DOMRect) => {
    const sides: string[] = [];
    if ((box.left - rect.left) / unit > 1) sides.push(`left by ${Math.round((box.left - rect.left) / unit)} px`);
    if ((rect.right - box.right) / unit > 1) sides.push(`right by ${Math.round((rect.right - box.right) / unit)} px`);
    if ((box.top - rect.top) / unit > 1) sides.push(`top by ${Math.round((box.top - rect.top) / unit)} px`);
    if ((rect.bottom - box.bottom) / unit > 1) sides.push(`bottom by ${Math.round((rect.bottom - box.bottom) / unit)} px`);
    return sides.join(', ');
  };
  const hidden = (element: Element) => element.closest('aside.notes, script, style, template') !== null || getComputedStyle(element).display === 'none';
  for (const element of root.querySelectorAll('*')) {
    if (hidden(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const sides = past(rect);
    if (sides) problems.push(`${label}: ${describe(element)} runs past the ${sides}`);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || hidden(parent) || !(node.textContent ?? '').trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const sides = past(rect);
      if (sides) problems.push(`${label}: the text "${(node.textContent ?? '').trim().slice(0, 50)}" runs past the ${sides}`);
    }
  }
  return problems;
}

type Box = { left: number; top: number; right: number; bottom: number };
type Check = (root: Element, box: Box, unit: number, label: string) => string[];
type Found = { slide?: number; message: string }[];

/** Where each output's slides or pages are, and what must lie inside each: functions run in the page. */
const layouts = {
  /** reveal.js shows one slide at a time, in the 1280×720 .slides box it scales to the window. */
  deck: (check: Check): Found => {
    const reveal = (window as unknown as { Reveal: { slide(index: number): void; getSlides(): HTMLElement[] } }).Reveal;
    return reveal.getSlides().flatMap((section, index) => {
      reveal.slide(index);
      const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      return check(section, box, box.width / 1280, `slide ${index + 1}`).map((message) => ({ slide: index, message }));
    });
  },
  /** Marp shows every slide at once, each a 1280×720 section. */
  marp: (check: Check): Found =>
    [...document.querySelectorAll('.marpit > svg > foreignObject > section')].flatMap((section, index) => {
      const box = section.getBoundingClientRect();
      return check(section, box, box.width / 1280, `slide ${index + 1}`).map((message) => ({ slide: index, message }));
    }),
  /** On screen each handout sheet is a sheet of the paper; each slide is drawn in its frame. */
  handout: (check: Check): Found => [
    ...[...document.querySelectorAll('.handout__sheet')].flatMap((sheet, index) =>
      check(sheet, sheet.getBoundingClientRect(), 1, `sheet ${index + 1}`).map((message) => ({ message })),
    ),
    ...[...document.querySelectorAll('.handout__canvas')].flatMap((canvas) => {
      const box = canvas.getBoundingClientRect();
      const slide = canvas.closest<HTMLElement>('[data-slide]')?.dataset.slide ?? '?';
      return check(canvas, box, box.width / 1280, `slide ${slide} in the handout`).map((message) => ({ message }));
    }),
  ],
  /** A page laid out for print at the width inside its margins: one page high (the briefing), or any height. */
  printed: (check: Check, area: { width: number; height: number; onePage: boolean }): Found => {
    const box = { left: 0, top: 0, right: area.width, bottom: area.onePage ? area.height : Number.POSITIVE_INFINITY };
    return check(document.body, box, 1, 'printed page').map((message) => ({ message }));
  },
};

/** Opens a page and runs one of the layouts in it, with the box check. */
async function inPage<A>(
  browser: Browser,
  file: string,
  layout: (check: Check, arg: A) => Found,
  arg: A,
  print?: { width: number; height: number },
): Promise<PageProblem[]> {
  const page = await openOutput(browser, file, { print });
  try {
    return await page.evaluate(
      ({ check, layout, arg }) => {
        const run = new Function('root', 'box', 'unit', 'label', `return (${check})(root, box, unit, label)`);
        return new Function('check', 'arg', `return (${layout})(check, arg)`)(run, arg) as Found;
      },
      { check: outsideBox.toString(), layout: layout.toString(), arg },
    );
  } finally {
    await page.close();
  }
}

/** 2. Each slide's elements inside the 1280×720 slide; each printed page's inside the page. */
export async function elementsOutside(browser: Browser, file: string, output: string, paper: Paper): Promise<PageProblem[]> {
  if (output === 'deck' || output === 'marp' || output === 'handout') return inPage(browser, file, layouts[output], undefined);
  // Any other page is printed on paper: its margins are its @page rule's.
  const size = paperSize[paper];
  const probe = await openOutput(browser, file, { print: size });
  const margins = await probe.evaluate(() => {
    for (const sheet of document.styleSheets) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue; // A file: stylesheet Chromium will not open to scripts: its margins are not known, so none are assumed.
      }
      for (const rule of rules) {
        if (rule instanceof CSSPageRule) {
          const px = (value: string) => (/^[\d.]+mm$/.test(value) ? (parseFloat(value) * 96) / 25.4 : /^[\d.]+px$/.test(value) ? parseFloat(value) : 0);
          return { top: px(rule.style.marginTop), right: px(rule.style.marginRight), bottom: px(rule.style.marginBottom), left: px(rule.style.marginLeft) };
        }
      }
    }
    return { top: 0, right: 0, bottom: 0, left: 0 };
  });
  await probe.close();
  const area = { width: size.width - margins.left - margins.right, height: size.height - margins.top - margins.bottom };
  return inPage(browser, file, layouts.printed, { ...area, onePage: output === 'briefing' }, area);
}

/** The number each slide shows in one output: `shown` is what the page says ("4 / 7" → [4, 7]), undefined if none. */
export interface SlideNumber {
  readonly slide: number;
  readonly shown: readonly [number, number | undefined] | undefined;
  readonly raw: string;
}

/** Reads numbers written in any digits: "٤ / ٧" → [4, 7]. */
function numbersIn(text: string): number[] {
  const latin = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
  return [...latin.matchAll(/\d+/g)].map((match) => Number(match[0]));
}

/** 6. The slide numbers reveal.js shows (deck.html), Marp paginates (deck.marp.html) and the handout labels. */
export async function slideNumbers(browser: Browser, file: string, output: 'deck' | 'marp' | 'handout'): Promise<SlideNumber[]> {
  const page = await openOutput(browser, file);
  try {
    const raw: { slide: number; text: string | null }[] = await page.evaluate((output) => {
      if (output === 'deck') {
        const reveal = (window as unknown as { Reveal: { slide(index: number): void; getSlides(): HTMLElement[] } }).Reveal;
        return reveal.getSlides().map((_, index) => {
          reveal.slide(index);
          const number = document.querySelector<HTMLElement>('.reveal .slide-number');
          return { slide: index, text: number && getComputedStyle(number).display !== 'none' ? number.textContent : null };
        });
      }
      if (output === 'marp') {
        return [...document.querySelectorAll<HTMLElement>('.marpit > svg > foreignObject > section')].map((section, index) => {
          const n = section.dataset.marpitPagination;
          return { slide: index, text: n === undefined ? null : `${n} / ${section.dataset.marpitPaginationTotal ?? ''}` };
        });
      }
      return [...document.querySelectorAll<HTMLElement>('.handout__item')].map((item, index) => ({
        slide: index,
        text: item.querySelector('.handout__label')?.textContent ?? null,
      }));
    }, output);
    return raw.map(({ slide, text }) => {
      const numbers = text === null ? [] : numbersIn(text);
      return { slide, shown: numbers.length ? [numbers[0]!, numbers[1]] : undefined, raw: text ?? '' };
    });
  } finally {
    await page.close();
  }
}

/** Screenshots of an HTML output for a person: the slides named (a deck), or the whole page. */
export async function screenshotOutput(browser: Browser, file: string, output: string, slides: readonly number[], prefix: string): Promise<void> {
  const page = await openOutput(browser, file);
  try {
    if (output === 'deck') {
      type Reveal = { slide(index: number): void; configure(options: object): void };
      await page.evaluate(() => (window as unknown as { Reveal: Reveal }).Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
      for (const slide of slides) {
        await page.evaluate((index) => (window as unknown as { Reveal: Reveal }).Reveal.slide(index), slide);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${prefix}-slide-${slide + 1}.png` });
      }
    } else if (output === 'marp' && slides.length) {
      const sections = page.locator('.marpit > svg');
      for (const slide of slides) await sections.nth(slide).screenshot({ path: `${prefix}-slide-${slide + 1}.png` });
    } else {
      await page.screenshot({ path: `${prefix}.png`, fullPage: true });
    }
  } finally {
    await page.close();
  }
}
