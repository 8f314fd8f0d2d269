// The briefing fits one page on A4 and on US Letter, for the shipped statement and every stress fixture, in every
// theme: printed by Chromium, page counted. And a briefing too long for any page fails with what to cut.
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

describe.each(cases)('the briefing of %s', (name) => {
  test.each(themes)('prints on one page of A4 and one of US Letter in the %s theme', async (theme) => {
    const project = name === 'shipped' ? createProject({ 'content/shipped.md': shippedSource }) : fixtureProject(name);
    try {
      const config = project.config({ theme });
      const result = await build(config);
      const slug = result.statements[0]!.slug;
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.join(config.outDir, slug, 'briefing.html')).href);
      await page.evaluate(() => document.fonts.ready);
      for (const format of ['A4', 'Letter'] as const) {
        expect(pageCount(await page.pdf({ format, preferCSSPageSize: true })), format).toBe(1);
      }
      // The delivery time is on the page.
      expect(await page.locator('.briefing__delivery').textContent()).toMatch(/\d/);
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
