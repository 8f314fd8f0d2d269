// Times `lectern pdf` for the shipped statement as a user runs it: a whole process, from start to exit, printing
// deck.pdf, deck.marp.pdf, briefing.pdf and handout.pdf. Prints the median of several runs, and `lectern build`'s
// for comparison. Usage: node bench/print.mjs [RUNS]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lectern.mjs');
const runs = Number(process.argv[2] ?? 5);

const project = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
cpSync(path.join(root, 'content'), path.join(project, 'content'), { recursive: true });

function time(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: project, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`lectern ${args.join(' ')} failed:\n${result.stderr}`);
  return seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

try {
  time(['build']); // compiles lib/ if src/ changed, and warms the disk cache
  const build = Array.from({ length: runs }, () => time(['build']));
  const pdf = Array.from({ length: runs }, () => time(['pdf']));
  const format = (values) => `median ${median(values).toFixed(2)} s (${values.map((v) => v.toFixed(2)).join(', ')})`;
  console.log(`lectern build, whole process: ${format(build)}`);
  console.log(`lectern pdf (4 PDFs), whole process: ${format(pdf)}`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
