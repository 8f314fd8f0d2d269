// deck.marp.html in real Chromium: every slide numbered "n / N" at its bottom edge beside the footer, both clear of
// the content; nothing past the slide, in any theme; the title slide set as reveal.js sets it; and the exported Marp
// theme finding its fonts wherever it is used.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marp } from '@marp-team/marp-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/build/index.js';
import { slide as layout } from '../../src/fit/layout.js';
import type { PlannedStatement } from '../../src/plan/statement.js';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { buildOutputs } from '../helpers/outputs.js';
import { createProject, fixtureProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';

const themes = ['institutional', 'projector', 'print'] as const;
/** Every stress fixture: tests/fixtures/stress-*. */
const stress = readdirSync(fixturesDir).filter((name) => name.startsWith('stress-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A box in slide px, from the slide's top left corner. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface MarpSlide {
  /** The page number as drawn (`section::after`), or undefined when none shows. */
  readonly number: string | undefined;
  readonly numberBox: Box | undefined;
  readonly footer: { readonly text: string; readonly box: Box } | undefined;
  /** Every element of the slide but the footer, each with a label. */
  readonly content: readonly { readonly label: string; readonly box: Box }[];
  /** How tall the slide's layout runs, padding included (720 when nothing pushes past it). */
  readonly scrollHeight: number;
}

/** Builds `project` in `theme` to its dist/ and measures every slide of its deck.marp.html. */
async function measureMarp(project: TestProject, theme: string): Promise<{ plan: PlannedStatement; slides: MarpSlide[] }> {
  const config = project.config({ theme });
  const result = await build(config, { keepPlans: true });
  const plan = result.plans[0]!;
  const { page } = await openPage(browser, pathToFileURL(path.join(config.outDir, plan.statement.slug, 'deck.marp.html')).href);
  try {
    await page.evaluate(() => document.fonts.ready);
    return { plan, slides: await measureSlides(page) };
  } finally {
    await page.close();
  }
}

function measureSlides(page: Page): Promise<MarpSlide[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('div.marpit > svg > foreignObject > section')].map((section) => {
      const frame = section.getBoundingClientRect();
      // Marp scales each 1280×720 slide to the window: measure in slide px.
      const k = frame.width / 1280;
      const box = (rect: DOMRect) => ({
        left: (rect.left - frame.left) / k,
        top: (rect.top - frame.top) / k,
        right: (rect.right - frame.left) / k,
        bottom: (rect.bottom - frame.top) / k,
      });
      const after = getComputedStyle(section, '::after');
      const shown = after.display !== 'none' && after.content !== 'none' && after.content !== 'normal';
      const px = (value: string) => parseFloat(value) || 0;
      // A pseudo-element has no client rect; its computed position and size are its used values.
      const numberBox = shown
        ? {
            left: px(after.left),
            top: px(after.top),
            right: px(after.left) + px(after.paddingLeft) + px(after.width) + px(after.paddingRight),
            bottom: px(after.top) + px(after.paddingTop) + px(after.height) + px(after.paddingBottom),
          }
        : undefined;
      const footer = section.querySelector('footer');
      const content = [...section.querySelectorAll('*')]
        .filter((element) => element !== footer && !footer?.contains(element))
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 || rect.height > 0)
        .map(({ element, rect }) => ({ label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`, box: box(rect) }));
      return {
        number: shown ? JSON.parse(after.content) : undefined,
        numberBox,
        footer: footer ? { text: (footer.textContent ?? '').trim(), box: box(footer.getBoundingClientRect()) } : undefined,
        content,
        scrollHeight: section.scrollHeight,
      };
    }),
  );
}

const inside = (inner: Box, outer: Box, tolerance = 1) =>
  inner.left >= outer.left - tolerance &&
  inner.top >= outer.top - tolerance &&
  inner.right <= outer.right + tolerance &&
  inner.bottom <= outer.bottom + tolerance;
const intersect = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const slideBox: Box = { left: 0, top: 0, right: layout.width, bottom: layout.height };
/** Where fitting placed the text: the slide inside its padding. */
const contentBox: Box = {
  left: layout.padding.left,
  top: layout.padding.top,
  right: layout.width - layout.padding.right,
  bottom: layout.height - layout.padding.bottom,
};

/** The footer or the number outside the slide, or over the text or each other. */
function furnitureProblems(slides: readonly MarpSlide[]): string[] {
  return slides.flatMap((slide, index) => {
    const name = `slide ${index + 1}`;
    const problems: string[] = [];
    const furniture = [
      ['the footer', slide.footer?.box],
      ['the number', slide.numberBox],
    ] as const;
    for (const [what, box] of furniture) {
      if (!box) continue;
      if (!inside(box, slideBox, 0)) problems.push(`${name}: ${what} is outside the slide: ${JSON.stringify(box)}`);
      for (const { label, box: other } of slide.content) if (intersect(box, other)) problems.push(`${name}: ${what} overlaps ${label}`);
    }
    if (slide.footer && slide.numberBox && intersect(slide.footer.box, slide.numberBox)) problems.push(`${name}: the footer overlaps the number`);
    return problems;
  });
}

/** Text outside the area fitting measured it for, or a layout that runs past the slide. */
function textProblems(slides: readonly MarpSlide[]): string[] {
  return slides.flatMap((slide, index) => {
    const name = `slide ${index + 1}`;
    const problems: string[] = [];
    if (slide.scrollHeight > layout.height) problems.push(`${name} runs to ${slide.scrollHeight} px`);
    for (const { label, box } of slide.content) {
      if (!inside(box, contentBox)) problems.push(`${name}: ${label} is outside the text area: ${JSON.stringify(box)}`);
    }
    return problems;
  });
}

const decks: readonly (readonly [string, () => TestProject])[] = [
  ['the shipped statement', () => createProject({ 'content/iom-crime-prevention-2019.md': shippedSource })],
  ...stress.map((name) => [`fixture ${name}`, () => fixtureProject(name)] as const),
];

describe.each(decks)('%s', (_name, makeProject) => {
  describe.each(themes)('in the %s theme', (theme) => {
    let plan: PlannedStatement;
    let slides: MarpSlide[];
    beforeAll(async () => {
      const project = makeProject();
      try {
        ({ plan, slides } = await measureMarp(project, theme));
      } finally {
        project.remove();
      }
    });

    test('every slide shows its number in the planned deck, out of them all: n / N', () => {
      const planned = plan.deck.slides;
      expect(slides).toHaveLength(planned.length);
      expect(slides.map((slide) => slide.number)).toEqual(planned.map((_, index) => `${index + 1} / ${planned.length}`));
    });

    test('the footer and the number sit at the bottom edge, inside the slide, clear of the text', () => {
      // The organization is the footer of every slide but the title and closing slides, which name it themselves.
      expect(slides.map((slide) => slide.footer?.text)).toEqual(
        plan.deck.slides.map((slide) => (slide.kind === 'title' || slide.kind === 'closing' ? undefined : plan.deck.meta.organization)),
      );
      expect(furnitureProblems(slides)).toEqual([]);
    });

    test('the text stays where fitting placed it, and nothing runs past the slide', () => {
      expect(textProblems(slides)).toEqual([]);
    });
  });
});

/** How each piece of text on a page's first slide is set: where it starts (slide px), its size, weight and colour. */
function titleTexts(page: Page, section: string, pieces: readonly string[]) {
  return page.evaluate(
    ({ section: selector, pieces }) => {
      const section = document.querySelector(selector)!;
      const frame = section.getBoundingClientRect();
      const k = frame.width / 1280;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      return pieces.map((piece) => {
        const node = nodes.find((text) => (text.textContent ?? '').trim().startsWith(piece));
        if (!node) return { piece, missing: true };
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = [...range.getClientRects()].find((r) => r.width > 0)!;
        const style = getComputedStyle(node.parentElement!);
        return {
          piece,
          top: Math.round((rect.top - frame.top) / k),
          left: Math.round((rect.left - frame.left) / k),
          size: style.fontSize,
          weight: style.fontWeight,
          color: style.color,
          transform: style.textTransform,
        };
      });
    },
    { section, pieces },
  );
}

describe('the title slide', () => {
  test.each(themes)('is set as the reveal.js title slide is, in the %s theme: the speaker stands out', async (theme) => {
    const project = createProject({ 'content/iom-crime-prevention-2019.md': shippedSource });
    try {
      const config = project.config({ theme });
      const result = await build(config, { keepPlans: true });
      const { meta } = result.plans[0]!.deck;
      const pieces = [meta.event, meta.title, meta.panel, meta.speaker, meta.role, meta.organization, meta.venue].filter((piece): piece is string => !!piece);
      const url = (file: string) => pathToFileURL(path.join(config.outDir, result.plans[0]!.statement.slug, file)).href;

      const reveal = await openPage(browser, url('deck.html'));
      await reveal.page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
      // Glyphs at their exact widths, as templates/marp.css sets them, so the two differ only in layout.
      await reveal.page.addStyleTag({ content: '.reveal { text-rendering: geometricPrecision; }' });
      await reveal.page.evaluate(() => document.fonts.ready);
      const expected = await titleTexts(reveal.page, '.reveal .slides > section', pieces);
      await reveal.page.close();

      const marp = await openPage(browser, url('deck.marp.html'));
      await marp.page.evaluate(() => document.fonts.ready);
      const actual = await titleTexts(marp.page, 'div.marpit > svg > foreignObject > section', pieces);
      await marp.page.close();

      expect(actual).toEqual(expected);
      const speaker = actual.find((text) => text.piece === meta.speaker)!;
      const role = actual.find((text) => text.piece === meta.role)!;
      expect(speaker.weight).toBe('700');
      expect(parseFloat(speaker.size!)).toBeGreaterThan(parseFloat(role.size!));
    } finally {
      project.remove();
    }
  });
});

describe('the exported Marp theme, used elsewhere', () => {
  test('finds its fonts when another Marp tool renders a deck with it, away from dist/', async () => {
    const project = createProject({ 'content/iom-crime-prevention-2019.md': shippedSource });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'lectern-marp-theme-'));
    try {
      const outputs = await buildOutputs(project);
      // What marp-cli does with --theme-set: register the theme's CSS with marp-core, render, write one HTML page.
      const marp = new Marp({ html: false, emoji: { shortcode: false, unicode: false } });
      marp.themeSet.add(outputs.text('_assets/themes/institutional.marp.css'));
      const { html, css } = marp.render(outputs.text('iom-crime-prevention-2019/deck.md'));
      const file = path.join(elsewhere, 'deck.html');
      writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body>${html}</body></html>`);

      const { page, watch } = await openPage(browser, pathToFileURL(file).href);
      await page.evaluate(() => document.fonts.ready);
      const faces = await page.evaluate(() => [...document.fonts].map((face) => ({ face: `${face.family} ${face.weight}`, status: face.status })));
      await page.close();
      expect(watch.external).toEqual([]);
      expect(faces.filter((face) => face.status === 'error')).toEqual([]);
      const loaded = faces.filter((face) => face.status === 'loaded').map((face) => face.face);
      expect(loaded).toEqual(expect.arrayContaining(['Source Serif 4 700', 'Source Sans 3 400', 'Source Sans 3 700']));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      project.remove();
    }
  });
});
