// The exported Marp theme in real Chromium: a deck rendered with it away from dist/, as another Marp tool renders
// one, finds its fonts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marp } from '@marp-team/marp-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { buildOutputs } from '../helpers/outputs.js';
import { createProject, shippedSource } from '../helpers/project.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
