// The build pipeline: load, see what changed, parse and validate, plan, render, write. Each step is one named call.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedInputs, statementKey } from './cache/inputs.js';
import type { ResolvedConfig } from './config.js';
import { findContentFiles, fingerprintContentFile, type ContentFile } from './content/load.js';
import { slugOf } from './content/slug.js';
import { LecternError } from './errors.js';
import type { StatementSummary } from './pipeline.js';
import type { PlannedStatement } from './render/targets.js';
import type { OutputFile } from './render/output.js';
import { openStaging, type OutputPlan } from './write/dist.js';
import { manifestPath, readManifest, type Manifest, type ManifestEntry } from './write/manifest.js';

export interface BuildResult {
  /** The statements this build rendered. */
  readonly statements: readonly StatementSummary[];
  /** Their plans, when the build was asked to keep them (printing reads them); otherwise empty. */
  readonly plans: readonly PlannedStatement[];
  /** Statements left as they were, because nothing they are made from changed since the last build. */
  readonly unchanged: readonly string[];
  /** Files written to the output folder. */
  readonly written: number;
  readonly warnings: readonly string[];
}

export interface BuildOptions {
  /** Keep every statement's plan in the result (printing needs them); a large build otherwise lets each go. */
  readonly keepPlans?: boolean;
}

/**
 * Builds the configured statements into the output folder. A statement whose inputs have not changed since the last
 * build is left as it is (unless printing). Throws, having changed nothing in the output folder, on any mistake.
 */
export async function build(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const sources = await loadSources(config);
  // The Marp thread has the longest way to go (loading marp-core): start it as soon as it is sure to be needed, on a
  // first build into this folder at once, else once the build knows what changed. (The Marp target starts it too,
  // for builds that do not come this way; the first start wins.)
  const startMarp = (statements: number) =>
    void import('./render/marp-engine.js').then(({ marpEngine }) => marpEngine(config, { statements }), () => {});
  if (!existsSync(path.join(config.outDir, manifestPath))) startMarp(sources.length);
  const previous = await readManifest(config.outDir);
  const inputs = await sharedInputs(config);
  const work = sortOutWork(sources, previous, inputs, config);
  const unchanged = work.unchanged.map((entry) => entry.slug);
  if (work.upToDate) return { statements: [], plans: [], unchanged, written: 0, warnings: [] };
  startMarp(work.changed.length);
  const pipeline = await import('./pipeline.js');
  const staging = await openStaging(config.outDir);
  try {
    const sink = (slug: string, files: readonly OutputFile[]) => staging.put(slug, files);
    const rendered = await pipeline.renderStatements(work.changed, config, sink, { keepPlans: options.keepPlans ?? config.pdf });
    // Keyed by the text each was rendered from, which a save during the build may have made newer than the digest above.
    const entries = [...work.unchanged, ...rendered.statements.map(({ entry, file, digest }) => ({ ...entry, key: statementKey(inputs, { file, digest }) }))];
    const site = pipeline.renderSite(entries, pipeline.themesInUse(entries, rendered.themes, config), rendered.context, inputs);
    const { written } = await staging.commit(site, work.remove);
    return { statements: rendered.statements, plans: rendered.plans, unchanged, written, warnings: rendered.warnings };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

export interface BuildInMemory {
  /** Every statement's plan. */
  readonly plans: readonly PlannedStatement[];
  /** Every file the build would write. */
  readonly output: OutputPlan;
  readonly warnings: readonly string[];
}

/** A build of every configured statement, held in memory and not written: what `build` would write from scratch. */
export async function buildInMemory(config: ResolvedConfig): Promise<BuildInMemory> {
  const sources = await loadSources(config);
  const previous = config.files.length > 0 ? await readManifest(config.outDir) : undefined;
  const pipeline = await import('./pipeline.js');
  const files = new Map<string, readonly OutputFile[]>();
  const rendered = await pipeline.renderStatements(sources, config, (slug, output) => void files.set(slug, output), { keepPlans: true });
  const built = new Set(files.keys());
  const entries = [...Object.values(previous?.statements ?? {}).filter((entry) => !built.has(entry.slug)), ...rendered.statements.map(({ entry }) => entry)];
  const site = pipeline.renderSite(entries, pipeline.themesInUse(entries, rendered.themes, config), rendered.context);
  return { plans: rendered.plans, output: { statements: files, site, remove: [] }, warnings: rendered.warnings };
}

async function loadSources(config: ResolvedConfig): Promise<ContentFile[]> {
  const files = await findContentFiles(config);
  if (files.length === 0) {
    throw new LecternError('there are no statements to build', {
      kind: 'usage',
      at: { file: path.relative(config.root, config.contentDir) || '.' },
      hint: 'add a .md file per statement (see README.md, "Content format"), or run lectern import FILE.txt',
    });
  }
  return Promise.all(files.map((file) => fingerprintContentFile(config, file)));
}

interface Work {
  /** Sources to build. */
  readonly changed: readonly ContentFile[];
  /** Statements kept as they are, as the index lists them: unchanged ones, and on a build of named files, the rest. */
  readonly unchanged: readonly ManifestEntry[];
  /** Statement folders to delete: their content files are gone. */
  readonly remove: readonly string[];
  /** Nothing to build, nothing to delete, and the shared files as they were: the build can stop here. */
  readonly upToDate: boolean;
}

/** Compares each source's inputs with what the last build recorded, to build only what changed. */
function sortOutWork(sources: readonly ContentFile[], previous: Manifest, inputs: string, config: ResolvedConfig): Work {
  const changed: ContentFile[] = [];
  const unchanged: ManifestEntry[] = [];
  const slugs = sources.map((source) => slugOf(source.file));
  const present = new Set(slugs);
  sources.forEach((source, index) => {
    const slug = slugs[index]!;
    const last = previous.statements[slug];
    // Two files with one folder are always parsed, so that the mistake is reported.
    const shared = slugs.indexOf(slug) !== slugs.lastIndexOf(slug);
    const current =
      !config.pdf &&
      !shared &&
      last?.key === statementKey(inputs, source) &&
      last.file === source.file &&
      existsSync(path.join(config.outDir, slug));
    if (current) unchanged.push(last);
    else changed.push(source);
  });
  const named = config.files.length > 0;
  const others = Object.values(previous.statements).filter((entry) => !present.has(entry.slug));
  const remove = named ? [] : others.map((entry) => entry.slug);
  const upToDate =
    changed.length === 0 &&
    remove.length === 0 &&
    previous.inputs === inputs &&
    [manifestPath, 'index.html'].every((file) => existsSync(path.join(config.outDir, file)));
  return { changed, unchanged: named ? [...unchanged, ...others] : unchanged, remove, upToDate };
}
