// A build that stays open between edits, for watch mode. It keeps the templates, the themes and the Marp instance,
// and on each change rebuilds only what the change affects:
//   a content file → that statement (and the index);  a theme's file → the statements using that theme;
//   anything in templates/ → every statement.
// A statement with a mistake keeps its last good output in dist/; the others are built and written as usual.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedInputs, statementKey } from './cache/inputs.js';
import { duplicateSlugErrors, slugOf } from './content/slug.js';
import { indexEntry, planStatement, renderSite, renderStatement } from './pipeline.js';
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
import { writeOutput } from './write/dist.js';
import { manifestPath, readManifest, type ManifestEntry } from './write/manifest.js';

/** What a changed file is to a build. */
export type SourceKind = { readonly kind: 'content' } | { readonly kind: 'templates' } | { readonly kind: 'theme'; readonly name: string };

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
  const dirty = new Map<string, 'saved' | 'always'>();
  /** Statements whose folder is to be deleted at the next write, with the pages they had. */
  const gone = new Map<string, string[]>();
  /** What the index lists: the last good build of each statement. */
  const entries = new Map<string, ManifestEntry>();
  /** Each output file as this session last wrote it, to tell what changed. */
  const written = new Map<string, string>();
  const themes = new Map<string, ResolvedTheme>();
  let context: RenderContext | undefined;
  let templatesError: LecternError | undefined;
  let started = false;
  let running = false;
  /** Digest of the templates, themes and options, as `lectern build` records it: computed again after they change. */
  let inputs: string | undefined;

  /** The first build covers every content file, and forgets statements an earlier run built whose file is gone. */
  async function start(): Promise<void> {
    // A session renders its decks in this thread (see marp-engine.ts): chosen before any render asks for an engine.
    marpEngine(config, 'watch');
    for (const file of await findContentFiles(config)) dirty.set(file, 'always');
    const present = new Set([...dirty.keys()].map((file) => slugOf(displayPath(config, file))));
    for (const entry of Object.values((await readManifest(config.outDir)).statements)) {
      if (present.has(entry.slug)) entries.set(entry.slug, entry);
      else gone.set(entry.slug, pagesOf(entry));
    }
  }

  async function noteChanges(changedFiles: readonly string[]): Promise<void> {
    let templatesChanged = !started;
    for (const file of changedFiles) {
      const source = classifySource(config, file);
      if (source?.kind === 'content') dirty.set(file, dirty.get(file) ?? 'saved');
      else if (source?.kind === 'templates') templatesChanged = true;
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
      if (![...files.values()].some((state) => state.slug === slug)) {
        gone.set(slug, pagesOf(entries.get(slug)));
        entries.delete(slug);
      }
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
      if (dirty.get(file) === 'saved' && source.source === state.source && state.errors.length === 0) return 'unchanged';
      state.source = source.source;
      state.statement = parseStatement(source.source, source.file, { theme: config.theme });
      const planned = await planStatement(state.statement, themeFor(state.statement, warnings), config);
      const output = await renderStatement(planned, context);
      state.errors = [];
      return { entry: { ...indexEntry(planned, config), key: statementKey(inputs!, source) }, output };
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
      try {
        if (!started) await start();
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

        const changed: string[] = [];
        const statements = new Map<string, OutputFile[]>();
        for (const { entry, output } of built.values()) {
          entries.set(entry.slug, entry);
          const paths = changedInStatement(entry.slug, output);
          if (paths.length > 0) statements.set(entry.slug, output);
          changed.push(...paths);
        }
        const site = renderSite([...entries.values()], themesInUse(), context, inputs).filter((file) => written.get(file.path) !== fingerprint(file));
        // The manifest is Lectern's own record, not a page: rewriting it changes nothing a reader sees.
        changed.push(...site.map((file) => file.path).filter((file) => file !== manifestPath));
        const removed = [...gone.keys()];
        for (const [slug, pages] of gone) changed.push(...new Set([...forgetWritten(slug), ...pages]));

        try {
          await writeOutput(config.outDir, { statements, site, remove: removed });
        } catch (error) {
          for (const file of built.keys()) dirty.set(file, 'always'); // the next rebuild writes them again
          throw error;
        }
        for (const file of built.keys()) dirty.delete(file);
        gone.clear();
        for (const [slug, output] of statements) {
          forgetWritten(slug);
          for (const file of output) written.set(file.path, fingerprint(file));
        }
        for (const file of site) written.set(file.path, fingerprint(file));
        return result({ built: [...statements.keys()], removed, changed, warnings });
      } finally {
        running = false;
      }
    },
  };

  function themesInUse(): ResolvedTheme[] {
    const names = new Set([...entries.values()].map((entry) => entry.theme));
    return [...themes.values()].filter((theme) => names.has(theme.name));
  }

  /** The statement's files that differ from what was written, and those it no longer has. */
  function changedInStatement(slug: string, output: readonly OutputFile[]): string[] {
    const paths = output.filter((file) => written.get(file.path) !== fingerprint(file)).map((file) => file.path);
    const now = new Set(output.map((file) => file.path));
    for (const old of written.keys()) if (old.startsWith(`${slug}/`) && !now.has(old)) paths.push(old);
    return paths;
  }

  function forgetWritten(slug: string): string[] {
    const forgotten = [...written.keys()].filter((file) => file.startsWith(`${slug}/`));
    for (const file of forgotten) written.delete(file);
    return forgotten;
  }

  function result(parts: Pick<RebuildResult, 'built' | 'removed' | 'changed'> & { warnings?: string[] }): RebuildResult {
    const errors = [
      ...(templatesError ? [templatesError] : []),
      ...[...files.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, state]) => state.errors),
    ];
    return { ...parts, errors, warnings: parts.warnings ?? [], statements: [...entries.values()] };
  }
}

function pagesOf(entry: IndexEntry | undefined): string[] {
  return entry?.outputs.map((output) => output.href) ?? [];
}

interface BuiltStatement {
  readonly entry: ManifestEntry;
  readonly output: OutputFile[];
}

/** A text file by its contents; a copied file by its source's path, size and time, which is all a copy depends on. */
function fingerprint(file: OutputFile): string {
  if ('copyFrom' in file) {
    const stats = statSync(file.copyFrom);
    return `copy ${file.copyFrom} ${stats.size} ${stats.mtimeMs}`;
  }
  return typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('base64');
}

/** A user's mistake, as a list of errors; anything else is a bug and goes on up. */
function userErrors(error: unknown): readonly LecternError[] {
  if (!isLecternError(error)) throw error;
  return splitErrors(error);
}
