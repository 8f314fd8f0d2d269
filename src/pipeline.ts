// The middle of a build: parse and validate, plan and fit, render. Loaded only when there is something to build,
// so a build with nothing to do never loads the parsers, the templates or Marp.
import path from 'node:path';
import { cacheDir } from './cache/dir.js';
import type { ResolvedConfig } from './config.js';
import { readContentFile, type ContentFile } from './content/load.js';
import { parseStatement } from './content/parse.js';
import { duplicateSlugErrors, slugOf } from './content/slug.js';
import type { Statement } from './content/statement.js';
import { isLecternError, LecternError, splitErrors, throwIfAny } from './errors.js';
import { heapGuard } from './memory.js';
import { fitStatement, fontCacheDir } from './fit/index.js';
import { planBriefing } from './plan/briefing.js';
import { planDeck } from './plan/deck.js';
import { printDocuments } from './print/documents.js';
import type { OutputFile } from './render/output.js';
import { assetFiles, renderIndex, type IndexEntry } from './render/site.js';
import { statementTargets, type PlannedStatement, type RenderContext } from './render/targets.js';
import { loadTemplates } from './render/templates.js';
import { loadTheme, type ResolvedTheme } from './themes/load.js';
import type { StatementRecord } from './write/record.js';

/** Where each statement's files go as soon as they are rendered: a staging folder, or memory. */
export type StatementSink = (slug: string, files: readonly OutputFile[]) => Promise<void> | void;

/** What a build says of a statement it rendered. */
export interface StatementSummary {
  readonly slug: string;
  readonly file: string;
  /** The digest of the text it was rendered from. */
  readonly digest: string;
  readonly slides: number;
  /** What the output folder's record says of it. */
  readonly entry: StatementRecord;
}

export interface RenderedStatements {
  readonly statements: readonly StatementSummary[];
  /** The statements' plans, when asked for (printing reads them); otherwise each is let go once it is rendered. */
  readonly plans: readonly PlannedStatement[];
  readonly context: RenderContext;
  readonly themes: ReadonlyMap<string, ResolvedTheme>;
  readonly warnings: readonly string[];
}

/**
 * Parses, validates, plans, fits and renders each statement into `sink`, one after another, so that only a few
 * statements are in memory at once. Every file's mistakes are collected, so the author sees them all; once there is
 * one, the rest are still checked but no longer rendered, and the call throws at the end: the caller then discards
 * what the sink received.
 */
export async function renderStatements(
  sources: readonly ContentFile[],
  config: ResolvedConfig,
  sink: StatementSink,
  options: { keepPlans: boolean; signal?: AbortSignal | undefined },
): Promise<RenderedStatements> {
  const errors: LecternError[] = [...duplicateSlugErrors(sources.map((source) => ({ file: source.file, slug: slugOf(source.file) })))];
  const context: RenderContext = { config, templates: await loadTemplates(config.templatesDir, config.root, cacheDir(config, 'templates')) };
  for (const target of statementTargets) target.prepare?.(context, sources.length);
  const themes = themeLoader(config);
  const heap = heapGuard();
  const statements: StatementSummary[] = [];
  const plans: PlannedStatement[] = [];
  // A few statements render at once, so this thread plans and renders the next while another thread renders a deck.
  const rendering = new Set<Promise<void>>();
  let bug: { error: unknown } | undefined;
  for (const content of sources) {
    if (options.signal?.aborted) break;
    try {
      // Read here, not before: only the statements in flight are held in memory.
      const source = await readContentFile(config, content.path);
      const statement = parseStatement(source.source, source.file, { theme: config.theme });
      const theme = themes.load(statement);
      if (!theme) continue;
      const plan = await planStatement(statement, theme, config);
      const { slug, file } = statement;
      statements.push({ slug, file, digest: source.digest, slides: plan.deck.slides.length, entry: recordEntry(plan) });
      if (options.keepPlans) plans.push(plan);
      // Once any statement has a mistake nothing will be written: check the rest only to report their mistakes too.
      if (errors.length > 0) continue;
      // Settles without rejecting: a mistake is collected, a bug kept to be thrown once nothing is left running.
      const render = renderStatement(plan, context)
        .then((files) => sink(statement.slug, files))
        .catch((error: unknown) => (isLecternError(error) ? errors.push(...splitErrors(error)) : (bug ??= { error })))
        .then(() => void rendering.delete(render));
      rendering.add(render);
      if (rendering.size >= renderAhead) await Promise.race(rendering);
    } catch (error) {
      if (!isLecternError(error)) {
        bug ??= { error };
        break;
      }
      errors.push(...splitErrors(error));
    }
    heap.check();
  }
  await Promise.all(rendering);
  if (bug) throw bug.error;
  options.signal?.throwIfAborted();
  throwIfAny(errors);
  return { statements, plans, context, themes: themes.loaded, warnings: themeWarnings(themes.loaded) };
}

/** How many statements may be rendering at once: enough to keep the Marp thread busy, few enough to bound memory. */
const renderAhead = 4;

/** Every output of one statement, in memory. */
export async function renderStatement(planned: PlannedStatement, context: RenderContext): Promise<OutputFile[]> {
  // All at once: a target that waits for another thread (Marp) does so while this one renders the others.
  const outputs = await Promise.all(statementTargets.map((target) => target.render(planned, context)));
  return outputs.flat();
}


/**
 * Themes, loaded the first time a statement asks for one. A theme with a mistake is reported once, at the first
 * statement that asks for it.
 */
function themeLoader(config: ResolvedConfig): {
  /** The statement's theme; undefined if loading it failed for an earlier statement (and was reported then). */
  load(statement: Statement): ResolvedTheme | undefined;
  readonly loaded: ReadonlyMap<string, ResolvedTheme>;
} {
  const loaded = new Map<string, ResolvedTheme>();
  const failed = new Set<string>();
  return {
    loaded,
    load(statement) {
      const known = loaded.get(statement.theme);
      if (known) return known;
      if (failed.has(statement.theme)) return undefined;
      try {
        const theme = loadTheme(statement.theme, config, statement.themeAt);
        loaded.set(statement.theme, theme);
        return theme;
      } catch (error) {
        failed.add(statement.theme);
        throw error;
      }
    },
  };
}

function themeWarnings(themes: ReadonlyMap<string, ResolvedTheme>): string[] {
  return [...new Set([...themes.values()].flatMap((theme) => theme.warnings))];
}

/** Plans a statement's deck and briefing, then fits them to the slide and the page. */
export async function planStatement(statement: Statement, theme: ResolvedTheme, config: ResolvedConfig): Promise<PlannedStatement> {
  const pace = { wordsPerMinute: config.wordsPerMinute };
  const plan = { statement, deck: planDeck(statement, pace), briefing: planBriefing(statement, pace) };
  const { deck, briefing } = await fitStatement(plan, theme, { cacheDir: fontCacheDir(config) });
  return { statement, deck, briefing, theme };
}

/** What the output folder holds besides the statements' own folders: the index and the shared assets. */
export function renderSite(entries: readonly StatementRecord[], themes: readonly ResolvedTheme[], context: RenderContext): OutputFile[] {
  return [renderIndexOf(entries, context), ...assetFiles(themes, context.config.templatesDir, context.config.packageRoot)];
}

export function renderIndexOf(entries: readonly StatementRecord[], context: RenderContext): OutputFile {
  return renderIndex(entries.map(indexEntryOf), context.templates);
}

/** Every file a statement's folder may hold that Lectern writes, in the order the index links them, with its label. */
const outputFiles: readonly { readonly file: string; readonly label: string }[] = [
  ...statementTargets.flatMap((target) => target.files),
  ...printDocuments.map(({ file, label }) => ({ file, label })),
];

/** The file names Lectern writes in a statement's folder: the only ones it ever removes from there. */
export const outputNames: ReadonlySet<string> = new Set(outputFiles.map(({ file }) => file));

/** How the index lists a statement: what it is, and a link to each output it has. */
export function indexEntryOf(entry: StatementRecord): IndexEntry {
  const files = new Set(entry.files);
  const outputs = outputFiles.filter(({ file }) => files.has(file)).map(({ file, label }) => ({ label, href: `${entry.slug}/${file}` }));
  return { slug: entry.slug, file: entry.file, theme: entry.theme, meta: entry.meta, outputs };
}

/** The themes the listed statements use: those this build loaded, and the others loaded now for their assets. */
export function themesInUse(entries: readonly StatementRecord[], loaded: ReadonlyMap<string, ResolvedTheme>, config: ResolvedConfig): ResolvedTheme[] {
  const names = [...new Set(entries.map((entry) => entry.theme))].sort();
  return names.map((name) => loaded.get(name) ?? loadTheme(name, config, { file: entries.find((entry) => entry.theme === name)!.file }));
}

/**
 * What the output folder's record says of a statement just rendered into `files`. A copy: the strings it keeps for the
 * rest of the build would otherwise keep the statement's whole text alive (V8 keeps the string a slice was taken
 * from), some 20 KiB per statement of a large build.
 */
export function recordEntry({ statement, deck }: PlannedStatement): StatementRecord {
  const { meta } = deck;
  return structuredClone({
    slug: statement.slug,
    file: statement.file,
    theme: statement.theme,
    meta: {
      title: meta.title,
      event: meta.event,
      organization: meta.organization,
      speaker: meta.speaker,
      date: meta.date,
      dateText: meta.dateText,
      lang: meta.lang,
      dir: meta.dir,
    },
    files: statementTargets.flatMap((target) => target.files.map(({ file }) => file)),
  });
}

