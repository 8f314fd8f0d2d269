// Runs commands several times and reports the median and spread of their wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rssPreload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss.mjs');

/**
 * Times each command `runs` times, taking turns run by run so that all of them see the same machine load. A command
 * is `node …args` (its peak memory recorded), or `command …args` for another executable (no memory figure);
 * `before` runs ahead of each timed run (not timed), to reset state. Returns, for each command, seconds and bytes,
 * each as { median, min, max, values }.
 */
export function measureInTurn(commands, { runs = 5 } = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
  const figures = commands.map(() => ({ seconds: [], rss: [] }));
  try {
    for (let run = 0; run < runs; run++) {
      commands.forEach(({ command = process.execPath, args, cwd, before, env = {} }, index) => {
        before?.();
        const isNode = command === process.execPath;
        const rssFile = path.join(scratch, `rss-${index}-${run}`);
        const started = process.hrtime.bigint();
        const result = spawnSync(command, isNode ? ['--import', rssPreload, ...args] : args, {
          cwd,
          env: { ...process.env, ...env, LECTERN_BENCH_RSS: rssFile, NO_COLOR: '1' },
          encoding: 'utf8',
        });
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
        figures[index].seconds.push(elapsed);
        if (isNode) figures[index].rss.push(Number(readFileSync(rssFile, 'utf8')));
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures.map(({ seconds, rss }) => ({ seconds: summarize(seconds), rss: rss.length ? summarize(rss) : undefined }));
}

/** Times `node …args` `runs` times; see measureInTurn. */
export function measureNode(args, { runs = 5, ...command } = {}) {
  return measureInTurn([{ args, ...command }], { runs })[0];
}

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), values };
}
