// Measures what fitting costs: per statement, with the font-metrics cache warm and cold, and a whole build from a
// fresh process. Prints medians; run it on a quiet machine: node bench/fit.mjs [runs]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const work = path.join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });

// Fitting's own modules, bundled once so this script runs them as the CLI does.
const { build } = await import('esbuild');
const entry = path.join(work, 'fit-entry.mjs');
await build({
  stdin: {
    contents: `
      export { fitStatement } from './src/fit/index.ts';
      export { parseStatement } from './src/content/parse.ts';
      export { planDeck } from './src/plan/deck.ts';
      export { planBriefing } from './src/plan/briefing.ts';
      export { loadTheme } from './src/themes/load.ts';
      export { resolveConfig } from './src/config.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  external: ['fontkit', 'zod', 'yaml', 'markdown-it', 'culori'],
  logLevel: 'warning',
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

function fitInFreshProcess(file, cacheDir) {
  const script = `
    import { readFileSync } from 'node:fs';
    const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const config = m.resolveConfig({ root: ${JSON.stringify(root)} });
    const statement = m.parseStatement(readFileSync(${JSON.stringify(file)}, 'utf8'), 'x.md');
    const theme = m.loadTheme(statement.theme, config, { file: 'x' });
    const plan = { statement, deck: m.planDeck(statement), briefing: m.planBriefing(statement) };
    const started = performance.now();
    await m.fitStatement(plan, theme, { cacheDir: ${JSON.stringify(cacheDir)} });
    const first = performance.now() - started;
    const again = performance.now();
    await m.fitStatement(plan, theme, { cacheDir: ${JSON.stringify(cacheDir)} });
    console.log(JSON.stringify({ first, again: performance.now() - again }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

const statements = {
  'shipped (en)': path.join(root, 'content', 'iom-crime-prevention-2019.md'),
  'six long messages (split)': path.join(root, 'tests', 'fixtures', 'stress-six-messages', 'content', 'six-messages.md'),
  arabic: path.join(root, 'tests', 'fixtures', 'stress-arabic', 'content', 'arabic.md'),
};

console.log(`fitting, median of ${runs} fresh processes`);
for (const [name, file] of Object.entries(statements)) {
  const warmCache = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
  fitInFreshProcess(file, warmCache);
  const warm = Array.from({ length: runs }, () => fitInFreshProcess(file, warmCache));
  const cold = Array.from({ length: Math.min(runs, 5) }, () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
    try {
      return fitInFreshProcess(file, empty);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
  rmSync(warmCache, { recursive: true, force: true });
  console.log(
    `  ${name.padEnd(28)} cached metrics: first fit ${ms(median(warm.map((r) => r.first)))}, again in-process ${ms(median(warm.map((r) => r.again)))}; ` +
      `no cache (fontkit reads the fonts): ${ms(median(cold.map((r) => r.first)))}`,
  );
}

const out = mkdtempSync(path.join(tmpdir(), 'lectern-bench-out-'));
const builds = Array.from({ length: runs }, () => {
  const started = performance.now();
  execFileSync(process.execPath, [path.join(root, 'bin', 'lectern.mjs'), 'build', '-o', out], { cwd: root, stdio: 'ignore' });
  return performance.now() - started;
});
rmSync(out, { recursive: true, force: true });
console.log(`whole build of the shipped statement, fresh process: median ${ms(median(builds))}`);
