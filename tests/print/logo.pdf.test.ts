// The organization's logo in print and in a real browser: every PDF draws it on its first page, and an SVG logo that
// holds a script never runs it, whichever page shows it.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../helpers/project.js';

const pdfs = ['deck.pdf', 'deck.marp.pdf', 'briefing.pdf', 'handout.pdf'];

/** The fill colours page 1 paints with: an SVG logo prints as vector shapes in its own colours. */
async function firstPageFills(file: string): Promise<Set<string>> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const operators = await (await document.getPage(1)).getOperatorList();
    return new Set(operators.fnArray.flatMap((op, index) => (op === OPS.setFillRGBColor ? [String(operators.argsArray[index]?.[0])] : [])));
  } finally {
    await document.destroy();
  }
}

describe('lectern build --pdf', () => {
  let project: TestProject;
  beforeAll(() => {
    project = fixtureProject('logo');
    const run = runCli(['build', '--pdf'], { cwd: project.root, timeout: 300_000 });
    if (run.code !== 0) throw new Error(run.stderr);
  }, 300_000);
  afterAll(() => project.remove());

  it.each(pdfs)('%s draws an SVG logo on page 1, in its own colours', async (name) => {
    // #9aa8bb is the example mark's lightest bar, a colour no theme uses.
    expect(await firstPageFills(path.join(project.root, 'dist/with-logo', name))).toContain('#9aa8bb');
  });

  it.each(pdfs)('%s draws a PNG logo on page 1, as an image', async (name) => {
    const pdf = await readPdf(path.join(project.root, 'dist/theme-logo', name));
    expect(pdf.pages[0]!.images).toBeGreaterThanOrEqual(1);
  });
});

describe('an SVG logo that holds a script', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(\'onload\')"><script>alert("script"); console.log("logo script ran")</script>' +
    '<rect width="10" height="10" fill="#123456"/></svg>';
  let project: TestProject;
  beforeAll(() => {
    project = createProject({
      'content/speech.md': shippedSource.replace('theme: institutional\n', 'theme: institutional\nlogo: { file: mark.svg, alt: Mark }\n'),
      'content/mark.svg': svg,
    });
    const run = runCli(['build'], { cwd: project.root });
    if (run.code !== 0) throw new Error(run.stderr);
  });
  afterAll(() => project.remove());

  it('never runs it, on any page that shows the logo', async () => {
    const browser = await launchBrowser();
    try {
      for (const name of ['deck.html', 'deck.marp.html', 'briefing.html', 'handout.html']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        const watch = watchPage(page);
        const logs: string[] = [];
        page.on('console', (message) => logs.push(message.text()));
        await page.goto(pathToFileURL(path.join(project.root, 'dist/speech', name)).href, { waitUntil: 'load' });
        // The logo has loaded and been drawn: its script had every chance to run.
        await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
        expect(await page.evaluate(() => document.querySelectorAll('img[src="logo.svg"]').length)).toBeGreaterThan(0);
        await page.waitForTimeout(200);
        expect({ name, dialogs: watch.dialogs, logs: logs.filter((text) => text.includes('logo script')) }).toEqual({ name, dialogs: [], logs: [] });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
