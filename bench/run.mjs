// `npm run bench`: how fast Lectern builds, watches and prints, and how much memory it takes, against its goals.
// Every figure is the median (and spread) of several runs of the whole process, and is also given as a ratio to
// `node -e 0` measured in the same run. Prints a table and writes bench/RESULTS.md.
// Usage: node bench/run.mjs [--runs N] [--quick]   (--quick skips the 1,000-statement corpus and watch mode)
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';
import { measureNode, summarize } from './measure.mjs';
import { measureWatch, watchGoals } from './watch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lectern.mjs');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean', default: false } } });
const runs = Math.max(5, Number(values.runs));
const MiB = 1024 * 1024;
const memoryGoal = 150 * MiB;

/** @type {{ name: string, seconds: ReturnType<typeof summarize>, rss?: ReturnType<typeof summarize>, goal?: number, goalNote?: string, unit: 's' | 'ms' }[]} */
const rows = [];
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));

function record(row) {
  rows.push(row);
  const scale = row.unit === 'ms' ? 1000 : 1;
  const { median, min, max } = row.seconds;
  const memory = row.rss ? `, ${(row.rss.median / MiB).toFixed(0)} MiB` : '';
  process.stderr.write(`${row.name}: ${(median * scale).toFixed(row.unit === 'ms' ? 0 : 3)} ${row.unit} (${(min * scale).toFixed(2)}–${(max * scale).toFixed(2)})${memory}\n`);
}

/** A project folder holding only content/: Lectern's own templates and themes are used, as for any user. */
function project(name, fill) {
  const dir = path.join(work, name);
  fill(dir);
  return dir;
}

function buildFigures(name, dir, goals) {
  const dist = path.join(dir, 'dist');
  const measure = (before) => measureNode([cli, 'build'], { cwd: dir, runs, before });
  record({ name: `${name}: cold`, ...measure(() => rmSync(dist, { recursive: true, force: true })), goal: goals.cold, goalNote: goals.note, unit: 's' });
  record({ name: `${name}: nothing changed`, ...measure(), goal: goals.unchanged, unit: 's' });
}

try {
  // Compile once, outside the timings, as `npm ci` does; and warm the caches a first build fills.
  await (await import('../scripts/compile.mjs')).compile();

  record({ name: 'node -e 0', ...measureNode(['-e', '0'], { runs }), unit: 's' });

  const shipped = project('shipped', (dir) => cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true }));
  measureNode([cli, 'build'], { cwd: shipped, runs: 1 });
  buildFigures('1 statement (shipped)', shipped, { cold: 0.45 });

  const corpus100 = writeCorpus(path.join(work, 'corpus-100'), 100);
  buildFigures('100 statements', corpus100, { cold: 3, unchanged: 0.3 });

  if (!values.quick) {
    const corpus1000 = writeCorpus(path.join(work, 'corpus-1000'), 1000);
    const cold100 = rows.find((row) => row.name === '100 statements: cold').seconds.median;
    buildFigures('1,000 statements', corpus1000, { cold: 10 * cold100, note: '10 × the 100 figure' });

    const watch = await measureWatch({ edits: 20 });
    const rss = summarize([watch.peakRss]);
    record({ name: 'watch: save → dist/ written (20 edits)', seconds: summarize(watch.written.map((ms) => ms / 1000)), rss, goal: watchGoals.written / 1000, unit: 'ms' });
    record({ name: 'watch: save → browser shows (20 edits)', seconds: summarize(watch.shown.map((ms) => ms / 1000)), rss, goal: watchGoals.shown / 1000, unit: 'ms' });
  }

  const pdf = measureNode([cli, 'pdf'], { cwd: shipped, runs });
  record({ name: 'all PDFs of the shipped statement (lectern pdf)', ...pdf, goal: 3, unit: 's' });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const floor = rows.find((row) => row.name === 'node -e 0').seconds.median;
const format = (seconds, unit) => (unit === 'ms' ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(3)} s`);
const lines = [
  '| measure | median | spread (min–max) | × node -e 0 | peak RSS (median) | goal | met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(({ name, seconds, rss, goal, goalNote, unit }) => {
    const isFloor = name === 'node -e 0';
    const timeMet = goal === undefined || seconds.median <= goal;
    const memoryMet = isFloor || !rss || rss.median <= memoryGoal;
    const goals = [goal !== undefined ? `≤ ${format(goal, unit)}${goalNote ? ` (${goalNote})` : ''}` : '', isFloor ? '' : '≤ 150 MiB'].filter(Boolean).join(', ');
    const spread = `${format(seconds.min, unit)}–${format(seconds.max, unit)}`;
    const ratio = unit === 'ms' ? '—' : (seconds.median / floor).toFixed(1);
    const memory = rss ? `${(rss.median / MiB).toFixed(0)} MiB` : '—';
    const met = isFloor ? '—' : [timeMet ? '' : 'time', memoryMet ? '' : 'memory'].filter(Boolean).map((what) => `no (${what})`).join(', ') || 'yes';
    return `| ${name} | ${format(seconds.median, unit)} | ${spread} | ${ratio} | ${memory} | ${goals || '—'} | ${met} |`;
  }),
];
const cpu = os.cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
const report = `# Benchmark results

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}.
Each figure is the median of ${runs} runs of the whole process (wall time) with its spread; watch mode is the median of
20 edits. Peak memory is the Lectern process's maximum resident set (Chromium's own processes are not counted).
The corpora are generated by \`bench/corpus.mjs\` (varied lengths, 2–6 points, the three themes).

${lines.join('\n')}
`;
writeFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
process.stdout.write(`\n${lines.join('\n')}\n\nWritten to bench/RESULTS.md\n`);
