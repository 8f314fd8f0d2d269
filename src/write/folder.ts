// The only module that writes the output folder. Lectern writes only into a folder it owns (one it made, or found
// empty, marked by its record in `.lectern/`), one build at a time, and replaces or removes only files its record says
// it wrote. A change is written aside, then moved in through a journal (journal.ts), so a failed build changes nothing
// and a killed one is finished by the next.
import { randomBytes } from 'node:crypto';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../config.js';
import { LecternError } from '../errors.js';
import type { OutputFile } from '../render/output.js';
import { applyJournal, isOutputPath, journalPath, kindOf, notAFile, rollBack, SafeFolders, writeJournal, type Move } from './journal.js';
import { checkOutputLocation, realPath } from './location.js';
import { claim, repair } from './claim.js';
import { acquireLock, lockName, type LockHolder, type OutputLock } from './lock.js';
import { writeWhole } from './whole.js';
import { emptyRecord, isSitePath, parseRecord, recordPath, serializeRecord, stateDir, type OutputRecord } from './record.js';

export interface OpenOptions {
  /** Stops waiting for another build's lock. */
  readonly signal?: AbortSignal | undefined;
  /** Told when another build holds the folder, before waiting for it. */
  readonly onWait?: ((holder: LockHolder) => void) | undefined;
}

/** An output folder opened for writing: locked, repaired if a build was killed in it, and its record read. */
export interface OutputFolder {
  /** The folder's real path. */
  readonly dir: string;
  /** What the last build recorded; empty for a new folder. */
  readonly record: OutputRecord;
  /**
   * Starts a change, written aside until it is committed. `outputNames` are the file names Lectern writes in a
   * statement's folder: nothing else there is ever removed.
   */
  begin(outputNames: ReadonlySet<string>): Promise<Change>;
  /** Releases the lock. A folder this run made, and never committed to, is removed again. */
  close(): Promise<void>;
}

export interface Change {
  /** Writes files aside (paths relative to the output folder); a file whose bytes are already in place is skipped. */
  put(files: readonly OutputFile[]): Promise<void>;
  /**
   * Moves every file put into place and writes `record`, which must list them all; removes the files the old record
   * listed and this one does not. All or nothing: on failure the folder is as it was.
   */
  commit(record: OutputRecord): Promise<CommitResult>;
  /** Forgets everything put: the folder stays as it was. */
  discard(): Promise<void>;
}

export interface CommitResult {
  /** Paths whose bytes changed or that were removed, relative to the output folder, `/`-separated. */
  readonly changed: readonly string[];
  /** Files written. */
  readonly written: number;
  /** Statement folders left in place because they hold files Lectern did not write, with those files. */
  readonly kept: readonly { readonly folder: string; readonly files: readonly string[] }[];
}

type FolderConfig = Parameters<typeof checkOutputLocation>[0] & Pick<ResolvedConfig, 'root'>;

export async function openOutputFolder(config: FolderConfig, options: OpenOptions): Promise<OutputFolder> {
  checkOutputLocation(config);
  const dir = realPath(config.outDir);
  const shown = displayPath(config, config.outDir);
  return writing(shown, async () => {
    const created = await claim(dir, shown);
    const lock = await acquireLock(path.join(dir, stateDir, lockName), options);
    try {
      await repair(dir, shown);
      const recordFile = path.join(dir, recordPath);
      const found = await readFile(recordFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      const record = found === undefined ? emptyRecord : parseRecord(found, `${shown}/${recordPath}`);
      // A new folder is marked as Lectern's at once, so a build that waits for this one knows it for Lectern's.
      if (found === undefined) await writeWhole(recordFile, serializeRecord(emptyRecord));
      return folderHandle(dir, shown, record, lock, { claimed: found === undefined, created });
    } catch (error) {
      await lock.release();
      throw error;
    }
  });
}

function folderHandle(dir: string, shown: string, record: OutputRecord, lock: OutputLock, made: { claimed: boolean; created: boolean }): OutputFolder {
  let current = record;
  let committed = false;
  return {
    dir,
    get record() {
      return current;
    },
    async begin(outputNames) {
      const staging = `staging-${process.pid}-${randomBytes(4).toString('hex')}`;
      const stagingDir = path.join(dir, stateDir, staging);
      await writing(shown, () => mkdir(path.join(stagingDir, 'new'), { recursive: true }));
      const owned = filesOf(current);
      const put = new Set<string>();
      /** Files put whose bytes were already in place: listed by the record, but not moved. */
      const same = new Set<string>();
      /** The folders made aside so far: each once, not once for every file in it. */
      const folders = new Set<string>();
      const discard = () => rm(stagingDir, { recursive: true, force: true });
      return {
        // Files are written one after another, synchronously: a statement's dozen small files are written in a
        // fraction of the time the same calls take through promises, which a large build spends on this thread.
        async put(files) {
          await writing(shown, async () => {
            for (const file of files) {
              if (!isOutputPath(file.path)) throw new Error(`a renderer made a file outside the output folder's layout: ${file.path}`);
            }
            for (const file of files) {
              if (owned.has(file.path) && sameAs(path.join(dir, file.path), file)) {
                same.add(file.path);
                continue;
              }
              const aside = path.join(stagingDir, 'new', file.path);
              const folder = path.dirname(aside);
              if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
              folders.add(folder);
              if ('copyFrom' in file) copyFileSync(file.copyFrom, aside);
              else writeFileSync(aside, file.contents);
              put.add(file.path);
            }
          });
        },
        async commit(next) {
          try {
            const listed = filesOf(next);
            for (const file of [...put, ...same]) if (!listed.has(file)) throw new Error(`the record does not list ${file}, which was written`);
            const writes = [...put].sort();
            const deletes = [...filesOf(current)].filter((file) => !listed.has(file) && isRemovable(file, outputNames)).sort();
            await writing(shown, async () => checkTargets(dir, shown, writes, filesOf(current)));
            const unchanged = writes.length === 0 && deletes.length === 0 && serializeRecord(next) === serializeRecord(current);
            if (!unchanged) await writing(shown, async () => applyChange(dir, { staging, writes, deletes, record: next }));
            current = next;
            committed = true;
            const kept = await foldersKept(dir, current, deletes);
            return { changed: [...writes, ...deletes], written: writes.length, kept };
          } finally {
            await discard();
          }
        },
        discard,
      };
    },
    async close() {
      if (made.claimed && !committed) {
        // A first build that failed leaves no trace: its mark, then the folders it made if they are empty.
        await rm(path.join(dir, recordPath), { force: true });
        await lock.release();
        await rmdir(path.join(dir, stateDir)).catch(() => {});
        if (made.created) await rmdir(dir).catch(() => {});
        return;
      }
      await lock.release();
    },
  };
}

/** Every file a record says Lectern wrote, relative to the output folder. */
function filesOf(record: OutputRecord): Set<string> {
  const files = new Set(record.site);
  for (const [slug, entry] of Object.entries(record.statements)) for (const name of entry.files) files.add(`${slug}/${name}`);
  return files;
}

/** A file Lectern may remove: a site file, or in a statement's folder one of the names Lectern gives its outputs. */
function isRemovable(file: string, outputNames: ReadonlySet<string>): boolean {
  return isSitePath(file) || outputNames.has(path.posix.basename(file));
}

/**
 * Refuses, before anything moves, a write that would go through a link or over a folder, or replace a file that the
 * record does not say Lectern wrote (a user's own file in the output folder).
 */
function checkTargets(dir: string, shown: string, writes: readonly string[], owned: ReadonlySet<string>): void {
  const folders = new SafeFolders(dir);
  for (const file of writes) {
    const unsafe = folders.unsafePart(path.posix.dirname(file));
    if (unsafe !== undefined) {
      throw new LecternError(`${shown}/${unsafe} is a symbolic link or a file, where Lectern writes a folder of its own`, {
        kind: 'usage',
        hint: `remove ${shown}/${unsafe} (Lectern writes only into real folders it made), or choose another output folder with --out`,
      });
    }
    // Nothing is in a folder not yet made: a new statement's files need no look.
    if (folders.state(path.posix.dirname(file)) === 'absent') continue;
    const kind = kindOf(path.join(dir, file));
    if (kind === 'folder') throw notAFile(`${shown}/${file}`);
    if (kind === 'file' && !owned.has(file)) {
      throw new LecternError(`${shown}/${file} is not a file Lectern wrote, and this build would replace it`, {
        kind: 'usage',
        hint: `move it out of ${shown}/, or choose another output folder with --out`,
      });
    }
  }
}

function applyChange(dir: string, journal: Parameters<typeof writeJournal>[1]): void {
  writeJournal(dir, journal);
  const done: Move[] = [];
  try {
    applyJournal(dir, journal, done);
  } catch (error) {
    // Put back what was moved, so the failed build changes nothing; if even that fails, the next build finishes it.
    try {
      rollBack(dir, done);
    } catch {
      // The journal is still there: the next build finishes the moves.
    }
    throw error;
  }
}

/** The folders of statements no longer built that still exist: they hold a user's files, which Lectern keeps. */
async function foldersKept(dir: string, record: OutputRecord, deletes: readonly string[]): Promise<CommitResult['kept']> {
  const gone = new Set(
    deletes
      .filter((file) => !isSitePath(file))
      .map((file) => file.split('/')[0]!)
      .filter((slug) => !(slug in record.statements)),
  );
  const kept: { folder: string; files: string[] }[] = [];
  for (const slug of [...gone].sort()) {
    const files = await readdir(path.join(dir, slug)).catch(() => []);
    if (files.length > 0) kept.push({ folder: slug, files: files.sort() });
  }
  return kept;
}

function sameAs(target: string, file: OutputFile): boolean {
  try {
    if ('copyFrom' in file) {
      const [existing, source] = [lstatSync(target), statSync(file.copyFrom)];
      return existing.isFile() && existing.size === source.size && existing.mtimeMs >= source.mtimeMs;
    }
    const existing = lstatSync(target);
    const size = typeof file.contents === 'string' ? Buffer.byteLength(file.contents) : file.contents.length;
    if (!existing.isFile() || existing.size !== size) return false;
    const contents = typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents;
    return readFileSync(target).equals(contents);
  } catch {
    return false;
  }
}

/** A file system refusing to write (no permission, a full disk) is the machine's problem, not a bug: say which. */
export async function writing<T>(shown: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    if (!code || !['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EBUSY', 'EMFILE', 'EIO', 'EXDEV'].includes(code)) throw error;
    throw new LecternError(`cannot write the output (${code}${where ? ` at ${where}` : ''})`, {
      kind: 'environment',
      at: { file: shown },
      hint:
        code === 'ENOSPC' || code === 'EDQUOT'
          ? 'free some disk space and build again'
          : 'check that the output folder is writable (or choose another with --out) and build again',
      cause: error,
    });
  }
}

export { journalPath, recordPath, stateDir };
