// A statement full of markup and template syntax builds, shows every string literally, and runs nothing.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { launchBrowser, openPage } from '../helpers/browser.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { fixtureProject, type TestProject } from '../helpers/project.js';

const attacks = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{constructor}}', '{{#each}}'];
const title = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{constructor}} {{#each}}';
const pages = ['injection/deck.html', 'injection/deck.marp.html', 'injection/briefing.html', 'index.html'];

let project: TestProject;
let outputs: BuiltOutputs;

beforeAll(async () => {
  project = fixtureProject('injection');
  outputs = await buildOutputs(project);
});
afterAll(() => project.remove());

describe('a statement whose text is markup and template syntax', () => {
  it.each(pages)('%s shows the title as the literal text', (page) => {
    const document = parseDocument(outputs.text(page));
    const shown = texts(document, 'h1, h2');
    expect(shown).toContain(title);
    expect(normalize(document.querySelector('title')?.textContent ?? '')).toBe(page === 'index.html' ? 'Lectern: statements' : title);
  });

  it.each(pages)('%s has no element, attribute or script that came from the statement', (page) => {
    const document = parseDocument(outputs.text(page));
    expect(document.querySelectorAll('img, iframe, b, style:not(:first-of-type)')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute, `${element.tagName} ${attribute}`).not.toMatch(/^on/i);
      expect(element.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    }
    for (const script of document.querySelectorAll('script')) {
      // Our own scripts only: reveal.js and Lectern's from _assets, and marp-core's inline helper.
      const source = script.getAttribute('src');
      if (source) expect(source).toMatch(/^\.\.\/_assets\//);
      else expect(script.textContent).not.toMatch(/alert/);
    }
  });

  it('keeps every string of the statement in the speaker notes, literally', () => {
    const deck = parseDocument(outputs.text('injection/deck.html'));
    const notes = texts(deck, 'aside.notes').join('\n');
    for (const attack of attacks) expect(notes).toContain(attack);
    expect(notes).toContain('<!-- a comment --> <iframe src=javascript:alert(1)></iframe> {{constructor.constructor}}');
    expect(notes).toContain('<style>body{display:none}</style> In conclusion.');
    expect(texts(deck, '#point-1 li')).toEqual(['<script>alert(1)</script>', '[link](javascript:alert(1)) **bold** `code` # hash']);
  });

  it('writes deck.md so that Marp shows the strings literally, and its notes cannot close their comment', async () => {
    const marp = parseDocument(outputs.text('injection/deck.marp.html'));
    expect(texts(marp, 'section li')).toContain('[link](javascript:alert(1)) **bold** `code` # hash');
    expect(texts(marp, 'section li')).toContain('--> <!-- ]]> &amp; &lt;');
    expect(texts(marp, 'section header')).toContain('"><img src=x onerror=alert(1)> Event');
    // Marp read the front matter: the Lectern theme, pagination, and the organization as the footer, literally.
    for (const section of marp.querySelectorAll('section')) expect(section.getAttribute('data-theme')).toBe('lectern-institutional');
    expect(texts(marp, 'section footer')).toContain('<script>alert(1)</script> Org');
    // Marp itself reads the notes back out of deck.md: every paragraph arrives whole, and nothing else does.
    const { Marp } = await import('@marp-team/marp-core');
    const { comments } = new Marp({ html: false }).render(outputs.text('injection/deck.md'));
    expect(comments).toEqual([
      ['<script>alert(1)</script> Excellencies,'],
      ['<script>alert(1)</script> "><img src=x onerror=alert(1)> {{constructor}} {{#each}} --&gt;'],
      ['<!-- a comment --> <iframe src=javascript:alert(1)></iframe> {{constructor.constructor}}'.replace('<!--', '&lt;!--').replace('-->', '--&gt;')],
      ['<style>body{display:none}</style> In conclusion.'],
      ['<script>alert(1)</script> I thank you.'],
    ]);
  });
});

describe('the injection statement in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    await build(project.config());
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it.each(pages)('%s runs nothing from the statement', async (page) => {
    const { page: tab, watch } = await openPage(browser, pathToFileURL(path.join(project.root, 'dist', page)).href);
    await tab.evaluate(() => document.fonts.ready);
    // Hover everything, in case a handler slipped through.
    for (const element of await tab.locator('body *').all()) await element.hover({ timeout: 50, force: true }).catch(() => {});
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(await tab.locator('img').count()).toBe(0);
    await tab.close();
  });
});
