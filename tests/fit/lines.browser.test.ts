// The line-breaking model against Chromium: headlines are set with `text-wrap: balance` and key messages with
// `text-wrap: pretty`, which choose other breaks than plain greedy breaking but, in Chromium, never more lines; so
// the model, which breaks greedily with widths that err wide, still counts at least the lines the browser draws.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/build/index.js';
import { fontCacheDir } from '../../src/fit/index.js';
import { slide as layout, slideContent } from '../../src/fit/layout.js';
import { countLines, type TextStyle } from '../../src/fit/lines.js';
import { createMeasurer } from '../../src/fit/measure.js';
import { deckTexts, slideFloorScale } from '../../src/fit/slides.js';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { fixtureProject, seedParagraphs } from '../helpers/project.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One piece of text set in a box, as a slide sets a headline or a key message. */
interface Setting {
  readonly text: string;
  readonly family: 'body' | 'heading';
  readonly weight: 400 | 700;
  readonly size: number;
  readonly width: number;
  readonly lang: string;
}

/** Lines each setting takes in Chromium, with plain breaking and with `balance` and `pretty`. */
type Drawn = { readonly wrap: number; readonly balance: number; readonly pretty: number };

/** Runs in the page: sets each text in a box of its width, in the deck's own fonts, and counts its lines. */
async function drawnLines(settings: readonly Setting[]): Promise<Drawn[]> {
  const lineHeight = 100;
  const boxes = settings.map((setting) =>
    (['wrap', 'balance', 'pretty'] as const).map((mode) => {
      const box = document.createElement('div');
      box.lang = setting.lang;
      box.textContent = setting.text;
      Object.assign(box.style, {
        position: 'absolute',
        top: '0',
        left: '0',
        width: `${setting.width}px`,
        fontFamily: `var(--lectern-font-${setting.family})`,
        fontWeight: String(setting.weight),
        fontSize: `${setting.size}px`,
        lineHeight: `${lineHeight}px`,
        overflowWrap: 'anywhere',
        wordBreak: 'normal',
        hyphens: 'manual',
        textWrap: mode,
      });
      document.body.append(box);
      return box;
    }),
  );
  await document.fonts.ready;
  return boxes.map((modes) => {
    const [wrap, balance, pretty] = modes.map((box) => Math.round(box.getBoundingClientRect().height / lineHeight));
    modes.forEach((box) => box.remove());
    return { wrap: wrap!, balance: balance!, pretty: pretty! };
  });
}

const fixtures = ['stress-ten-messages', 'stress-six-messages', 'stress-long-url', 'stress-emoji', 'arabic'] as const;
const themes = ['institutional', 'projector', 'print'] as const;

describe.each(themes)('in the %s theme', (theme) => {
  test('headlines and key messages take no more lines with balance and pretty than the model counts', async () => {
    const rows: { setting: Setting; model: number; drawn: Drawn }[] = [];
    const seen = new Set<string>();
    for (const name of fixtures) {
      const project = fixtureProject(name);
      try {
        const config = project.config({ theme });
        const { deck, theme: resolved } = (await build(config, { keepPlans: true })).plans[0]!;
        const lang = deck.meta.lang;
        // Passages of the shipped statement too, cut to the lengths of key messages and longer, for text of every length.
        const passages =
          name === 'stress-ten-messages'
            ? seedParagraphs().flatMap((paragraph) =>
                [
                  [0, 60],
                  [0, 110],
                  [20, 180],
                  [40, 260],
                  [0, 420],
                ].map(([from, to]) => paragraph.slice(from, to).trim()),
              )
            : [];
        const messages = [...new Set([...deck.slides.flatMap((slide) => slide.keyMessages), ...passages])];
        const headlines = [...new Set(deck.slides.filter((slide) => slide.kind !== 'title' && slide.kind !== 'closing').map((slide) => slide.headline))];
        const measurer = await createMeasurer(resolved, [...deckTexts(deck), ...passages], { cacheDir: fontCacheDir(config) });
        const { type } = resolved.tokens;
        const settings: { setting: Setting; style: TextStyle }[] = [];
        for (const scale of [1, 0.85, slideFloorScale(resolved)]) {
          const text = type.slide * scale;
          const heading = type.slideHeading * scale;
          for (const message of messages) {
            const setting = {
              text: message,
              family: 'body',
              weight: 400,
              size: text,
              width: slideContent.width - layout.messages.indent * text,
              lang,
            } as const;
            settings.push({ setting, style: { font: { role: 'body', weight: 400 }, size: text, lineHeight: type.lineHeight, pixel: 1 } });
          }
          for (const headline of headlines) {
            const setting = { text: headline, family: 'heading', weight: 700, size: heading, width: slideContent.width, lang } as const;
            settings.push({ setting, style: { font: { role: 'heading', weight: 700 }, size: heading, lineHeight: layout.headline.lineHeight, pixel: 1 } });
          }
        }
        const url = pathToFileURL(path.join(config.outDir, deck.slug, 'deck.html')).href;
        const { page } = await openPage(browser, url);
        const drawn = await page.evaluate(
          drawnLines,
          settings.map(({ setting }) => setting),
        );
        await page.close();
        settings.forEach(({ setting, style }, index) => {
          const key = `${setting.family} ${setting.size} ${setting.width} ${setting.text}`;
          if (!seen.has(key)) rows.push({ setting, model: countLines(setting.text, setting.width, style, measurer, lang), drawn: drawn[index]! });
          seen.add(key);
        });
      } finally {
        project.remove();
      }
    }
    const show = ({ setting, model, drawn }: (typeof rows)[number]) =>
      `${setting.family} ${setting.size.toFixed(1)}px in ${setting.width.toFixed(0)}px: model ${model}, drawn ${JSON.stringify(drawn)}: ${setting.text.slice(0, 60)}`;
    // Chromium keeps a balanced or pretty layout only when it has as many lines as plain breaking.
    expect(rows.filter(({ drawn }) => drawn.balance !== drawn.wrap || drawn.pretty !== drawn.wrap).map(show)).toEqual([]);
    // The model never counts fewer lines than are drawn, so a slide it measures never overflows…
    expect(rows.filter(({ model, drawn }) => model < drawn.wrap).map(show)).toEqual([]);
    // …and it counts more only rarely, so slides are not shrunk or split for nothing.
    // Emoji and joined Arabic are counted wide on purpose (see measure.ts); plain text is held closer.
    const plain = rows.filter(({ setting }) => !/\p{Extended_Pictographic}|\p{Script=Arabic}|\p{M}/u.test(setting.text));
    const over = plain.filter(({ model, drawn }) => model > drawn.wrap);
    expect(over.length / plain.length, over.map(show).join('\n')).toBeLessThan(0.05);
    expect(plain.length).toBeGreaterThan(200);
  });
});
