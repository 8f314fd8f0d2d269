// Times `lectern pdf` for the shipped statement as a user runs it: a whole process, from start to exit, printing
// deck.pdf, deck.marp.pdf, briefing.pdf and handout.pdf; and `lectern build` for comparison. Prints the median of
// several runs. With --marp PATH (a marp-cli executable), also times `marp --pdf` printing one PDF of the same Marp
// deck (see marp.mjs), run by run between Lectern's, so both see the same machine load, with the same browser.
// Usage: node bench/print.mjs [RUNS] [--marp PATH]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { browserPath, marpBrowserOptions, marpOptions, setAsideMarpDecks } from './marp.mjs';
import { measureInTurn, measureNode } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lectern.mjs');

/**
 * Times `lectern pdf` in `project` (built already) `runs` times; given `marp` ({ command, args }: how to run marp-cli),
 * takes turns with `marp --pdf` printing the project's one Marp deck. Both print with the same browser. Returns
 * { lectern, marp }, each { seconds, rss } as measureInTurn gives them.
 */
export function measurePrinting({ project, runs, marp }) {
  const env = { CHROME_PATH: browserPath() };
  const lectern = { args: [cli, 'pdf'], cwd: project, env };
  if (!marp) return { lectern: measureNode(lectern.args, { ...lectern, runs }) };
  const aside = path.join(project, 'marp');
  const [deck, ...others] = setAsideMarpDecks(path.join(project, 'dist'), aside);
  if (others.length) throw new Error(`measurePrinting expects one statement in ${project}, not ${others.length + 1}`);
  const print = {
    command: marp.command,
    // --allow-local-files: marp-cli then prints from beside the deck, where the theme's fonts are found.
    args: [...marp.args, deck, ...marpOptions, '--pdf', '--allow-local-files', ...marpBrowserOptions(env.CHROME_PATH), '-o', 'deck.pdf'],
    cwd: aside,
    env,
    before: () => rmSync(path.join(aside, 'deck.pdf'), { force: true }),
  };
  const [lecternFigures, marpFigures] = measureInTurn([lectern, print], { runs });
  return { lectern: lecternFigures, marp: marpFigures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ options: { marp: { type: 'string' } }, allowPositionals: true });
  const runs = Number(positionals[0] ?? 5);
  const project = mkdtempSync(path.join(tmpdir(), 'lectern-bench-'));
  cpSync(path.join(root, 'content'), path.join(project, 'content'), { recursive: true });
  const format = ({ seconds }) => `median ${seconds.median.toFixed(2)} s (${seconds.values.map((v) => v.toFixed(2)).join(', ')})`;
  try {
    measureNode([cli, 'build'], { cwd: project, runs: 1 }); // compiles lib/ if src/ changed, and warms the disk cache
    console.log(`lectern build, whole process: ${format(measureNode([cli, 'build'], { cwd: project, runs }))}`);
    // marp-cli runs from a folder of the project's copy: a path given relative to here is made absolute first.
    const printing = measurePrinting({ project, runs, marp: values.marp && { command: path.resolve(values.marp), args: [] } });
    console.log(`lectern pdf (6 PDFs), whole process: ${format(printing.lectern)}`);
    if (printing.marp) {
      console.log(`marp --pdf (1 PDF), whole process: ${format(printing.marp)}`);
      console.log(`lectern pdf / marp --pdf: ${(printing.lectern.seconds.median / printing.marp.seconds.median).toFixed(2)}`);
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
