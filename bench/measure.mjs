// Runs a command several times and reports the median and spread of its wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rssPreload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss.mjs');

/**
 * Times `node …args` `runs` times. `before` runs ahead of each timed run (not timed), to reset state.
 * Returns seconds and bytes, each as { median, min, max, values }.
 */
export function measureNode(args, { cwd, runs = 5, before, env = {} } = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
  const seconds = [];
  const rss = [];
  try {
    for (let run = 0; run < runs; run++) {
      before?.();
      const rssFile = path.join(scratch, `rss-${run}`);
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', rssPreload, ...args], {
        cwd,
        env: { ...process.env, ...env, LECTERN_BENCH_RSS: rssFile, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
      seconds.push(elapsed);
      rss.push(Number(readFileSync(rssFile, 'utf8')));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { seconds: summarize(seconds), rss: summarize(rss) };
}

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), values };
}
