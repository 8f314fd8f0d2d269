// Times `lectern pdf` for the shipped statement as a user runs it: a whole process, from start to exit, printing
// deck.pdf, deck.marp.pdf, briefing.pdf and handout.pdf; and `lectern build` for comparison. Prints the median of
// several runs. With --marp PATH (a marp-cli executable), also times `marp --pdf` on the same deck.md, run by run
// between Lectern's, so both see the same machine load.
// Usage: node bench/print.mjs [RUNS] [--marp PATH]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lectern.mjs');
const { values, positionals } = parseArgs({ options: { marp: { type: 'string' } }, allowPositionals: true });
const runs = Number(positionals[0] ?? 5);

const project = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
cpSync(path.join(root, 'content'), path.join(project, 'content'), { recursive: true });

function time(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed:\n${result.stderr}`);
  return seconds;
}

const lectern = (...args) => time(process.execPath, [cli, ...args]);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const format = (values) => `median ${median(values).toFixed(2)} s (${values.map((v) => v.toFixed(2)).join(', ')})`;

try {
  lectern('build'); // compiles lib/ if src/ changed, and warms the disk cache
  const build = Array.from({ length: runs }, () => lectern('build'));
  console.log(`lectern build, whole process: ${format(build)}`);
  const pdf = [];
  const marp = [];
  const deck = path.join(project, 'dist', 'iom-crime-prevention-2019', 'deck.md');
  for (let run = 0; run < runs; run++) {
    pdf.push(lectern('pdf'));
    if (values.marp) marp.push(time(values.marp, ['--pdf', '--allow-local-files', deck, '-o', path.join(project, 'marp.pdf')]));
  }
  console.log(`lectern pdf (4 PDFs), whole process: ${format(pdf)}`);
  if (values.marp) {
    console.log(`marp --pdf (1 PDF), whole process: ${format(marp)}`);
    console.log(`lectern pdf / marp --pdf: ${(median(pdf) / median(marp)).toFixed(2)}`);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
