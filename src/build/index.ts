// A build, step by step: find the sources, sort out what changed, compile and render the statements that did, render
// the site around them, write it all, print. Each step is one named call; the steps live beside this file.
import type { ResolvedConfig } from '../config.js';
import { displayPath } from '../config.js';
import type { ContentFile } from '../content/load.js';
import { duplicateSlugErrors, slugOf } from '../content/slug.js';
import { throwIfAny, type LecternError } from '../errors.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { PrintResult } from '../print/print.js';
import type { RenderContext } from '../render/output.js';
import { outputNames, outputs } from '../render/outputs.js';
import { openOutputFolder, type Change, type OutputFolder } from '../write/folder.js';
import type { LockHolder } from '../write/lock.js';
import type { StatementRecord } from '../write/record.js';
import { marpEngineFor, renderContext } from './context.js';
import { buildInputs, statementKey, type BuildInputs } from './keys.js';
import { eachStatement } from './loop.js';
import { renderOutputs } from './pages-first.js';
import { printStatements, startPrinting } from './print.js';
import { recordEntry, renderSite, themesInUse } from './site.js';
import { findSources, sortOutWork, type Work } from './sources.js';
import { compileStatement, type CompiledStatement } from './statement.js';
import { themeCache, type ThemeCache } from './themes.js';

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

    const context = await renderContext(config, marpEngineFor(config, { statements: work.changed.length }));
    const themes = themeCache(config);
    const result = work.upToDate ? nothingBuilt : await buildChanged(work, { context, themes, inputs, folder, options });
    if (!printing) return result;
    if ('problem' in printing) return { ...result, notPrinted: printing.problem };
    // The statements left as they were print from the pages already there: only their plans are needed.
    const plans = [
      ...result.plans,
      ...(await planStatements(
        sources.filter((source) => !work.changed.includes(source)),
        config,
        themes,
      )),
    ];
    const printed = await printStatements(folder, printing.printer, plans, context, options.signal);
    return { ...result, plans, printed, written: result.written + printed.pdfs.length };
  } finally {
    if (printing && 'printer' in printing) await printing.printer.close();
    await folder.close();
  }
}

/** Compiles and renders the statements that changed, renders the site around them, and writes it all. */
async function buildChanged(
  work: Work,
  {
    context,
    themes,
    inputs,
    folder,
    options,
  }: { context: RenderContext; themes: ThemeCache; inputs: BuildInputs; folder: OutputFolder; options: BuildOptions },
): Promise<BuildResult> {
  const { config } = context;
  const change = await folder.begin(outputNames);
  try {
    const built = await compileStatements(work.changed, {
      context,
      themes,
      inputs,
      change,
      keepPlans: options.keepPlans ?? config.pdf,
      signal: options.signal,
    });
    const entries = [...work.unchanged, ...built.entries];
    const site = await renderSite(entries, themesInUse(entries, themes.loaded, config), context);
    const committed = await write(change, entries, site, inputs);
    const warnings = [...themes.warnings(), ...committed.kept.map((kept) => keptWarning(kept, config))];
    return { statements: built.statements, plans: built.plans, unchanged: work.unchanged.map((entry) => entry.slug), written: committed.written, warnings };
  } catch (error) {
    await change.discard();
    throw error;
  }
}

/** The plans of statements built before and unchanged since: they compiled then, and their sources are the same. */
async function planStatements(sources: readonly ContentFile[], config: ResolvedConfig, themes: ThemeCache): Promise<PlannedStatement[]> {
  const plans: PlannedStatement[] = [];
  const mistakes = await eachStatement(
    sources,
    async (source) => {
      const compiled = await compileStatement(source.path, config, themes);
      if (compiled) plans.push(compiled.planned);
      return undefined;
    },
    undefined,
    { ahead: 1, afterMistake: 'check' },
  );
  throwIfAny([...mistakes.values()].flat());
  return plans;
}

interface Compiling {
  readonly context: RenderContext;
  readonly themes: ThemeCache;
  readonly inputs: BuildInputs;
  readonly change: Change;
  readonly keepPlans: boolean;
  readonly signal: AbortSignal | undefined;
}

/**
 * Compiles each changed statement and renders its outputs into the change, a few at a time. Every file's mistakes
 * are collected, so the author sees them all; once there is one, the rest are still compiled but not rendered, and
 * the call throws at the end.
 */
async function compileStatements(sources: readonly ContentFile[], run: Compiling) {
  const statements: BuiltStatement[] = [];
  const entries: StatementRecord[] = [];
  const plans: PlannedStatement[] = [];
  const { config } = run.context;
  const render = async ({ planned, source }: CompiledStatement) => {
    await run.change.put(await renderOutputs(outputs, planned, run.context));
    const { statement, deck } = planned;
    statements.push({ slug: statement.slug, file: statement.file, slides: deck.slides.length });
    // Keyed by the text it was compiled from, which a save during the build may have made newer than at the start.
    entries.push(recordEntry(planned, statementKey(run.inputs, statement.theme, source)));
    if (run.keepPlans) plans.push(planned);
  };
  // Two files that make one folder are a mistake: the statements are then only checked, to report theirs too.
  const duplicates = duplicateSlugErrors(sources.map((source) => ({ file: source.file, slug: slugOf(source.file) })));
  const mistakes = await eachStatement(sources, (source) => compileStatement(source.path, config, run.themes), duplicates.length > 0 ? undefined : render, {
    ahead: 4,
    afterMistake: 'check',
    signal: run.signal,
  });
  throwIfAny([...duplicates, ...[...mistakes.values()].flat()]);
  return { statements, entries, plans };
}

/** Writes the site files and the record, and moves everything the build wrote aside into place. */
async function write(change: Change, entries: readonly StatementRecord[], site: Parameters<Change['put']>[0], inputs: BuildInputs) {
  await change.put(site);
  return change.commit({
    inputs: inputs.site,
    site: site.map((file) => file.path),
    statements: Object.fromEntries(entries.map((entry) => [entry.slug, entry])),
  });
}

/** A removed statement's folder that still holds a user's files. */
function keptWarning({ folder, files }: { folder: string; files: readonly string[] }, config: ResolvedConfig): string {
  const listed = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `${displayPath(config, config.outDir)}/${folder}/ is kept: it holds ${listed}, which Lectern did not write`;
}
