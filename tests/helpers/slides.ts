// Checks a built deck in Chromium: every element and every line of text of every slide inside the slide, no
// horizontal scroll, type no smaller than the floor, and no grapheme cluster broken over two lines.
import type { Page } from 'playwright-core';

export interface SlideFloors {
  /** Key messages, px. */
  readonly text: number;
  /** Headlines of content slides, px. */
  readonly heading: number;
  /** The title slide's title, px. */
  readonly title: number;
  /** Any text at all (markers, panel, role), px. */
  readonly any: number;
}

export interface SlideCheck {
  readonly slides: number;
  readonly problems: string[];
  /** Each slide's id (or number) and its key messages' font size, px. */
  readonly sizes: { readonly slide: string; readonly text: number | undefined }[];
}

/** Checks every slide of a reveal.js deck (`deck.html`), navigating to each in turn. */
export function checkRevealDeck(page: Page, floors: SlideFloors): Promise<SlideCheck> {
  return page.evaluate(
    ({ floors, check }) => {
      const reveal = (window as unknown as { Reveal: { slide(index: number): void } }).Reveal;
      const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
      const run = new Function('section', 'floors', 'label', `return (${check})(section, floors, label)`) as (
        section: HTMLElement,
        floors: unknown,
        label: string,
      ) => { problems: string[]; text: number | undefined };
      const problems: string[] = [];
      const sizes: { slide: string; text: number | undefined }[] = [];
      sections.forEach((section, index) => {
        reveal.slide(index);
        const result = run(section, floors, section.id || String(index + 1));
        problems.push(...result.problems);
        sizes.push({ slide: section.id, text: result.text });
      });
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      return { slides: sections.length, problems, sizes };
    },
    { floors, check: checkSlide.toString() },
  );
}

/** Checks every slide of a Marp deck (`deck.marp.html`), where all slides are on the page at once. */
export function checkMarpDeck(page: Page, floors: SlideFloors): Promise<SlideCheck> {
  return page.evaluate(
    ({ floors, check }) => {
      const sections = [...document.querySelectorAll<HTMLElement>('.marpit > svg > foreignObject > section')];
      const run = new Function('section', 'floors', 'label', `return (${check})(section, floors, label)`) as (
        section: HTMLElement,
        floors: unknown,
        label: string,
      ) => { problems: string[]; text: number | undefined };
      const problems: string[] = [];
      const sizes: { slide: string; text: number | undefined }[] = [];
      sections.forEach((section, index) => {
        const result = run(section, floors, `marp slide ${index + 1}`);
        problems.push(...result.problems);
        sizes.push({ slide: String(index + 1), text: result.text });
      });
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      return { slides: sections.length, problems, sizes };
    },
    { floors, check: checkSlide.toString() },
  );
}

/** Runs in the page, on one slide (a reveal.js <section> or a Marp <section>). Plain JavaScript once serialized. */
function checkSlide(section: HTMLElement, floors: SlideFloors, label: string): { problems: string[]; text: number | undefined } {
  const problems: string[] = [];
  const box = section.getBoundingClientRect();
  // reveal.js and Marp both scale the 1280×720 slide to the window; compare in slide pixels.
  const k = box.width / 1280;
  const tolerance = 1;
  const outside = (rect: DOMRect) =>
    (box.left - rect.left) / k > tolerance ||
    (rect.right - box.right) / k > tolerance ||
    (box.top - rect.top) / k > tolerance ||
    (rect.bottom - box.bottom) / k > tolerance;
  const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
  const visible = (element: Element) => !element.closest('aside.notes') && getComputedStyle(element).display !== 'none';

  for (const element of section.querySelectorAll('*')) {
    if (!visible(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (outside(rect)) problems.push(`${label}: ${describe(element)} runs past the slide (${JSON.stringify(rect)} vs ${JSON.stringify(box)})`);
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      problems.push(`${label}: ${describe(element)} scrolls sideways`);
    }
  }
  if (section.scrollWidth > section.clientWidth + 1)
    problems.push(`${label}: the slide is wider than its box (${section.scrollWidth} > ${section.clientWidth})`);

  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  let text: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!visible(parent) || !(node.textContent ?? '').trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (outside(rect)) problems.push(`${label}: a line of "${(node.textContent ?? '').slice(0, 40)}…" runs past the slide`);
    }
    const size = parseFloat(getComputedStyle(parent).fontSize);
    const floor = parent.closest('li')
      ? floors.text
      : parent.closest('.slide--title h1, section.title h1')
        ? floors.title
        : parent.closest('h1, h2')
          ? floors.heading
          : floors.any;
    if (size < floor - 0.01) problems.push(`${label}: "${(node.textContent ?? '').slice(0, 40)}" is set at ${size}px, under the floor of ${floor}px`);
    if (parent.closest('li')) text = Math.min(text ?? Infinity, size);
    // A grapheme cluster (an emoji sequence, a letter with its marks) is never broken over two lines.
    let offset = 0;
    for (const { segment } of graphemes.segment(node.textContent ?? '')) {
      if ([...segment].length > 1) {
        const cluster = document.createRange();
        cluster.setStart(node, offset);
        cluster.setEnd(node, offset + segment.length);
        const tops = new Set([...cluster.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / k / 4)));
        if (tops.size > 1) problems.push(`${label}: "${segment}" is broken over two lines`);
      }
      offset += segment.length;
    }
  }
  return { problems, text };
}
