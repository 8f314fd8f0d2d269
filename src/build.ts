// The build pipeline: load, see what changed, parse and validate, plan, render, write, print. Each step is one named call.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedInputs, statementKey } from './cache/inputs.js';
import { displayPath, type ResolvedConfig } from './config.js';
import { findContentFiles, fingerprintContentFile, type ContentFile } from './content/load.js';
import { slugOf } from './content/slug.js';
import { LecternError } from './errors.js';
import type { StatementSummary } from './pipeline.js';
import type { Printer, PrintResult } from './print/print.js';
import type { PlannedStatement } from './render/targets.js';
import type { OutputFile } from './render/output.js';
import { openOutputFolder, type OutputFolder } from './write/folder.js';
import type { LockHolder } from './write/lock.js';
import { recordPath, type OutputRecord, type StatementRecord } from './write/record.js';

export interface BuildResult {
  /** The statements this build rendered. */
  readonly statements: readonly StatementSummary[];
  /** Their plans, when the build was asked to keep them; otherwise empty. */
  readonly plans: readonly PlannedStatement[];
  /** Statements left as they were, because nothing they are made from changed since the last build. */
  readonly unchanged: readonly string[];
  /** Files written to the output folder. */
  readonly written: number;
  /** The PDFs printed, when the build printed. */
  readonly printed?: PrintResult | undefined;
  readonly warnings: readonly string[];
}

export interface BuildOptions {
  /** Keep every statement's plan in the result; a large build otherwise lets each go. */
  readonly keepPlans?: boolean;
  /** Prints each statement's PDFs once its pages are in place (the configuration asks for PDFs). */
  readonly printer?: Printer | undefined;
  /** Stops the build between statements (Ctrl-C): the output folder is then left as it was. */
  readonly signal?: AbortSignal | undefined;
  /** Told when another build holds the output folder, before waiting for it. */
  readonly onWait?: ((holder: LockHolder) => void) | undefined;
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
  if (!existsSync(path.join(config.outDir, recordPath))) startMarp(sources.length);
  const folder = await openOutputFolder(config, { signal: options.signal, onWait: options.onWait });
  try {
    const inputs = await sharedInputs(config);
    const work = sortOutWork(sources, folder, inputs, config);
    const unchanged = work.unchanged.map((entry) => entry.slug);
    if (work.upToDate) return { statements: [], plans: [], unchanged, written: 0, warnings: [] };
    startMarp(work.changed.length);
    const pipeline = await import('./pipeline.js');
    const change = await folder.begin(pipeline.outputNames);
    try {
      const rendered = await pipeline.renderStatements(work.changed, config, (_slug, files) => change.put(files), {
        keepPlans: options.keepPlans ?? config.pdf,
        signal: options.signal,
      });
      // Keyed by the text each was rendered from, which a save during the build may have made newer than the digest above.
      const built = rendered.statements.map(({ entry, file, digest }) => ({ ...entry, key: statementKey(inputs, { file, digest }) }));
      const record = recordOf([...work.unchanged, ...built], inputs);
      const site = pipeline.renderSite(Object.values(record.statements), pipeline.themesInUse(Object.values(record.statements), rendered.themes, config), rendered.context);
      await change.put(site);
      const { written, kept } = await change.commit({ ...record, site: site.map((file) => file.path) });
      const warnings = [...rendered.warnings, ...kept.map((folder) => keptWarning(folder, config))];
      const result = { statements: rendered.statements, plans: rendered.plans, unchanged, written, warnings };
      if (!options.printer) return result;
      const printed = await print(folder, options.printer, rendered, config, options.signal);
      return { ...result, printed, written: written + printed.pdfs.length };
    } catch (error) {
      await change.discard();
      throw error;
    }
  } finally {
    await folder.close();
  }
}

type Rendered = Awaited<ReturnType<typeof import('./pipeline.js').renderStatements>>;

/**
 * Prints the statements just written, then records their PDFs and links them from the index, in one more change: a
 * print that fails or is stopped leaves the pages built and no PDF listed.
 */
async function print(folder: OutputFolder, printer: Printer, rendered: Rendered, config: ResolvedConfig, signal: AbortSignal | undefined): Promise<PrintResult> {
  const pipeline = await import('./pipeline.js');
  // What building left behind need not add to printing's peak.
  (await import('./memory.js')).collectGarbage();
  const change = await folder.begin(pipeline.outputNames);
  try {
    const printed = await untilAborted(printer.print(rendered.plans, config, (files) => change.put(files)), signal);
    const pdfs = new Map<string, string[]>();
    for (const pdf of printed.pdfs) {
      const [slug, name] = pdf.path.split('/') as [string, string];
      pdfs.set(slug, [...(pdfs.get(slug) ?? []), name]);
    }
    const before = folder.record;
    const entries = Object.values(before.statements).map((entry) => ({ ...entry, files: [...entry.files, ...(pdfs.get(entry.slug) ?? [])] }));
    const index = pipeline.renderIndexOf(entries, rendered.context);
    await change.put([index]);
    await change.commit({ ...recordOf(entries, before.inputs), site: before.site });
    return printed;
  } catch (error) {
    await change.discard();
    throw error;
  }
}

/** A removed statement's folder that still holds a user's files. */
function keptWarning({ folder, files }: { folder: string; files: readonly string[] }, config: ResolvedConfig): string {
  const listed = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `${displayPath(config, config.outDir)}/${folder}/ is kept: it holds ${listed}, which Lectern did not write`;
}

/** The promise's outcome, or the signal's reason as soon as it is aborted. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function recordOf(entries: readonly StatementRecord[], inputs: string | undefined): OutputRecord {
  return { inputs, site: [], statements: Object.fromEntries(entries.map((entry) => [entry.slug, entry])) };
}

export interface BuildInMemory {
  /** Every statement's plan. */
  readonly plans: readonly PlannedStatement[];
  /** Every file the build would write: each statement's, by slug, and the index and shared assets. */
  readonly output: { readonly statements: ReadonlyMap<string, readonly OutputFile[]>; readonly site: readonly OutputFile[] };
  readonly warnings: readonly string[];
}

/** A build of every configured statement, held in memory and not written: what `build` would write from scratch. */
export async function buildInMemory(config: ResolvedConfig): Promise<BuildInMemory> {
  const sources = await loadSources(config);
  const pipeline = await import('./pipeline.js');
  const files = new Map<string, readonly OutputFile[]>();
  const rendered = await pipeline.renderStatements(sources, config, (slug, output) => void files.set(slug, output), { keepPlans: true });
  const entries = rendered.statements.map(({ entry }) => entry);
  const site = pipeline.renderSite(entries, pipeline.themesInUse(entries, rendered.themes, config), rendered.context);
  return { plans: rendered.plans, output: { statements: files, site }, warnings: rendered.warnings };
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
  /**
   * Statements kept as they are, as the index lists them: unchanged ones, and the others whose content file still
   * exists (built earlier by naming a file outside content/, or left out of a build of named files).
   */
  readonly unchanged: readonly StatementRecord[];
  /** Nothing to build, nothing to remove, and the shared files as they were: the build can stop here. */
  readonly upToDate: boolean;
}

/**
 * Compares each source's inputs with what the last build recorded, to build only what changed. A statement is up to
 * date when its key is the same and every file recorded for it is still there. A statement whose content file is gone
 * leaves the output folder.
 */
function sortOutWork(sources: readonly ContentFile[], folder: OutputFolder, inputs: string, config: ResolvedConfig): Work {
  const previous = folder.record;
  const changed: ContentFile[] = [];
  const unchanged: StatementRecord[] = [];
  const slugs = sources.map((source) => slugOf(source.file));
  const present = new Set(slugs);
  const filesThere = (entry: StatementRecord) => entry.files.every((name) => existsSync(path.join(folder.dir, entry.slug, name)));
  sources.forEach((source, index) => {
    const slug = slugs[index]!;
    const last = previous.statements[slug];
    // Two files with one folder are always parsed, so that the mistake is reported.
    const shared = slugs.indexOf(slug) !== slugs.lastIndexOf(slug);
    const current = !config.pdf && !shared && last?.key === statementKey(inputs, source) && last.file === source.file && filesThere(last);
    if (current) unchanged.push(last);
    else changed.push(source);
  });
  const others = Object.values(previous.statements).filter((entry) => !present.has(entry.slug));
  const kept = others.filter((entry) => config.files.length > 0 || existsSync(path.resolve(config.root, entry.file)));
  const upToDate =
    changed.length === 0 &&
    kept.length === others.length &&
    previous.inputs === inputs &&
    previous.site.every((file) => existsSync(path.join(folder.dir, file))) &&
    previous.site.includes('index.html');
  return { changed, unchanged: [...unchanged, ...kept], upToDate };
}
