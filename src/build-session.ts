// A build that stays open between edits, for watch mode. It keeps the templates, the themes and the Marp instance,
// and on each change rebuilds only what the change affects:
//   a content file → that statement (and the index);  a theme's file → the statements using that theme;
//   anything in templates/ → every statement.
// A statement with a mistake keeps its last good output in dist/; the others are built and written as usual.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedInputs, statementKey } from './cache/inputs.js';
import { duplicateSlugErrors, slugOf } from './content/slug.js';
import { indexEntryOf, outputNames, planStatement, recordEntry, renderSite, renderStatement } from './pipeline.js';
import { cacheDir } from './cache/dir.js';
import type { ResolvedConfig } from './config.js';
import { findContentFiles, isContentFileName, readContentFile } from './content/load.js';
import { parseStatement } from './content/parse.js';
import type { Statement } from './content/statement.js';
import { displayPath } from './config.js';
import { isLecternError, splitErrors, type LecternError } from './errors.js';
import { marpEngine } from './render/marp-engine.js';
import type { OutputFile } from './render/output.js';
import type { IndexEntry } from './render/site.js';
import { statementTargets, type RenderContext } from './render/targets.js';
import { loadTemplates } from './render/templates.js';
import { loadTheme, type ResolvedTheme } from './themes/load.js';
import { openOutputFolder, type OutputFolder } from './write/folder.js';
import type { OutputRecord, StatementRecord } from './write/record.js';

/** What a changed file is to a build; `all` is a watched folder made again, whose every file may be new. */
export type SourceKind =
  | { readonly kind: 'content' }
  | { readonly kind: 'templates' }
  | { readonly kind: 'theme'; readonly name: string }
  | { readonly kind: 'all' };

export interface RebuildResult {
  /** Statements rendered and written, by slug. */
  readonly built: readonly string[];
  /** Statements whose folder was deleted, by slug. */
  readonly removed: readonly string[];
  /** Output files whose bytes changed or that were deleted: paths relative to the output folder, `/`-separated. */
  readonly changed: readonly string[];
  /** Every mistake in the sources as they are now; empty when everything builds. */
  readonly errors: readonly LecternError[];
  /** Warnings about themes loaded by this rebuild (contrast). */
  readonly warnings: readonly string[];
  /** The statements the index lists now. */
  readonly statements: readonly IndexEntry[];
}

export interface BuildSession {
  /**
   * The first call builds every statement; later calls rebuild what the changed files (absolute paths) affect.
   * A user's mistake never throws: it comes back in `errors`, and the output it would have changed stays as it was.
   * Calls must not overlap: watch mode runs them through a queue.
   */
  rebuild(changedFiles?: readonly string[]): Promise<RebuildResult>;
}

/** Where a changed file belongs: a content file, the templates, a theme, or nothing a build reads. */
export function classifySource(config: Pick<ResolvedConfig, 'contentDir' | 'templatesDir' | 'themeDirs'>, file: string): SourceKind | undefined {
  if (file === config.contentDir || file === config.templatesDir || config.themeDirs.includes(file)) return { kind: 'all' };
  const inside = (dir: string) => {
    const relative = path.relative(dir, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : undefined;
  };
  const content = inside(config.contentDir);
  if (content !== undefined) return isContentFile(content) ? { kind: 'content' } : undefined;
  if (inside(config.templatesDir) !== undefined) return { kind: 'templates' };
  for (const dir of config.themeDirs) {
    const [name, ...rest] = inside(dir)?.split(path.sep) ?? [];
    if (name && rest.length > 0) return { kind: 'theme', name };
  }
  return undefined;
}

/** The same rule `findContentFiles` applies: `*.md`, not hidden, not starting with `_`. */
function isContentFile(relative: string): boolean {
  return !relative.includes(path.sep) && isContentFileName(relative);
}

/** One content file as the session last saw it. */
interface ContentState {
  readonly slug: string;
  /** The text last read from it, to tell a save that changed nothing. */
  source?: string;
  /** The last statement parsed from it, even if it then failed to render: its theme says what a theme edit affects. */
  statement?: Statement;
  errors: readonly LecternError[];
}

export function createBuildSession(config: ResolvedConfig): BuildSession {
  const files = new Map<string, ContentState>();
  /**
   * Content files still to build: `saved` ones are built if their text changed; the others (first build, a template
   * or theme edit, a file whose last build failed) are built again whatever their text.
   */
  const dirty = new Map<string, 'start' | 'saved' | 'always'>();
  /** Statements whose folder is to be removed at the next write. */
  const gone = new Set<string>();
  /** What the index lists: the last good build of each statement, as the output folder's record has it. */
  const entries = new Map<string, StatementRecord>();
  const themes = new Map<string, ResolvedTheme>();
  let context: RenderContext | undefined;
  let templatesError: LecternError | undefined;
  let started = false;
  let running = false;
  /** Digest of the templates, themes and options, as `lectern build` records it: computed again after they change. */
  let inputs: string | undefined;

  /**
   * The first build covers every content file whose output is not up to date (so the PDFs of the others stay), and
   * forgets statements an earlier run built whose content file is gone.
   */
  async function start(record: OutputRecord): Promise<void> {
    // A session renders its decks in this thread (see marp-engine.ts): chosen before any render asks for an engine.
    marpEngine(config, 'watch');
    for (const file of await findContentFiles(config)) dirty.set(file, 'start');
    for (const entry of Object.values(record.statements)) {
      if (!existsSync(path.resolve(config.root, entry.file))) gone.add(entry.slug);
    }
  }

  /** What the output folder's record says now: another lectern (a `lectern pdf`) may have written since. */
  function readEntries(folder: OutputFolder): void {
    entries.clear();
    for (const entry of Object.values(folder.record.statements)) entries.set(entry.slug, entry);
  }

  async function noteChanges(changedFiles: readonly string[]): Promise<void> {
    let templatesChanged = !started;
    for (const file of changedFiles) {
      const source = classifySource(config, file);
      if (source?.kind === 'content') dirty.set(file, dirty.get(file) ?? 'saved');
      else if (source?.kind === 'templates') templatesChanged = true;
      else if (source?.kind === 'all') {
        templatesChanged = true;
        inputs = undefined;
        themes.clear();
        for (const content of await findContentFiles(config).catch(() => [])) dirty.set(content, dirty.get(content) ?? 'saved');
      }
      else if (source?.kind === 'theme') {
        inputs = undefined;
        themes.delete(source.name);
        for (const [content, state] of files) if (state.statement?.theme === source.name) dirty.set(content, 'always');
      }
    }
    if (templatesChanged) {
      inputs = undefined;
      try {
        context = { config, templates: await loadTemplates(config.templatesDir, config.root, cacheDir(config, 'templates')) };
        templatesError = undefined;
        for (const file of files.keys()) dirty.set(file, 'always');
      } catch (error) {
        templatesError = userErrors(error)[0];
      }
    }
  }

  /** Content files that no longer exist leave the index and the output folder; new ones are tracked. */
  function noteRemovedAndAdded(): void {
    for (const file of dirty.keys()) {
      if (existsSync(file)) {
        if (!files.has(file)) files.set(file, { slug: slugOf(displayPath(config, file)), errors: [] });
        continue;
      }
      dirty.delete(file);
      const slug = files.get(file)?.slug ?? slugOf(displayPath(config, file));
      files.delete(file);
      if (![...files.values()].some((state) => state.slug === slug)) gone.add(slug);
    }
  }

  function themeFor(statement: Statement, warnings: string[]): ResolvedTheme {
    let theme = themes.get(statement.theme);
    if (!theme) {
      theme = loadTheme(statement.theme, config, statement.themeAt);
      themes.set(statement.theme, theme);
      warnings.push(...theme.warnings);
    }
    return theme;
  }

  /** Builds one content file in memory; a mistake is kept in the file's state instead. */
  async function buildFile(file: string, context: RenderContext, warnings: string[]): Promise<BuiltStatement | 'unchanged' | undefined> {
    const state = files.get(file)!;
    try {
      const source = await readContentFile(config, file);
      const mode = dirty.get(file);
      if (mode === 'saved' && source.source === state.source && state.errors.length === 0) return 'unchanged';
      const last = entries.get(state.slug);
      const upToDate =
        last?.key === statementKey(inputs!, source) && last.file === source.file && last.files.every((name) => existsSync(path.join(config.outDir, last.slug, name)));
      if (mode === 'start' && upToDate) {
        state.source = source.source;
        state.statement = parseStatement(source.source, source.file, { theme: config.theme });
        return 'unchanged';
      }
      state.source = source.source;
      state.statement = parseStatement(source.source, source.file, { theme: config.theme });
      const planned = await planStatement(state.statement, themeFor(state.statement, warnings), config);
      const output = await renderStatement(planned, context);
      state.errors = [];
      return { entry: { ...recordEntry(planned), key: statementKey(inputs!, source) }, output };
    } catch (error) {
      state.errors = userErrors(error);
      return undefined;
    }
  }

  /** A second file that makes the same folder as another is a mistake: it is not written. */
  function rejectDuplicateSlugs(built: Map<string, BuiltStatement>): void {
    const parsed = [...files.entries()].filter(([, state]) => state.statement).sort(([a], [b]) => a.localeCompare(b));
    for (const error of duplicateSlugErrors(parsed.map(([, state]) => state.statement!))) {
      const [file, state] = parsed.find(([, state]) => state.statement!.file === error.at?.file)!;
      state.errors = [...state.errors, error];
      built.delete(file);
    }
  }

  return {
    async rebuild(changedFiles = []) {
      if (running) throw new Error('BuildSession.rebuild() called while a rebuild is running');
      running = true;
      let folder: OutputFolder | undefined;
      try {
        folder = await openOutputFolder(config, {});
        readEntries(folder);
        if (!started) await start(folder.record);
        await noteChanges(changedFiles);
        started = true;
        if (!context || templatesError) return result({ built: [], removed: [], changed: [] });
        noteRemovedAndAdded();

        const warnings: string[] = [];
        const built = new Map<string, BuiltStatement>();
        inputs ??= await sharedInputs(config);
        for (const file of [...dirty.keys()].sort()) {
          const statement = await buildFile(file, context, warnings);
          if (statement === 'unchanged') dirty.delete(file);
          else if (statement) built.set(file, statement);
          else dirty.set(file, 'always');
        }
        rejectDuplicateSlugs(built);

        for (const slug of gone) entries.delete(slug);
        for (const { entry } of built.values()) entries.set(entry.slug, entry);
        const site = renderSite([...entries.values()], themesInUse(), context);
        const change = await folder.begin(outputNames);
        let commit;
        try {
          for (const { output } of built.values()) await change.put(output);
          await change.put(site);
          commit = await change.commit({ inputs, site: site.map((file) => file.path), statements: Object.fromEntries(entries) });
        } catch (error) {
          await change.discard();
          for (const file of built.keys()) dirty.set(file, 'always'); // the next rebuild writes them again
          throw error;
        }
        for (const file of built.keys()) dirty.delete(file);
        const removed = [...gone];
        gone.clear();
        const rebuilt = [...built.values()].map(({ entry }) => entry.slug).filter((slug) => commit.changed.some((file) => file.startsWith(`${slug}/`)));
        return result({ built: rebuilt, removed, changed: [...commit.changed], warnings });
      } finally {
        running = false;
        await folder?.close();
      }
    },
  };

  function themesInUse(): ResolvedTheme[] {
    const names = new Set([...entries.values()].map((entry) => entry.theme));
    return [...themes.values()].filter((theme) => names.has(theme.name));
  }





  function result(parts: Pick<RebuildResult, 'built' | 'removed' | 'changed'> & { warnings?: string[] }): RebuildResult {
    const errors = [
      ...(templatesError ? [templatesError] : []),
      ...[...files.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, state]) => state.errors),
    ];
    return { ...parts, errors, warnings: parts.warnings ?? [], statements: [...entries.values()].map(indexEntryOf) };
  }
}


interface BuiltStatement {
  readonly entry: StatementRecord;
  readonly output: OutputFile[];
}


/** A user's mistake, as a list of errors; anything else is a bug and goes on up. */
function userErrors(error: unknown): readonly LecternError[] {
  if (!isLecternError(error)) throw error;
  return splitErrors(error);
}
