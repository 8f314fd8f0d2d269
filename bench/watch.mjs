#!/usr/bin/env node
// Watch mode's speed, as an author feels it: over 20 edits of the shipped statement, the time from a save to the new
// dist/ files being written, and from a save to the browser showing the new text.
//
//   node bench/watch.mjs [--edits 20]
//
// It runs `lectern dev` on a copy of the project, opens the deck on slide 3 in headless Chromium (CHROME_PATH, or
// chromium on PATH), edits that slide's headline on disk, and waits for each. Prints a table and exits.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slug = 'iom-crime-prevention-2019';
const contentFile = path.join('content', `${slug}.md`);
const headline = 'Border management against terrorism and organized crime';
export const watchGoals = { written: 50, shown: 150 };

/**
 * Runs `lectern dev` on a copy of the project and edits the shipped statement `edits` times. Resolves to the times
 * (ms) from each save to dist/ written and to the browser showing it, the rebuild times lectern dev reported, its CPU
 * time per edit, and its peak memory (bytes).
 */
export async function measureWatch({ edits = 20 } = {}) {
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

  // "Written": the statement's folder swapped into dist/ with the new text in it.
  const dist = path.join(project, 'dist');
  let onWritten = () => {};
  const distWatcher = watch(dist, () => {
    const at = performance.now();
    try {
      if (readFileSync(path.join(dist, slug, 'deck.html'), 'utf8').includes(expectedText)) onWritten(at);
    } catch {
      // between the old folder leaving and the new one arriving
    }
  });

  let expectedText = '';
  const cpuBefore = cpuMs(dev.pid);
  const written = [];
  const shown = [];
  for (let edit = 1; edit <= edits; edit++) {
    expectedText = `Edited headline number ${edit}`;
    await page.evaluate((text) => {
      sessionStorage.setItem('lectern-expected', text);
      window.lecternWatch();
    }, expectedText);
    const wroteAt = new Promise((resolve) => (onWritten = resolve));
    const shownAt = new Promise((resolve) => (onShown = resolve));
    const savedAt = performance.now();
    await writeFile(path.join(project, contentFile), source.replace(`## ${headline}`, `## ${expectedText}`));
    written.push((await wroteAt) - savedAt);
    shown.push((await shownAt) - savedAt);
    onWritten = () => {};
    // Let the page settle and the watcher's second look (100 ms after a save) pass, as between an author's saves.
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  distWatcher.close();
  const cpuPerEdit = (cpuMs(dev.pid) - cpuBefore) / edits;

  const rebuildTimes = [...output.matchAll(/: rebuilt .* in (\d+) ms$/gm)].map((match) => Number(match[1]));
  result = { written, shown, rebuildTimes, cpuPerEdit, edits };
} finally {
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

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '20' } } });
  const { written, shown, rebuildTimes, cpuPerEdit, edits, peakRss } = await measureWatch({ edits: Number(values.edits) });
  const row = (name, times, goal) => {
    const sorted = [...times].sort((a, b) => a - b);
    const cells = [median(times), sorted[0], sorted.at(-1)].map((ms) => ms.toFixed(1).padStart(8));
    return `${name.padEnd(22)}${cells.join('')}${String(goal).padStart(8)}   ${median(times) <= goal ? 'met' : 'MISSED'}`;
  };
  console.log(`lectern dev: ${edits} edits of ${contentFile} (${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${rebuildTimes.length} rebuilds)`);
  console.log(`${'ms'.padEnd(22)}${['median', 'min', 'max', 'goal'].map((h) => h.padStart(8)).join('')}`);
  console.log(row('save → dist/ written', written, watchGoals.written));
  console.log(row('save → browser shows', shown, watchGoals.shown));
  console.log(row('  of which rebuilding', rebuildTimes, watchGoals.written));
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
