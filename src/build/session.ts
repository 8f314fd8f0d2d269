// A build that stays open between edits, for watch mode. It keeps the templates, the themes and the Marp engine, and
// on each change compiles again only what the change may affect, then leaves alone every statement the output
// folder's record says is up to date, exactly as `lectern build` would:
//   a content file → that statement;  a theme's file → the statements using that theme;  templates/, or the
//   --pptx-template file → every statement.
// A statement with a mistake keeps its last good output in dist/; the others are built and written as usual. An
// edit writes its pages first, then the Marp deck and the Office files (pages-first.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../config.js';
import { byName, findContentFiles, fingerprintContentFile } from '../content/load.js';
import { duplicateSlugErrors, slugOf } from '../content/slug.js';
import { isLecternError, splitErrors, type LecternError } from '../errors.js';
import type { MarpEngine } from '../render/marp/engine.js';
import type { OutputFile, RenderContext } from '../render/output.js';
import { outputNames, outputs } from '../render/outputs.js';
import type { IndexEntry } from '../render/site.js';
import { openOutputFolder, type OutputFolder } from '../write/folder.js';
import type { StatementRecord } from '../write/record.js';
import { renderContext } from './context.js';
import { buildInputs, statementKey, type BuildInputs } from './keys.js';
import { eachStatement } from './loop.js';
import { marpEngineFor } from './marp.js';
import { indexEntryOf, recordEntry, renderIndexOf, siteAssets, themesInUse } from './site.js';
import { isUpToDate } from './sources.js';
import { pageOutputs, pagesFirstLimit, pagesOnlyEntry, renderOutputs, slowOutputs } from './pages-first.js';
import { classifySource } from './source-kind.js';
import { compileStatement, type CompiledStatement } from './statement.js';
import { themeCache } from './themes.js';

export interface RebuildResult {
  /** Statements whose files changed, by slug. */
  readonly built: readonly string[];
  /** Statements whose files were removed, by slug. */
  readonly removed: readonly string[];
  /** Output files whose bytes changed or that were removed: paths relative to the output folder, `/`-separated. */
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
   * The first call builds every statement that is not up to date; later calls rebuild what the changed files
   * (absolute paths) affect. A user's mistake never throws: it comes back in `errors`, and the output it would have
   * changed stays as it was. Calls must not overlap: watch mode runs them through a queue.
   *
   * An edit writes its statements' pages before their slower outputs (pages-first.ts): `onPages` is then told the
   * files that changed with the pages (which the result's `changed` lists again with the rest) and the mistakes then.
   */
  rebuild(changedFiles?: readonly string[], onPages?: (pages: Pick<RebuildResult, 'changed' | 'errors'>) => void): Promise<RebuildResult>;
}

export function createBuildSession(config: ResolvedConfig): BuildSession {
  /** Every content file the session knows of, with its theme (once parsed) and its mistakes. */
  const files = new Map<string, { theme?: string | undefined; errors: readonly LecternError[] }>();
  /** Content files to look at again: new, saved, or affected by a template or theme edit. */
  const dirty = new Set<string>();
  const themes = themeCache(config);
  const marp: MarpEngine = marpEngineFor(config, 'watch');
  let context: RenderContext | undefined;
  let templatesError: LecternError | undefined;
  let inputs: BuildInputs | undefined;
  let started = false;
  let running = false;
  /**
   * The shared assets of the last rebuild, by the site's inputs and the themes in use, and whether they are in the
   * output folder: an edit to a statement changes neither, so a rebuild then writes the index alone.
   */
  let assets: { key: string; files: readonly OutputFile[]; inPlace: boolean } | undefined;

  /** The first rebuild covers every content file (and the record then says which are up to date). */
  async function noteChanges(changedFiles: readonly string[]): Promise<void> {
    let templatesChanged = !started;
    let everything = !started;
    for (const file of changedFiles) {
      const source = classifySource(config, file);
      if (source?.kind === 'content') dirty.add(file);
      // Every statement is looked at again; the record's keys (which hold a logo's bytes) leave the others unbuilt.
      else if (source?.kind === 'asset') for (const content of files.keys()) dirty.add(content);
      else if (source?.kind === 'templates') templatesChanged = true;
      // Every deck.pptx is made on it, and the keys hold its bytes: every statement is built again.
      else if (source?.kind === 'pptx') {
        inputs = undefined;
        for (const content of files.keys()) dirty.add(content);
      } else if (source?.kind === 'theme') {
        inputs = undefined;
        themes.forget(source.name);
        for (const [content, state] of files) if (state.theme === source.name || state.theme === undefined) dirty.add(content);
      } else if (source?.kind === 'all') {
        templatesChanged = true;
        everything = true;
        for (const name of themes.loaded.keys()) themes.forget(name);
      }
    }
    // The first time, a missing content folder is the user's mistake; later, one deleted while watching holds nothing.
    if (everything) for (const file of await findContentFiles(config).catch((error: unknown) => (started ? [] : Promise.reject(error)))) dirty.add(file);
    if (templatesChanged) {
      // The key first, then the templates it stands for: a template saved in between is then newer than the key, and
      // its second look (watch.ts) finds the key changed and builds again. Read the other way round, an output
      // rendered from a half-written template could be recorded under the whole one's key, and never be built again.
      inputs = await buildInputs(config);
      try {
        context = await renderContext(config, marp);
        templatesError = undefined;
        for (const file of files.keys()) dirty.add(file);
      } catch (error) {
        templatesError = userErrors(error)[0];
      }
    }
  }

  /** Content files that no longer exist are forgotten; new ones are tracked. Returns the slugs that went. */
  function noteRemovedAndAdded(): Set<string> {
    const gone = new Set<string>();
    for (const file of dirty) {
      if (existsSync(file)) {
        if (!files.has(file)) files.set(file, { errors: [] });
        continue;
      }
      dirty.delete(file);
      files.delete(file);
      const slug = slugOf(displayPath(config, file));
      if (![...files.keys()].some((other) => slugOf(other) === slug)) gone.add(slug);
    }
    return gone;
  }

  /**
   * The dirty files to compile: those whose output is not up to date. A second file that would make the same folder
   * as another is a mistake, and is not built; once that is fixed, it is built again.
   */
  async function filesToBuild(folder: OutputFolder, current: BuildInputs): Promise<string[]> {
    const known = [...files.keys()].sort(byName);
    const duplicates = duplicateSlugErrors(known.map((file) => ({ file: displayPath(config, file), slug: slugOf(file) })));
    const build: string[] = [];
    for (const file of known) {
      const state = files.get(file)!;
      const duplicate = duplicates.find((error) => error.at?.file === displayPath(config, file));
      if (duplicate) {
        state.errors = [duplicate];
        continue;
      }
      if (!dirty.has(file) && state.errors.length === 0) continue;
      const entry = folder.record.statements[slugOf(file)];
      const source = await fingerprintContentFile(config, file).catch(() => undefined);
      if (source && entry && state.errors.length === 0 && isUpToDate(entry, source, folder.dir, current)) {
        state.theme ??= entry.theme;
        dirty.delete(file);
      } else build.push(file);
    }
    return build;
  }

  return {
    async rebuild(changedFiles = [], onPages) {
      if (running) throw new Error('BuildSession.rebuild() called while a rebuild is running');
      running = true;
      const anEdit = started;
      let folder: OutputFolder | undefined;
      try {
        folder = await openOutputFolder(config, {});
        // A theme that failed is tried again at each rebuild, so its mistake is shown until it is fixed.
        themes.forgetFailures();
        const themesBefore = new Set(themes.loaded.values());
        await noteChanges(changedFiles);
        started = true;
        const entries = new Map(Object.entries(folder.record.statements));
        if (!context || templatesError) return result(entries, { built: [], removed: [], changed: [] });
        const gone = noteRemovedAndAdded();
        for (const entry of entries.values()) if (!existsSync(path.resolve(config.root, entry.file))) gone.add(entry.slug);
        const current = (inputs ??= await buildInputs(config));

        let change = await folder.begin(outputNames);
        const built: StatementRecord[] = [];
        try {
          const building = await filesToBuild(folder, current);
          const run = context;
          const pagesFirst = anEdit && building.length <= pagesFirstLimit;
          const waiting: { file: string; compiled: CompiledStatement; entry: StatementRecord }[] = [];
          const mistakes = await eachStatement(
            building,
            async (file) => {
              const compiled = await compileStatement(file, config, themes);
              files.get(file)!.theme = compiled?.planned.statement.theme;
              return compiled;
            },
            async (compiled, file) => {
              const { planned, source } = compiled;
              if (!pagesFirst) {
                await change.put(await renderOutputs(outputs, planned, run));
                built.push(recordEntry(planned, statementKey(current, planned.statement.theme, source)));
                return;
              }
              const pages = await renderOutputs(pageOutputs, planned, run);
              await change.put(pages);
              waiting.push({ file, compiled, entry: pagesOnlyEntry(planned, entries.get(planned.statement.slug), pages) });
            },
            { ahead: 1, afterMistake: 'render' },
          );
          let early: readonly string[] = [];
          if (waiting.length > 0) {
            const statements = { ...Object.fromEntries(entries), ...Object.fromEntries(waiting.map(({ entry }) => [entry.slug, entry])) };
            early = (await change.commit({ inputs: folder.record.inputs, site: folder.record.site, statements })).changed;
            noteMistakes(building, mistakes);
            onPages?.({ changed: early, errors: errorsNow() });
            change = await folder.begin(outputNames);
            const slow = await eachStatement(
              waiting,
              async ({ compiled }) => compiled,
              async ({ planned, source }) => {
                await change.put(await renderOutputs(slowOutputs, planned, run));
                built.push(recordEntry(planned, statementKey(current, planned.statement.theme, source)));
              },
              { ahead: 1, afterMistake: 'render' },
            );
            // Its pages are written, the rest is not: the record keeps saying so, until a rebuild writes them all.
            for (const [{ file, entry }, errors] of slow) {
              mistakes.set(file, errors);
              entries.set(entry.slug, entry);
            }
          }
          noteMistakes(building, mistakes);
          for (const slug of gone) entries.delete(slug);
          for (const entry of built) entries.set(entry.slug, entry);
          const site = await siteOf([...entries.values()], run, current);
          const sitePaths = site && [site.index, ...site.assets.files].map((file) => file.path);
          if (site) {
            // Another build may have written the folder since (a `lectern build` in another terminal): its record says.
            const inPlace =
              site.assets.inPlace && folder.record.inputs === current.site && [...folder.record.site].sort().join('\0') === [...sitePaths!].sort().join('\0');
            await change.put(inPlace ? [site.index] : [site.index, ...site.assets.files]);
          }
          const committed = await change.commit({
            inputs: site ? current.site : folder.record.inputs,
            site: sitePaths ?? folder.record.site,
            statements: Object.fromEntries(entries),
          });
          if (site) site.assets.inPlace = true;
          const changed = [...early, ...committed.changed];
          const rebuilt = built.map((entry) => entry.slug).filter((slug) => changed.some((file) => file.startsWith(`${slug}/`)));
          const removed = [...gone].filter((slug) => committed.changed.some((file) => file.startsWith(`${slug}/`)));
          const warnings = [...new Set([...themes.loaded.values()].filter((theme) => !themesBefore.has(theme)).flatMap((theme) => theme.warnings))];
          return result(entries, { built: rebuilt, removed, changed, warnings });
        } catch (error) {
          await change.discard();
          throw error;
        }
      } finally {
        running = false;
        await folder?.close();
      }
    },
  };

  /**
   * The index and the shared assets; undefined while a theme in use has a mistake (reported at a statement using
   * it), so that the last good theme CSS stays in place until it is fixed.
   */
  async function siteOf(entries: readonly StatementRecord[], run: RenderContext, current: BuildInputs) {
    try {
      const used = themesInUse(entries, themes.loaded, config);
      const key = [current.site, ...used.map((theme) => theme.name)].join('\0');
      if (assets?.key !== key) assets = { key, files: await siteAssets(used, run), inPlace: false };
      return { index: renderIndexOf(entries, run), assets };
    } catch (error) {
      userErrors(error);
      return undefined;
    }
  }

  /** Files built are clean from now on, but for their mistakes. */
  function noteMistakes(building: readonly string[], mistakes: ReadonlyMap<string, readonly LecternError[]>): void {
    for (const file of building) {
      files.get(file)!.errors = mistakes.get(file) ?? [];
      if (!mistakes.has(file)) dirty.delete(file);
    }
  }

  function errorsNow(): LecternError[] {
    return [...(templatesError ? [templatesError] : []), ...[...files.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, state]) => state.errors)];
  }

  function result(
    entries: ReadonlyMap<string, StatementRecord>,
    parts: Pick<RebuildResult, 'built' | 'removed' | 'changed'> & { warnings?: string[] },
  ): RebuildResult {
    return { ...parts, errors: errorsNow(), warnings: parts.warnings ?? [], statements: [...entries.values()].map(indexEntryOf) };
  }
}

/** A user's mistake, as a list of errors; anything else is a bug and goes on up. */
function userErrors(error: unknown): readonly LecternError[] {
  if (!isLecternError(error)) throw error;
  return splitErrors(error);
}
