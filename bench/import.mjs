// How long `lectern import` takes, as a user runs it: on the seed statement, and on the largest text it accepts
// (1 MiB), shaped three ways: one long statement, a header of 20,000 short lines, and one paragraph with no breaks.
// Prints the median of several runs of each. Run with: node bench/import.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'bench', '.work', 'import');
const runs = Number(process.argv[2] ?? 7);
const maxBytes = 1024 * 1024;

const seed = readFileSync(path.join(root, 'tests', 'fixtures', 'seed', 'statement.txt'), 'utf8');
const body = seed.slice(seed.indexOf('Excellencies'));
const point = body
  .split('\n\n')
  .find((paragraph) => paragraph.startsWith('Second,'))
  .slice('Second, '.length);
const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

function fill(head, piece, tail = '') {
  let text = head;
  while (Buffer.byteLength(text + piece + tail) <= maxBytes) text += piece;
  return text + tail;
}

const cases = {
  seed,
  'long statement (1 MiB)': fill(
    seed.slice(0, seed.indexOf('First,')),
    `${ordinals.map((ordinal) => `${ordinal}, ${point}\n\n${point}\n\n`).join('')}`,
    'In conclusion, thank you.\n\nI thank you.\n',
  ),
  'header of short lines (1 MiB)': fill('', 'A short header line\n', '\nExcellencies,\n\nWe meet today to act together and to report back on what we did.\n'),
  'one paragraph (1 MiB)': fill('Excellencies,\n\n', `${point} `),
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const [name, text] of Object.entries(cases)) {
  const file = path.join(work, 'statement.txt');
  writeFileSync(file, text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'lectern.mjs'), 'import', 'statement.txt', '--force'], { cwd: work, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.status !== 0) throw new Error(`${name}: exit ${run.status}\n${run.stderr}`);
  }
  console.log(`${name.padEnd(32)} ${String(Buffer.byteLength(text)).padStart(8)} bytes  median ${median(times).toFixed(0)} ms of ${runs} runs`);
}
console.log(`node --version: ${process.version}`);
rmSync(work, { recursive: true, force: true });
