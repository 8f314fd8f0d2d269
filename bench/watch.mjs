#!/usr/bin/env node
// Watch mode's speed, as an author feels it: over 20 edits of the shipped statement, the time from a save to the new
// deck being written in dist/, to the browser showing the new text, and to every output being written (the Marp deck
// and the Office files come after the pages: src/build/pages-first.ts).
//
//   node bench/watch.mjs [--edits 20] [--marp]
//
// It runs `lectern dev` on a copy of the project, opens the deck on slide 3 in headless Chromium (CHROME_PATH, or
// chromium on PATH), edits that slide's headline on disk, and waits for each. With --marp, it also runs `marp -w` (the
// pinned marp-cli, see marp.mjs) on the Marp deck that build wrote, and after each of Lectern's edits makes the same
// edit to that deck and waits for marp-cli's HTML to hold it. Prints a table and exits.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { installMarpCli, marpOptions, setAsideMarpDecks } from './marp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slug = 'iom-crime-prevention-2019';
const contentFile = path.join('content', `${slug}.md`);
const headline = 'Border management against terrorism and organized crime';
export const watchGoals = { written: 50, shown: 150, allWritten: 150 };

/**
 * Runs `lectern dev` on a copy of the project and edits the shipped statement `edits` times. Resolves to the times
 * (ms) from each save to the deck written in dist/, to the browser showing it and to every output written (the Marp
 * deck, written with the Office files, holding the edit), the rebuild times lectern dev reported, its CPU
 * time per edit, and its peak memory (bytes). Given `marp` (marp-cli's script), also to the times from each save of
 * the same edit to the Marp deck to `marp -w` writing its HTML (`marpWritten`), edit by edit after Lectern's.
 */
export async function measureWatch({ edits = 20, marp } = {}) {
  const project = mkdtempSync(path.join(tmpdir(), 'lectern-bench-watch-'));
  for (const dir of ['content', 'templates', 'themes']) cpSync(path.join(root, dir), path.join(project, dir), { recursive: true });
  const source = readFileSync(path.join(project, contentFile), 'utf8');
  const rssFile = path.join(project, 'rss');

  const dev = spawn(process.execPath, ['--import', path.join(root, 'bench', 'rss.mjs'), path.join(root, 'bin', 'lectern.mjs'), 'dev'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', LECTERN_BENCH_RSS: rssFile },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (chunk) => (output += chunk));
  dev.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => dev.once('exit', resolve));

  let browser;
  let marpWatch;
  let result;
  try {
    const url = await new Promise((resolve, reject) => {
      const check = () => {
        const found = /Lectern preview: (http:\/\/\S+)/.exec(output);
        if (found && /^Watching /m.test(output)) resolve(found[1]);
      };
      dev.stderr.on('data', check);
      void exited.then(() => reject(new Error(`lectern dev exited:\n${output}`)));
    });

    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || execFileSync('which', ['chromium']).toString().trim(),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });

    // "Shown": the first frame in which the current slide's headline reads the new text, laid out, in its font.
    let onShown = () => {};
    await page.exposeBinding('lecternShown', () => onShown(performance.now()));
    // Watched from each frame: the deck takes new slides in place, and reloads when more than its slides changed.
    await page.addInitScript(() => {
      window.lecternWatch = () => {
        const check = () => {
          const expected = sessionStorage.getItem('lectern-expected');
          if (!expected) return;
          const current = document.querySelector('.reveal.ready .slides > section.present .headline');
          if (current?.textContent === expected && document.fonts.status === 'loaded') {
            sessionStorage.removeItem('lectern-expected');
            window.lecternShown();
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      window.lecternWatch();
    });
    const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
    await page.goto(`${url}${slug}/deck.html#/3`);
    await connected;

    // "Written": the statement's deck.html in dist/ holding the new text; "all written": its Marp deck, the last.
    const dist = path.join(project, 'dist');
    const distWrites = watchWrites(path.join(dist, slug, 'deck.html'));
    const lastWrites = watchWrites(path.join(dist, slug, 'deck.marp.html'));
    if (marp) marpWatch = await startMarpWatch(marp, dist);

    const cpuBefore = cpuMs(dev.pid);
    const written = [];
    const shown = [];
    const allWritten = [];
    const marpWritten = [];
    for (let edit = 1; edit <= edits; edit++) {
      const expectedText = `Edited headline number ${edit}`;
      await page.evaluate((text) => {
        sessionStorage.setItem('lectern-expected', text);
        window.lecternWatch();
      }, expectedText);
      const wroteAt = distWrites.next(expectedText);
      const wroteAllAt = lastWrites.next(expectedText);
      const shownAt = new Promise((resolve) => (onShown = resolve));
      const savedAt = performance.now();
      await writeFile(path.join(project, contentFile), source.replace(`## ${headline}`, `## ${expectedText}`));
      written.push((await wroteAt) - savedAt);
      shown.push((await shownAt) - savedAt);
      allWritten.push((await wroteAllAt) - savedAt);
      // Let the page settle and the watcher's second look (100 ms after a save) pass, as between an author's saves.
      await settle();
      if (marpWatch) marpWritten.push(await marpWatch.edit(expectedText));
    }
    distWrites.close();
    lastWrites.close();
    const cpuPerEdit = (cpuMs(dev.pid) - cpuBefore) / edits;

    const rebuildTimes = [...output.matchAll(/: rebuilt .* in (\d+) ms$/gm)].map((match) => Number(match[1]));
    result = { written, shown, allWritten, rebuildTimes, cpuPerEdit, edits, ...(marp && { marpWritten }) };
  } finally {
    await marpWatch?.stop();
    await browser?.close();
    if (dev.exitCode === null) {
      dev.kill('SIGINT');
      await exited;
    }
  }
  const peakRss = (() => {
    try {
      return Number(readFileSync(rssFile, 'utf8'));
    } catch {
      return Number.NaN;
    }
  })();
  rmSync(project, { recursive: true, force: true });
  return { ...result, peakRss };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/**
 * Watches the folder of `file` for the file to be written (renamed into place, or written over) with a text:
 * `next(text)`, called before the save, resolves to the moment (performance.now()) the file is first seen holding it.
 */
function watchWrites(file) {
  let expected;
  let resolveWritten = () => {};
  const watcher = watch(path.dirname(file), () => {
    const at = performance.now();
    try {
      if (expected !== undefined && readFileSync(file, 'utf8').includes(expected)) {
        expected = undefined;
        resolveWritten(at);
      }
    } catch {
      // between the old file leaving and the new one arriving
    }
  });
  return {
    next(text) {
      expected = text;
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`${file} did not get "${text}" within 30 s`)), 30_000);
        resolveWritten = (at) => {
          clearTimeout(timeout);
          resolve(at);
        };
      });
    },
    close: () => watcher.close(),
  };
}

/**
 * Runs `marp -w` on the shipped statement's Marp deck from `dist`, set aside. `edit(text)` saves the deck with the
 * headline `text` and resolves to the ms from that save to marp-cli's HTML holding it, once settled as Lectern's edits.
 */
async function startMarpWatch(marp, dist) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lectern-bench-marp-watch-'));
  setAsideMarpDecks(dist, dir);
  const deck = path.join(dir, slug, 'deck.md');
  const source = readFileSync(deck, 'utf8');
  if (!source.includes(`# ${headline}\n`)) throw new Error(`${slug}/deck.md has no slide headed "${headline}"`);
  mkdirSync(path.join(dir, 'out'));
  const watcher = spawn(process.execPath, [marp, '-w', path.join(slug, 'deck.md'), ...marpOptions, '-o', path.join('out', 'deck.html')], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => watcher.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const check = (chunk) => {
      output += chunk;
      if (output.includes('Start watching')) resolve();
    };
    watcher.stdout.on('data', check);
    watcher.stderr.on('data', check);
    void exited.then(() => reject(new Error(`marp -w exited:\n${output}`)));
  });
  const writes = watchWrites(path.join(dir, 'out', 'deck.html'));
  return {
    async edit(text) {
      const wroteAt = writes.next(text);
      const savedAt = performance.now();
      await writeFile(deck, source.replace(`# ${headline}\n`, `# ${text}\n`));
      const written = (await wroteAt) - savedAt;
      await settle();
      return written;
    },
    async stop() {
      writes.close();
      if (watcher.exitCode === null) {
        watcher.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '20' }, marp: { type: 'boolean', default: false } } });
  const marp = values.marp ? installMarpCli() : undefined;
  const { written, shown, allWritten, rebuildTimes, cpuPerEdit, edits, peakRss, marpWritten } = await measureWatch({ edits: Number(values.edits), marp });
  const row = (name, times, goal) => {
    const sorted = [...times].sort((a, b) => a - b);
    const cells = [median(times), sorted[0], sorted.at(-1)].map((ms) => ms.toFixed(1).padStart(8));
    return `${name.padEnd(22)}${cells.join('')}${String(goal).padStart(8)}   ${median(times) <= goal ? 'met' : 'MISSED'}`;
  };
  console.log(`lectern dev: ${edits} edits of ${contentFile} (${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${rebuildTimes.length} rebuilds)`);
  console.log(`${'ms'.padEnd(22)}${['median', 'min', 'max', 'goal'].map((h) => h.padStart(8)).join('')}`);
  console.log(row('save → dist/ written', written, watchGoals.written));
  console.log(row('save → browser shows', shown, watchGoals.shown));
  console.log(row('save → all written', allWritten, watchGoals.allWritten));
  console.log(row('  of which rebuilding', rebuildTimes, watchGoals.allWritten));
  if (marpWritten)
    console.log(
      `marp -w, save → HTML written: median ${median(marpWritten).toFixed(1)} ms; Lectern / marp-cli ${(median(written) / median(marpWritten)).toFixed(2)}`,
    );
  if (Number.isFinite(cpuPerEdit)) console.log(`CPU time of lectern dev per edit (rebuild, serving the reload, the second look): ${cpuPerEdit.toFixed(0)} ms`);
  if (Number.isFinite(peakRss)) console.log(`Peak memory of lectern dev: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
}

/** User and system CPU time of a process so far, in ms (Linux); NaN elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
  } catch {
    return Number.NaN;
  }
}
