// Where Lectern keeps what it derives once and reuses across runs: font metrics, compiled templates, Marp's theme CSS.
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { ValueCache } from '../render/output.js';
import { writeWholeSync } from '../write/whole.js';

/**
 * A cache folder where JavaScript tools keep theirs, `node_modules/.cache/lectern/<name>` (Lectern's own install, or
 * the project's) when this user can write there, or else a folder of this user's own in the system's temporary
 * folder: an install its users cannot write to (installed globally by another user, or read-only) would otherwise
 * cache nothing, and every build would start from nothing. Anything in it can be deleted at any time. Undefined when
 * no safe place exists: then nothing is cached.
 */
export function cacheDir(config: Pick<ResolvedConfig, 'root' | 'packageRoot'>, name: string): string | undefined {
  for (const base of [config.packageRoot, config.root]) {
    const modules = path.join(base, 'node_modules');
    const dir = path.join(modules, '.cache', 'lectern', name);
    if (existsSync(modules) && writableFolder(dir)) return dir;
  }
  const own = ownTemporaryFolder();
  return own && path.join(own, name);
}

/** Whether `dir` is a folder this user can write in, made if need be. */
function writableFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `lectern-<uid>` in the temporary folder, made readable by this user alone. Compiled templates are run from the
 * cache, so a folder someone else made (or could write to) is never used.
 */
function ownTemporaryFolder(): string | undefined {
  const uid = process.getuid?.();
  const folder = path.join(tmpdir(), `lectern-${uid ?? 'user'}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = lstatSync(folder);
    const ownedHere = uid === undefined || stats.uid === uid;
    return stats.isDirectory() && ownedHere && (stats.mode & 0o022) === 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole or not at all (another process may be reading it). Best effort: a cache that cannot be
 * written, in a read-only install for one, only costs the next run the work it would have saved.
 */
export function writeCacheFile(file: string, contents: string | Uint8Array): void {
  try {
    writeWholeSync(file, contents);
  } catch {
    // nothing cached
  }
}

/** The files of a cache folder as a `ValueCache`, each value in `<key>` (keys are file names); none without a folder. */
export function folderCache(dir: string | undefined): ValueCache | undefined {
  if (dir === undefined) return undefined;
  return {
    read(key) {
      try {
        return readFileSync(path.join(dir, key), 'utf8');
      } catch {
        return undefined;
      }
    },
    write: (key, value) => writeCacheFile(path.join(dir, key), value),
  };
}
