// `npm run bench`: how fast Lectern builds, watches and prints, and how much memory it takes, against its goals; and
// how its times compare with marp-cli's, the tool an author would pick instead, doing the nearest same work in the
// same run. Every figure is the median (and spread) of several runs of the whole process, and is also given as a ratio
// to `node -e 0` measured in the same run. Prints a table and writes bench/RESULTS.md.
// Usage: node bench/run.mjs [--runs N] [--quick]   (--quick skips the 1,000-statement corpus and watch mode)
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';
import { browserPath, installMarpCli, marpOptions, marpVersion, setAsideMarpDecks } from './marp.mjs';
import { measureInTurn, measureNode, summarize } from './measure.mjs';
import { measurePrinting } from './print.mjs';
import { measureWatch, watchGoals } from './watch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lectern.mjs');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean', default: false } } });
const runs = Math.max(5, Number(values.runs));
const MiB = 1024 * 1024;
const memoryGoal = 150 * MiB;

/** @type {{ name: string, seconds: ReturnType<typeof summarize>, rss?: ReturnType<typeof summarize>, goal?: number, goalNote?: string, unit: 's' | 'ms' }[]} */
const rows = [];
/** Lectern beside marp-cli: `goal` is the most Lectern's median may be, as a share of marp-cli's. */
/** @type {{ name: string, lectern: ReturnType<typeof summarize>, marp: ReturnType<typeof summarize>, goal: number, unit: 's' | 'ms' }[]} */
const pairs = [];
const marp = installMarpCli();
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
// Run outside any project, marp-cli converts with the marp-core it came with, as for an author who installs it.
const marpCliVersion = marpVersion(marp, work);
const loadBefore = os.loadavg()[0];

function record(row) {
  rows.push(row);
  const scale = row.unit === 'ms' ? 1000 : 1;
  const { median, min, max } = row.seconds;
  const memory = row.rss ? `, ${(row.rss.median / MiB).toFixed(0)} MiB` : '';
  process.stderr.write(
    `${row.name}: ${(median * scale).toFixed(row.unit === 'ms' ? 0 : 3)} ${row.unit} (${(min * scale).toFixed(2)}–${(max * scale).toFixed(2)})${memory}\n`,
  );
}

function compare(pair) {
  pairs.push(pair);
  const scale = pair.unit === 'ms' ? 1000 : 1;
  process.stderr.write(
    `vs marp-cli, ${pair.name}: ${(pair.lectern.median * scale).toFixed(2)} / ${(pair.marp.median * scale).toFixed(2)} ${pair.unit} = ${(pair.lectern.median / pair.marp.median).toFixed(2)} (goal ≤ ${pair.goal})\n`,
  );
}

/** A project folder holding only content/: Lectern's own templates and themes are used, as for any user. */
function project(name, fill) {
  const dir = path.join(work, name);
  fill(dir);
  return dir;
}

/**
 * Times `lectern build` in `dir`, cold (an empty dist/) and with nothing changed. Given `peer` ({ name, goal }), the
 * cold builds take turns with marp-cli converting the Marp decks of that build, set aside, to HTML: one process for
 * all of them (`marp -I`, its default parallelism), as an author would convert a folder of decks.
 */
function buildFigures(name, dir, goals, peer) {
  const dist = path.join(dir, 'dist');
  const cold = { args: [cli, 'build'], cwd: dir, before: () => rmSync(dist, { recursive: true, force: true }) };
  const commands = [cold];
  if (peer) {
    measureNode([cli, 'build'], { cwd: dir, runs: 1 }); // the Marp decks to set aside; and it warms the disk cache
    const aside = path.join(work, `${path.basename(dir)}-marp`);
    const decks = setAsideMarpDecks(dist, aside);
    const out = path.join(aside, 'out');
    const files = decks.length === 1 ? [decks[0], '-o', path.join('out', 'deck.html')] : ['-I', '.', '-o', 'out'];
    commands.push({ args: [marp, ...files, ...marpOptions], cwd: aside, before: () => rmSync(out, { recursive: true, force: true }) });
  }
  const [lectern, marpFigures] = measureInTurn(commands, { runs });
  record({ name: `${name}: cold`, ...lectern, goal: goals.cold, goalNote: goals.note, unit: 's' });
  if (peer) compare({ name: peer.name, lectern: lectern.seconds, marp: marpFigures.seconds, goal: peer.goal, unit: 's' });
  record({ name: `${name}: nothing changed`, ...measureNode([cli, 'build'], { cwd: dir, runs }), goal: goals.unchanged, unit: 's' });
}

try {
  // Compile once, outside the timings, as `npm ci` does; and warm the caches a first build fills.
  await (await import('../scripts/compile.mjs')).compile();

  record({ name: 'node -e 0', ...measureNode(['-e', '0'], { runs }), unit: 's' });

  const shipped = project('shipped', (dir) => cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true }));
  buildFigures(
    '1 statement (shipped)',
    shipped,
    { cold: 0.45 },
    { name: 'shipped statement: lectern build (all HTML outputs, cold) / marp (one HTML deck)', goal: 0.46 },
  );

  const corpus100 = writeCorpus(path.join(work, 'corpus-100'), 100);
  buildFigures(
    '100 statements',
    corpus100,
    { cold: 3, unchanged: 0.3 },
    { name: '100 statements: lectern build (cold) / marp -I (100 HTML decks)', goal: 0.4 },
  );

  if (!values.quick) {
    const corpus1000 = writeCorpus(path.join(work, 'corpus-1000'), 1000);
    const cold100 = rows.find((row) => row.name === '100 statements: cold').seconds.median;
    buildFigures('1,000 statements', corpus1000, { cold: 10 * cold100, note: '10 × the 100 figure' });

    const watch = await measureWatch({ edits: 20, marp });
    const rss = summarize([watch.peakRss]);
    const seconds = (ms) => summarize(ms.map((each) => each / 1000));
    record({ name: 'watch: save → deck written in dist/ (20 edits)', seconds: seconds(watch.written), rss, goal: watchGoals.written / 1000, unit: 'ms' });
    record({ name: 'watch: save → browser shows (20 edits)', seconds: seconds(watch.shown), rss, goal: watchGoals.shown / 1000, unit: 'ms' });
    record({
      name: 'watch: save → every output written (20 edits)',
      seconds: seconds(watch.allWritten),
      rss,
      goal: watchGoals.allWritten / 1000,
      unit: 'ms',
    });
    compare({
      name: 'watch, save → deck written (20 edits each): lectern dev / marp -w',
      lectern: seconds(watch.written),
      marp: seconds(watch.marpWritten),
      goal: 0.4,
      unit: 'ms',
    });
  }

  const pdf = measurePrinting({ project: shipped, runs, marp: { command: process.execPath, args: [marp] } });
  record({ name: 'all PDFs of the shipped statement (lectern pdf)', ...pdf.lectern, goal: 3, unit: 's' });
  compare({
    name: 'shipped statement: lectern pdf (6 PDFs) / marp --pdf (one PDF of the deck)',
    lectern: pdf.lectern.seconds,
    marp: pdf.marp.seconds,
    goal: 0.75,
    unit: 's',
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const loadAfter = os.loadavg()[0];

const floor = rows.find((row) => row.name === 'node -e 0').seconds.median;
const format = (seconds, unit) => (unit === 'ms' ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(3)} s`);
const spreadOf = ({ min, max }, unit) => `${format(min, unit)}–${format(max, unit)}`;
const lines = [
  '| measure | median | spread (min–max) | × node -e 0 | peak RSS (median) | goal | met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(({ name, seconds, rss, goal, goalNote, unit }) => {
    const isFloor = name === 'node -e 0';
    const timeMet = goal === undefined || seconds.median <= goal;
    const memoryMet = isFloor || !rss || rss.median <= memoryGoal;
    const goals = [goal !== undefined ? `≤ ${format(goal, unit)}${goalNote ? ` (${goalNote})` : ''}` : '', isFloor ? '' : '≤ 150 MiB']
      .filter(Boolean)
      .join(', ');
    const ratio = unit === 'ms' ? '—' : (seconds.median / floor).toFixed(1);
    const memory = rss ? `${(rss.median / MiB).toFixed(0)} MiB` : '—';
    const met = isFloor
      ? '—'
      : [timeMet ? '' : 'time', memoryMet ? '' : 'memory']
          .filter(Boolean)
          .map((what) => `no (${what})`)
          .join(', ') || 'yes';
    return `| ${name} | ${format(seconds.median, unit)} | ${spreadOf(seconds, unit)} | ${ratio} | ${memory} | ${goals || '—'} | ${met} |`;
  }),
];
const peerLines = [
  '| Lectern / marp-cli | Lectern median (spread) | marp-cli median (spread) | ratio | goal | met |',
  '|---|---|---|---|---|---|',
  ...pairs.map(({ name, lectern, marp: peer, goal, unit }) => {
    const ratio = lectern.median / peer.median;
    return `| ${name} | ${format(lectern.median, unit)} (${spreadOf(lectern, unit)}) | ${format(peer.median, unit)} (${spreadOf(peer, unit)}) | ${ratio.toFixed(2)} | ≤ ${goal.toFixed(2)} | ${ratio <= goal ? 'yes' : 'no'} |`;
  }),
];
const cpu = os.cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
const report = `# Benchmark results

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}; load average
${loadBefore.toFixed(1)} when it started and ${loadAfter.toFixed(1)} when it ended.
Each figure is the median of ${runs} runs of the whole process (wall time) with its spread; watch mode is the median of
20 edits. Peak memory is the Lectern process's maximum resident set (Chromium's own processes are not counted).
The corpora are generated by \`bench/corpus.mjs\` (varied lengths, 2–6 points, the three themes).

${lines.join('\n')}

## Lectern beside marp-cli

marp-cli is ${marpCliVersion.replace(/^@marp-team\/marp-cli /, '')}, installed by the benchmark into \`bench/.work/marp-cli\`.
It converts the Marp decks (\`deck.md\`) of Lectern's own build, with Lectern's Marp themes (\`--theme-set\`), and prints
with the same browser (${browserPath()}). The two take turns, run by run (edit by edit in watch mode), so both see the
same machine load. The ratio is Lectern's median over marp-cli's; the goal is the most it may be.

${peerLines.join('\n')}
`;
writeFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
process.stdout.write(`\n${lines.join('\n')}\n\n${peerLines.join('\n')}\n\nWritten to bench/RESULTS.md\n`);
