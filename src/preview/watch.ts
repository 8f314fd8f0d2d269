// Watches what a build reads — content/, templates/ and themes/ — and reports every file added, changed or deleted.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';

export interface SourceWatcher {
  /** The folders watched, absolute. */
  readonly dirs: readonly string[];
  /** The files watched besides them (the PowerPoint template `--pptx-template` names), absolute. */
  readonly files: readonly string[];
  /** Whether a file changed too recently for its last change to have been reported for sure (see `settleMs`). */
  settling(): boolean;
  close(): Promise<void>;
}

/**
 * chokidar drops a file's change events for 50 ms after it reports one (editors often write a file in several steps).
 * A save inside that window would go unseen, so every changed file is reported once more when it has been quiet this long.
 */
export const settleMs = 100;

export interface WatchHandlers {
  /** An absolute path that was added, changed or deleted: a file, or a watched folder that was made again. */
  readonly onChange: (file: string) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * The project's own content, templates and theme folders. Lectern's built-in templates and themes, used when a
 * project has none of its own, do not change while it runs, so they are not watched.
 */
export function watchedDirs(config: Pick<ResolvedConfig, 'root' | 'contentDir' | 'templatesDir' | 'themeDirs'>): string[] {
  const inProject = (dir: string) => !path.relative(config.root, dir).startsWith('..');
  return [...new Set([config.contentDir, config.templatesDir, ...config.themeDirs])].filter((dir) => inProject(dir) && existsSync(dir));
}

/** The PowerPoint template `--pptx-template` names, wherever it is: a build reads it for every deck.pptx. */
export function watchedFiles(config: Pick<ResolvedConfig, 'pptxTemplate'>): string[] {
  return config.pptxTemplate && existsSync(config.pptxTemplate) ? [config.pptxTemplate] : [];
}

export async function watchSources(config: ResolvedConfig, handlers: WatchHandlers): Promise<SourceWatcher> {
  const dirs = watchedDirs(config);
  const files = watchedFiles(config);
  // With nothing to watch, chokidar would never say it is ready (and the first build says what is missing).
  if (dirs.length === 0) return { dirs, files: [], settling: () => false, close: async () => {} };
  const { watch } = await import('chokidar');
  const watcher = watch([...dirs, ...files], { ignoreInitial: true, ignored: isEditorScratch });
  const quiet = new Map<string, NodeJS.Timeout>();
  /** Reports a change now, and again once it has been quiet for `settleMs`. */
  const report = (file: string) => {
    clearTimeout(quiet.get(file));
    quiet.set(
      file,
      setTimeout(() => {
        quiet.delete(file);
        handlers.onChange(file);
      }, settleMs),
    );
    handlers.onChange(file);
  };
  watcher.on('all', (event, changed) => {
    if (event === 'add' || event === 'change' || event === 'unlink') report(path.resolve(changed));
  });
  watcher.on('error', handlers.onError);
  // chokidar stops watching a folder that is deleted and never sees it made again: their parents are watched for that,
  // and a folder that comes back is watched again and reported whole, so what it now holds is built (reported again
  // once quiet, for the files written while chokidar was starting to watch it again).
  const parents = watch([...new Set(dirs.map((dir) => path.dirname(dir)))], {
    ignoreInitial: true,
    depth: 0,
    ignored: (file: string) => !dirs.includes(path.resolve(file)) && !dirs.some((dir) => path.dirname(dir) === path.resolve(file)),
  });
  parents.on('addDir', (added) => {
    const dir = path.resolve(added);
    if (!dirs.includes(dir)) return;
    watcher.add(dir);
    report(dir);
  });
  parents.on('error', handlers.onError);
  await Promise.all([watcher, parents].map((each) => new Promise<void>((resolve) => each.once('ready', resolve))));
  return {
    dirs,
    files,
    settling: () => quiet.size > 0,
    async close() {
      await Promise.all([watcher.close(), parents.close()]);
      for (const timer of quiet.values()) clearTimeout(timer);
      quiet.clear();
    },
  };
}

/** Files editors write beside the one being edited (swap files, backups, lock files): saving never touches them. */
export function isEditorScratch(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|swo|tmp)$/i.test(name) || name === '4913';
}
