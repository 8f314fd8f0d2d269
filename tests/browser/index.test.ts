// dist/index.html in Chromium: Lectern's own bundled type, whatever themes the statements use, and nothing from the
// network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { createProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';

let project: TestProject;
let browser: Browser;

beforeAll(async () => {
  // Neither statement uses the institutional theme, whose text face the index is set in.
  project = createProject({
    'content/iom.md': shippedSource.replace('theme: institutional', 'theme: projector'),
    'content/arabic.md': readFileSync(path.join(fixturesDir, 'arabic/content/arabic-statement.md'), 'utf8').replace(/^lang: ar$/m, 'lang: ar\ntheme: print'),
  });
  await build(project.config());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe('dist/index.html', () => {
  it('sets its text and the Arabic titles in bundled fonts, loaded from dist/', async () => {
    const { page, watch } = await openPage(browser, pathToFileURL(path.join(project.root, 'dist', 'index.html')).href);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`);
    });
    expect(loaded).toEqual(expect.arrayContaining(['Source Sans 3 400', 'Source Sans 3 700', 'Vazirmatn 400', 'Vazirmatn 700']));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Source Sans 3"?,/);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });
});
