// A build, step by step: find the sources, sort out what changed, compile and render the statements that did, render
// the site around them, write it all, print. Each step is one named call; the steps live beside this file. Those that
// render (rendering.ts) load only once there is something to render: a build with nothing to do never loads them.
import type { ResolvedConfig } from '../config.js';
import type { LecternError } from '../errors.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { PrintResult } from '../print/print.js';
import { startPrinting } from '../print/start.js';
import { openOutputFolder, type OutputFolder } from '../write/folder.js';
import type { LockHolder } from '../write/lock.js';
import { buildInputs } from './keys.js';
import { marpEngineFor } from './marp.js';
import { findSources, sortOutWork } from './sources.js';

export interface BuildResult {
  /** The statements this build rendered. */
  readonly statements: readonly BuiltStatement[];
  /** Their plans, when the build was asked to keep them (or printed); otherwise empty. */
  readonly plans: readonly PlannedStatement[];
  /** Statements left as they were, because nothing they are made from changed since the last build. */
  readonly unchanged: readonly string[];
  /** Files written to the output folder. */
  readonly written: number;
  /** The PDFs printed, when the build printed. */
  readonly printed?: PrintResult | undefined;
  /** Why the PDFs asked for were not printed (no browser): the pages were built all the same. */
  readonly notPrinted?: LecternError | undefined;
  readonly warnings: readonly string[];
}

/** What a build says of a statement it rendered. */
export interface BuiltStatement {
  readonly slug: string;
  readonly file: string;
  readonly slides: number;
}

export interface BuildOptions {
  /** Keep every statement's plan in the result; a large build otherwise lets each go once it is rendered. */
  readonly keepPlans?: boolean;
  /** Build into this folder instead of the configured one: `memoryFolder()` builds without writing. */
  readonly into?: OutputFolder;
  /** Stops the build between statements (Ctrl-C): the output folder is then left as it was. */
  readonly signal?: AbortSignal | undefined;
  /** Told when another build holds the output folder, before waiting for it. */
  readonly onWait?: ((holder: LockHolder) => void) | undefined;
}

/**
 * Builds the configured statements into the output folder, and prints their PDFs when the configuration asks. A
 * statement whose inputs have not changed since the last build is left as it is (unless printing). Throws, having
 * changed nothing in the output folder, on any mistake.
 */
export async function build(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const sources = await findSources(config);
  const folder = options.into ?? (await openOutputFolder(config, options));
  const printing = config.pdf ? await startPrinting(config) : undefined;
  try {
    const inputs = await buildInputs(config);
    const work = sortOutWork(sources, folder.record, folder.dir, inputs, config);
    const unchanged = work.unchanged.map((entry) => entry.slug);
    const nothingBuilt = { statements: [], plans: [], unchanged, written: 0, warnings: [] };
    if (work.upToDate && !printing) return nothingBuilt;

    // The Marp thread starts first, and loads marp-core while this thread loads what renders.
    const marp = marpEngineFor(config, { statements: work.changed.length });
    const rendering = await import('./rendering.js');
    const context = await rendering.renderContext(config, marp);
    const themes = rendering.themeCache(config);
    const result = work.upToDate ? nothingBuilt : await rendering.buildChanged(work, { context, themes, inputs, folder, options });
    if (!printing) return result;
    if ('problem' in printing) return { ...result, notPrinted: printing.problem };
    // The statements left as they were print from the pages already there: only their plans are needed.
    const plans = [
      ...result.plans,
      ...(await rendering.planStatements(
        sources.filter((source) => !work.changed.includes(source)),
        config,
        themes,
      )),
    ];
    const printed = await rendering.printStatements(folder, printing.printer, plans, context, options.signal);
    return { ...result, plans, printed, written: result.written + printed.pdfs.length };
  } finally {
    if (printing && 'printer' in printing) await printing.printer.close();
    await folder.close();
  }
}
