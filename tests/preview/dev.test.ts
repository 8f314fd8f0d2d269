// `lectern dev` end to end: a real server on a free port, real files in a copy of the project, real Chromium.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import { portIsFree, processesInGroup, spawnDev, startDev, type DevProcess } from '../helpers/dev.js';
import { createProject, lineOf, repoRoot, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const contentFile = `content/${slug}.md`;
const pointTwo = 'Border management against terrorism and organized crime';
const presentHeadline = '.reveal .slides > section.present .headline';

/** A copy of the project: the shipped statement, and Lectern's templates and themes as the project's own. */
function copyOfProject(): TestProject {
  const project = createProject({ [contentFile]: shippedSource });
  for (const dir of ['templates', 'themes']) cpSync(path.join(repoRoot, dir), path.join(project.root, dir), { recursive: true });
  return project;
}

/** Opens a page and waits until Vite's client has connected, so it hears of the next change. */
async function openLive(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
  await page.goto(url);
  await connected;
  return page;
}

function headlineIs(page: Page, text: string) {
  return page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.textContent === expected, [presentHeadline, text] as const);
}

describe('lectern dev', () => {
  let project: TestProject;
  let dev: DevProcess;
  let browser: Browser;

  const save = (file: string, contents: string) => writeFile(path.join(project.root, file), contents);
  const built = (file: string) => readFileSync(path.join(project.root, 'dist', file), 'utf8');

  beforeAll(async () => {
    project = copyOfProject();
    [dev, browser] = await Promise.all([startDev(project.root), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await dev?.stop('SIGKILL');
    project?.remove();
  });

  it('builds first, then serves every statement and its preview page on localhost', async () => {
    expect(dev.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(dev.output()).toMatch(/^Built 1 statement into dist\/ in /m);
    expect(dev.output()).toContain(`${dev.url}_preview/${slug}`);
    expect(built(`${slug}/deck.html`)).not.toContain('/@vite/client'); // dist/ stays free of the dev client

    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${dev.url}_preview/${slug}`);
    const deck = page.frameLocator('iframe.deck');
    const briefing = page.frameLocator('iframe.briefing');
    await expect.poll(() => deck.locator('.slide--title .headline').textContent()).toContain('The Role of Regional Organizations');
    await expect.poll(() => briefing.locator('.briefing__headline').first().textContent()).toBe('IOM stands with regional organizations');
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('shows a new headline without any action, still on the same slide, without reloading the deck', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    expect(await page.textContent(presentHeadline)).toBe(pointTwo);
    const slide = new URL(page.url()).hash; // reveal.js names the slide by its id: #/point-2
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

    await save(contentFile, shippedSource.replace(`## ${pointTwo}`, '## Borders we manage together'));

    await headlineIs(page, 'Borders we manage together');
    // Only the slides changed: they were put in place, and the speaker notes came with them.
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    expect(await page.locator('section.present aside.notes').textContent()).toContain('Second, comprehensive efforts to combat terrorism');
    expect(new URL(page.url()).hash).toBe(slide);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);
    expect(built(`${slug}/deck.html`)).toContain('Borders we manage together');
    await page.close();
  });

  it("shows a slide's new notes in the speaker view when the deck takes new slides in place", async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = () => speaker.locator('.speaker-controls-notes .value').textContent();
    await expect.poll(notes).toContain('Second, comprehensive efforts');
    const current = project.read(contentFile);

    await save(contentFile, current.replace('Second, comprehensive efforts', 'Second, joint efforts'));
    await expect.poll(notes).toContain('Second, joint efforts');

    await save(contentFile, current);
    await expect.poll(notes).toContain('Second, comprehensive efforts');
    await Promise.all([speaker.close(), page.close()]);
  });

  it('reloads the deck, still on the same slide, when more than its slides changed (a new title)', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const current = project.read(contentFile);
    const title = 'title: The Role of Regional Organizations';

    await save(contentFile, current.replace(title, 'title: A Retitled Statement on Regional Organizations'));
    await page.waitForFunction(() => document.title.startsWith('A Retitled Statement'));
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);

    await save(contentFile, current);
    await page.waitForFunction(() => document.title.startsWith('The Role of Regional Organizations'));
    await page.close();
  });

  it('reloads the scroll view on the slide it showed, though the pages above it grew', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html?view=scroll`);
    type Deck = { Reveal: { isReady(): boolean; isScrollView(): boolean; getSlides(): Element[]; getViewportElement(): HTMLElement } };
    /** How far the top of the view is below the top of the fourth slide's page (0 when the page is at the top). */
    const intoFourth = () =>
      page.evaluate(() => {
        const { Reveal } = window as unknown as Deck;
        const slide = Reveal.getSlides()[3]!;
        return Reveal.getViewportElement().getBoundingClientRect().top - (slide.closest('.scroll-page') ?? slide).getBoundingClientRect().top;
      });
    await page.waitForFunction(() => (window as unknown as Deck).Reveal.isReady() && (window as unknown as Deck).Reveal.isScrollView());
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate((by) => ((window as unknown as Deck).Reveal.getViewportElement().scrollTop -= by - 40), await intoFourth());
    await expect.poll(async () => Math.abs((await intoFourth()) - 40)).toBeLessThan(2);
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const current = project.read(contentFile);
    const longer = `${'Criminal groups adapt quickly, and so must the partnerships that counter them. '.repeat(12)}First, the nature of criminal`;

    // Notes above the fourth slide grow by many lines: the same scroll offset would now show an earlier slide's notes.
    await save(contentFile, current.replace('First, the nature of criminal', longer));
    await page.waitForFunction(
      () => (window as unknown as { loadedOnce?: boolean }).loadedOnce === undefined && document.body.textContent?.includes('adapt quickly'),
    );
    await expect.poll(async () => Math.abs((await intoFourth()) - 40)).toBeLessThan(2);

    await save(contentFile, current);
    await page.waitForFunction(() => !document.body.textContent?.includes('adapt quickly'));
    await page.close();
  });

  it('restyles the page in place when a theme colour changes, without reloading it', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    const marp = await openLive(browser, `${dev.url}${slug}/deck.marp.html`);
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const colour = () => page.$eval(presentHeadline, (element) => getComputedStyle(element).color);
    expect(await colour()).toBe('rgb(11, 60, 125)'); // #0b3c7d

    const theme = 'themes/institutional/theme.yaml';
    await save(theme, project.read(theme).replace('heading: "#0b3c7d"', 'heading: "#6b1d1d"'));

    await page.waitForFunction((selector) => getComputedStyle(document.querySelector(selector)!).color === 'rgb(107, 29, 29)', presentHeadline);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    // The Marp page carries marp-core's CSS inline, so it reloads to take the new colour.
    await marp.waitForFunction(() => [...document.querySelectorAll('style')].some((style) => style.textContent?.includes('#6b1d1d')));
    await Promise.all([page.close(), marp.close()]);
  });

  it('updates on a template edit, still on the same slide, and shows a Handlebars mistake in the overlay', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    const template = 'templates/partials/slide.hbs';
    const good = project.read(template);

    await save(template, good.replace('<p class="marker">{{marker}}</p>', '<p class="marker">Now: {{marker}}</p>'));
    await page.waitForFunction(() => document.querySelector('section.present .marker')?.textContent === 'Now: Point 2 of 3');
    expect(await page.textContent(presentHeadline)).toBe('Borders we manage together');

    const broken = good.replace('<h2 class="headline">{{headline}}</h2>\n    <ul', '<h2 class="headline">{{headline}</h2>\n    <ul');
    await save(template, broken);
    const overlay = page.locator('vite-error-overlay');
    await overlay.locator('.file').waitFor();
    expect(await overlay.locator('.file').textContent()).toBe(`${template}:${lineOf(broken, '{{headline}</h2>')}:1`);
    expect(await overlay.locator('.message-body').textContent()).toContain('Handlebars syntax error');

    await save(template, good);
    await page.waitForFunction(() => document.querySelector('section.present .marker')?.textContent === 'Point 2 of 3');
    expect(await overlay.count()).toBe(0);
    await page.close();
  });

  it('shows a bad edit in the error overlay and the terminal, keeps the last good output, and clears on the fix', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    const lastGood = built(`${slug}/deck.html`);
    const from = dev.output().length;

    const broken = shippedSource.replace(`## ${pointTwo}\n\n`, '');
    const line = lineOf(broken, '- Counter-terrorism');
    await save(contentFile, broken);

    const overlay = page.locator('vite-error-overlay');
    await overlay.locator('.file').waitFor();
    expect(await overlay.locator('.file').textContent()).toBe(`${contentFile}:${line}:1`);
    expect(await overlay.locator('.message-body').textContent()).toContain('point 2 has no headline');
    await dev.waitForOutput(new RegExp(`^error ${contentFile}:${line}: point 2 has no headline`, 'm'), from);
    expect(built(`${slug}/deck.html`)).toBe(lastGood);

    // A page opened while the mistake stands shows it too.
    const opened = await openLive(browser, `${dev.url}${slug}/briefing.html`);
    await opened.locator('vite-error-overlay .file').waitFor();
    await opened.close();

    await save(contentFile, shippedSource.replace(`## ${pointTwo}`, '## Borders, fixed'));
    await headlineIs(page, 'Borders, fixed');
    expect(await overlay.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);
    await page.close();
  });

  it('coalesces 30 quick saves into far fewer builds, and serves the last one', async () => {
    const page = await openLive(browser, `${dev.url}${slug}/deck.html#/3`);
    const from = dev.output().length;

    // 30 saves as fast as the disk takes them: well within one second however busy the machine is.
    for (let save = 1; save <= 30; save++) {
      writeFileSync(path.join(project.root, contentFile), shippedSource.replace(`## ${pointTwo}`, `## Save number ${save}`));
    }

    await headlineIs(page, 'Save number 30');
    const served = await (await fetch(`${dev.url}${slug}/deck.html`)).text();
    expect(served).toContain('Save number 30');
    expect(built(`${slug}/deck.html`)).toContain('Save number 30');
    const printed = dev.output().slice(from);
    const builds = printed.match(/ changed\b.*: rebuilt /g) ?? [];
    expect(builds.length, printed).toBeGreaterThan(0);
    expect(builds.length, printed).toBeLessThan(10);
    expect(printed).not.toMatch(/^error /m);
    await page.close();
  });

  it('lists a new content file in the index without a restart, and drops a deleted one', async () => {
    const page = await openLive(browser, dev.url);
    const added = 'content/second-statement.md';
    await save(added, shippedSource.replace(/^title: .*$/m, 'title: A second statement'));

    await page.locator('[data-slug="second-statement"]').waitFor();
    expect(await page.textContent('[data-slug="second-statement"] .statement__title')).toBe('A second statement');
    expect((await fetch(`${dev.url}_preview/second-statement`)).status).toBe(200);

    rmSync(path.join(project.root, added));
    await page.locator('[data-slug="second-statement"]').waitFor({ state: 'detached' });
    expect(existsSync(path.join(project.root, 'dist/second-statement'))).toBe(false);
    expect(await page.locator('[data-slug]').count()).toBe(1);
    await page.close();
  });

  it('closes the server and the watchers on Ctrl-C: exit 0, the port free, no process left', async () => {
    const port = Number(new URL(dev.url).port);
    expect(await dev.stop('SIGINT')).toBe(0);
    expect(processesInGroup(dev.pid)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
    expect(dev.output()).not.toMatch(/Lectern hit a bug/);
  });
});

describe('lectern dev: ports, signals, a missing folder', () => {
  let project: TestProject;
  const held: Server[] = [];

  beforeAll(() => {
    project = copyOfProject();
  });

  afterAll(async () => {
    for (const server of held) server.close();
    project?.remove();
  });

  /** Holds a port on localhost, as another program would; resolves to whether it could. */
  function hold(port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen({ port, host: 'localhost', exclusive: true }, () => {
        held.push(server);
        resolve(true);
      });
    });
  }

  it('says so and exits with code 3 when the port asked for is taken', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen({ port: 0, host: 'localhost' }, resolve));
    held.push(server);
    const port = (server.address() as { port: number }).port;

    const dev = spawnDev(project.root, ['--port', String(port)]);
    expect(await dev.exited).toBe(3);
    expect(dev.output()).toMatch(new RegExp(`^error port ${port} is already in use; .*--port`, 'm'));
    expect(processesInGroup(dev.pid)).toEqual([]);
  });

  it('says what is missing and exits with code 2 when there is no content folder', async () => {
    const empty = createProject();
    try {
      const dev = spawnDev(empty.root);
      expect(await dev.exited).toBe(2);
      expect(dev.output()).toMatch(/^error there is no content folder at content; /m);
    } finally {
      empty.remove();
    }
  });

  it('rejects a port that is not a number', async () => {
    const dev = spawnDev(project.root, ['--port', 'eighty']);
    expect(await dev.exited).toBe(2);
    expect(dev.output()).toMatch(/port number from 1 to 65535/);
  });

  it('takes the options of lectern build that change the outputs, and refuses a PowerPoint template that is not there', async () => {
    const dev = spawnDev(project.root, ['--paper', 'letter', '--wpm', '120', '--pptx-template', 'no-such.pptx']);
    expect(await dev.exited).toBe(2);
    expect(dev.output()).toMatch(/--pptx-template no-such\.pptx: no such file/);
  });

  it('takes the next free port when 5173 is taken, and stops cleanly on SIGTERM', async () => {
    await hold(5173); // if it cannot, something else holds 5173: taken either way
    const dev = await startDev(project.root);
    const port = Number(new URL(dev.url).port);
    expect(port).toBeGreaterThan(5173);

    expect(await dev.stop('SIGTERM')).toBe(0);
    expect(processesInGroup(dev.pid)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  });
});
