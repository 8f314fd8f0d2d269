// The briefing fits one page of the paper asked for, A4 or US Letter, as large as that page allows, for the shipped
// statement and every stress fixture, in every theme: printed by Chromium, page counted. And a briefing too long for
// any page fails with what to cut.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/build/index.js';
import { LecternError } from '../../src/errors.js';
import { fitBriefing } from '../../src/fit/briefing.js';
import { planBriefing } from '../../src/plan/briefing.js';
import { parseStatement } from '../../src/content/parse.js';
import { loadTheme } from '../../src/themes/load.js';
import { resolveConfig } from '../../src/config.js';
import { launchBrowser } from '../helpers/browser.js';
import { createProject, fixtureProject, shippedSource, shippedWith } from '../helpers/project.js';

const themes = ['institutional', 'projector', 'print'] as const;
const cases = ['shipped', 'stress-long-headline', 'stress-six-messages', 'stress-arabic'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF that Chromium printed: one `/Type /Page` object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const papers = [
  ['a4', 'A4'],
  ['letter', 'Letter'],
] as const;

describe.each(cases)('the briefing of %s', (name) => {
  test.each(themes)('prints on one page of A4 and one of US Letter in the %s theme', async (theme) => {
    const project = name === 'shipped' ? createProject({ 'content/shipped.md': shippedSource }) : fixtureProject(name);
    try {
      for (const [paper, format] of papers) {
        const config = project.config({ theme, paper });
        const result = await build(config);
        const slug = result.statements[0]!.slug;
        const page = await browser.newPage();
        await page.goto(pathToFileURL(path.join(config.outDir, slug, 'briefing.html')).href);
        await page.evaluate(() => document.fonts.ready);
        expect(pageCount(await page.pdf({ format, preferCSSPageSize: true })), format).toBe(1);
        // The delivery time is on the page.
        expect(await page.locator('.briefing__delivery').textContent()).not.toBe('');
        await page.close();
      }
    } finally {
      project.remove();
    }
  });
});

/** The shipped statement with `extra` more points of four long key messages: a briefing that has to shrink. */
const heavier = (extra: number) =>
  shippedWith((text) =>
    text.replace(
      '# Conclusion',
      Array.from(
        { length: extra },
        (_, i) => `## Shared work ${i + 1} with regional bodies

- National authorities and regional bodies should plan their prevention work together across every border
- Common data standards allow border agencies to act on the same information at the same moment
- Joint training of prosecutors and judges builds trust in regional work on complex crimes
- Victims deserve protection and remedies wherever the crime against them took place

Further text ${i + 1}.

`,
      ).join('') + '# Conclusion',
    ),
  );

describe('a briefing that has to shrink', () => {
  const config = resolveConfig({});
  const theme = loadTheme('institutional', config, { file: 'test' });
  const briefing = planBriefing(parseStatement(heavier(2), 'content/heavy.md'));

  test('is fitted to the height and width of the paper asked for, each its own', async () => {
    const a4 = await fitBriefing(briefing, theme, { file: 'content/heavy.md', paper: 'a4' });
    const letter = await fitBriefing(briefing, theme, { file: 'content/heavy.md', paper: 'letter' });
    expect(a4.available).toBeCloseTo(297 - 28, 1);
    expect(letter.available).toBeCloseTo(279.4 - 28, 1);
    // A4 is the taller page: its text is the larger, and each fills its page to within a few lines.
    expect(a4.scale).toBeGreaterThan(letter.scale);
    expect(a4.scale).toBeLessThan(1);
    for (const fit of [a4, letter]) expect(fit.available - fit.height).toBeLessThan(15);
  });

  test.each(papers)('fills its page of %s in print, on exactly one page', async (paper, format) => {
    const project = createProject({ 'content/heavy.md': heavier(2) });
    try {
      const built = await build(project.config({ paper }));
      // The window as wide as the page's text block, as Chromium lays it out to print.
      const width = Math.floor(((paper === 'a4' ? 210 : 215.9) - 32) * (96 / 25.4));
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.emulateMedia({ media: 'print' });
      await page.goto(pathToFileURL(path.join(project.root, 'dist', built.statements[0]!.slug, 'briefing.html')).href);
      await page.evaluate(() => document.fonts.ready);
      expect(pageCount(await page.pdf({ format, preferCSSPageSize: true }))).toBe(1);
      // The text block, against the page's own: the margins are 14 mm above and below.
      const used = await page.evaluate(() => document.querySelector('.briefing')!.getBoundingClientRect().height / (96 / 25.4));
      const area = paper === 'a4' ? 297 - 28 : 279.4 - 28;
      expect(used / area).toBeGreaterThan(0.92);
      await page.close();
    } finally {
      project.remove();
    }
  });
});

test('a briefing that cannot fit even at 9 pt names the file and roughly how many words to cut', async () => {
  const long = 'Regional organizations and national authorities must coordinate their prevention and protection work across borders';
  const source = shippedWith((text) =>
    text.replace('- Criminal groups use new technologies and hard-to-trace horizontal networks', Array(40).fill(`- ${long}`).join('\n')),
  );
  const statement = parseStatement(source, 'content/too-long.md');
  const config = resolveConfig({});
  const theme = loadTheme('institutional', config, { file: 'test' });
  const error = await fitBriefing(planBriefing(statement), theme, { file: statement.file }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(LecternError);
  const message = (error as LecternError).format();
  expect(message).toMatch(/^content\/too-long\.md: the briefing does not fit one page even with 9 pt text/);
  const words = Number(/cut about (\d+) words/.exec(message)?.[1]);
  // 39 extra messages of 15 words: most of them must go, and no more than were added.
  expect(words).toBeGreaterThan(200);
  expect(words).toBeLessThan(39 * 15);
});
