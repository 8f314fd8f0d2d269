// The steps of a build that has something to render: compile and render the statements that changed, render the site
// around them, write it all; compile the others' plans for printing, and print. index.ts loads this module only then.
import type { ResolvedConfig } from '../config.js';
import { displayPath } from '../config.js';
import type { ContentFile } from '../content/load.js';
import { duplicateSlugErrors, slugOf } from '../content/slug.js';
import { throwIfAny } from '../errors.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { RenderContext } from '../render/output.js';
import { outputNames, outputs } from '../render/outputs.js';
import type { Change, OutputFolder } from '../write/folder.js';
import type { StatementRecord } from '../write/record.js';
import type { BuildOptions, BuildResult, BuiltStatement } from './index.js';
import { statementKey, type BuildInputs } from './keys.js';
import { eachStatement } from './loop.js';
import { renderOutputs } from './pages-first.js';
import { recordEntry, renderSite, themesInUse } from './site.js';
import type { Work } from './sources.js';
import { compileStatement, type CompiledStatement } from './statement.js';
import type { ThemeCache } from './themes.js';

export { renderContext } from './context.js';
export { printStatements } from './print.js';
export { themeCache } from './themes.js';

/** Compiles and renders the statements that changed, renders the site around them, and writes it all. */
export async function buildChanged(
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
export async function planStatements(sources: readonly ContentFile[], config: ResolvedConfig, themes: ThemeCache): Promise<PlannedStatement[]> {
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
