// Applying a build to the output folder as one step that survives being killed. Everything new is first written aside,
// in a staging folder; then a journal listing every move is written (whole, by a rename); then the moves are made.
// A build killed while moving leaves the journal behind, and the next build finishes the moves before anything else,
// so the output folder is never left half one build and half another.
import { lstatSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { writeWholeSync } from './whole.js';
import { isPlainName, isSitePath, isSlug, parseRecord, recordPath, serializeRecord, stateDir, type OutputRecord } from './record.js';

export interface Journal {
  /** The staging folder in `.lectern/`, holding `new/<path>` for each write and receiving `old/<path>`. */
  readonly staging: string;
  /** Paths, relative to the output folder, whose new version is in `<staging>/new/`. */
  readonly writes: readonly string[];
  /** Paths to remove: files Lectern wrote that the new record no longer lists. */
  readonly deletes: readonly string[];
  /** The record once every move is made. */
  readonly record: OutputRecord;
}

export const journalPath = `${stateDir}/journal.json`;
const stagingName = /^staging-\d+-[0-9a-f]+$/;

/** A path a build may write or remove: a site file, or a plain file name in a statement's folder. */
export function isOutputPath(file: string): boolean {
  if (isSitePath(file)) return true;
  const [slug, name, ...rest] = file.split('/');
  return rest.length === 0 && isSlug(slug) && isPlainName(name);
}

export function writeJournal(outDir: string, journal: Journal): void {
  const { record, ...moves } = journal;
  writeWholeSync(path.join(outDir, journalPath), JSON.stringify({ ...moves, record: JSON.parse(serializeRecord(record)) as unknown }));
}

/** The journal a killed build left, validated like the record; undefined when there is none. */
export async function readJournal(outDir: string, shownDir: string): Promise<Journal | undefined> {
  let json: string;
  try {
    json = await readFile(path.join(outDir, journalPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const shown = `${shownDir}/${journalPath}`;
  const refuse = (reason: string) =>
    new LecternError(`this is not a journal Lectern wrote: ${reason}; nothing was changed`, {
      kind: 'usage',
      at: { file: shown },
      hint: 'if this output folder came from elsewhere, delete it (or choose another with --out) and build again',
    });
  let data: Partial<Record<keyof Journal, unknown>>;
  try {
    data = JSON.parse(json) as typeof data;
  } catch {
    throw refuse('it is not valid JSON');
  }
  const { staging, writes, deletes, record } = data ?? {};
  if (typeof staging !== 'string' || !stagingName.test(staging)) throw refuse('its staging folder is not one Lectern names');
  for (const [name, list] of [
    ['writes', writes],
    ['deletes', deletes],
  ] as const) {
    if (!Array.isArray(list) || !list.every((file) => typeof file === 'string' && isOutputPath(file))) {
      throw refuse(`its ${name} are not paths Lectern writes`);
    }
  }
  return {
    staging,
    writes: writes as string[],
    deletes: deletes as string[],
    record: parseRecord(JSON.stringify(record), shown),
  };
}

/**
 * Makes the journal's moves, one after another, each skipped when a killed build already made it, then writes the
 * record and removes the journal. An old file is moved aside into the staging folder, not deleted, so that a move that
 * fails here can be undone (`rollBack`); the staging folder goes once the journal is gone. A folder the output folder
 * does not have yet (a new statement's, or the shared assets' in a first build) is moved in whole: one move for all its
 * files, and no folder made, where each of the thousands of files of a large first build took a move of its own.
 */
export function applyJournal(outDir: string, journal: Journal, done: Move[] = []): void {
  const staged = (kind: 'new' | 'old', file: string) => path.join(outDir, stateDir, journal.staging, kind, file);
  const folders = new SafeFolders(outDir);
  for (const dir of newFolders(journal.writes, folders)) {
    const fresh = staged('new', dir);
    if (kindOf(fresh) !== 'folder') continue; // moved in before the build was stopped
    renameSync(fresh, path.join(outDir, dir));
    folders.arrived(dir);
    done.push({ file: dir, fresh, old: staged('old', dir), hadOld: false });
  }
  for (const file of journal.writes) {
    const target = path.join(outDir, file);
    const fresh = staged('new', file);
    if (kindOf(fresh) === 'absent') continue; // moved in before the build was stopped
    folders.make(path.posix.dirname(file));
    const old = staged('old', file);
    const present = kindOf(target);
    if (present === 'folder') throw notAFile(file);
    const hadOld = present === 'file' && kindOf(old) === 'absent';
    if (hadOld) moveInto(target, old);
    renameSync(fresh, target);
    done.push({ file, fresh, old, hadOld });
  }
  for (const file of journal.deletes) {
    const target = path.join(outDir, file);
    // Only a file is removed, and only through real folders: never a folder, never what a link points to.
    if (folders.state(path.posix.dirname(file)) !== 'folder' || kindOf(target) !== 'file') continue;
    const old = staged('old', file);
    moveInto(target, old);
    done.push({ file, fresh: undefined, old, hadOld: true });
  }
  removeEmptiedFolders(outDir, journal.deletes);
  writeWholeSync(path.join(outDir, recordPath), serializeRecord(journal.record));
  rmSync(path.join(outDir, journalPath), { force: true });
}

/**
 * The folders, each the highest of its path, that the output folder does not have and the journal writes into: all
 * that is in them is new, and staged in a folder of the same name.
 */
function newFolders(writes: readonly string[], folders: SafeFolders): Set<string> {
  const found = new Set<string>();
  for (const file of writes) {
    const parts = file.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const state = folders.state(dir);
      if (state === 'absent') found.add(dir);
      if (state !== 'folder') break;
    }
  }
  return found;
}

/** One move `applyJournal` made: the new file (or a new folder) put in place, and where the old one went. */
export interface Move {
  readonly file: string;
  readonly fresh: string | undefined;
  readonly old: string;
  readonly hadOld: boolean;
}

/** Undoes the moves `applyJournal` made before it failed, and forgets the journal: the folder is as it was. */
export function rollBack(outDir: string, done: readonly Move[]): void {
  for (const { file, fresh, old, hadOld } of [...done].reverse()) {
    const target = path.join(outDir, file);
    if (fresh) renameSync(target, fresh);
    if (hadOld) renameSync(old, target);
  }
  rmSync(path.join(outDir, journalPath), { force: true });
}

function moveInto(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Folders a statement's files or shared assets left empty go too; a folder holding anything else stays. */
function removeEmptiedFolders(outDir: string, deleted: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  // Deepest first, so a folder is empty by the time it is tried.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(path.join(outDir, dir));
    } catch {
      // Not empty, or already gone.
    }
  }
}

/** What is at a path, without following a link: a link counts as a file (removing it removes only the link). */
export function kindOf(file: string): 'file' | 'folder' | 'absent' {
  try {
    return lstatSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'absent';
  }
}

/**
 * Folders inside the output folder that Lectern may write into: real folders, never a symbolic link (which could lead
 * anywhere) nor a file. Each folder is looked at once.
 */
export class SafeFolders {
  private readonly known = new Map<string, 'folder' | 'absent' | 'unsafe'>();

  constructor(private readonly outDir: string) {}

  /**
   * What `dir` (relative, `/`-separated) is: a real folder through real folders, absent (and so is what is in it), or
   * unsafe (it or a folder above it is a link or a file).
   */
  state(dir: string): 'folder' | 'absent' | 'unsafe' {
    if (dir === '.' || dir === '') return 'folder';
    let kind = this.known.get(dir);
    if (kind === undefined) {
      const parent = path.posix.dirname(dir);
      kind = parent === '.' ? 'folder' : this.state(parent);
      if (kind === 'folder') {
        const found = kindOf(path.join(this.outDir, dir));
        kind = found === 'file' ? 'unsafe' : found;
      }
      this.known.set(dir, kind);
    }
    return kind;
  }

  /** The first part of `dir` that is not a real folder or absent, relative to the output folder; undefined if none. */
  unsafePart(dir: string): string | undefined {
    const parts = dir === '.' ? [] : dir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const part = parts.slice(0, i).join('/');
      const kind = this.state(part);
      if (kind === 'unsafe') return part;
      if (kind === 'absent') return undefined;
    }
    return undefined;
  }

  /** Notes that `dir` was just moved in whole: it is a real folder now, and so is every folder in it. */
  arrived(dir: string): void {
    for (const known of this.known.keys()) if (known.startsWith(`${dir}/`)) this.known.delete(known);
    this.known.set(dir, 'folder');
  }

  /** Creates `dir` and the folders above it, refusing to go through anything that is not a real folder. */
  make(dir: string): void {
    if (this.state(dir) === 'folder') return;
    const unsafe = this.unsafePart(dir);
    if (unsafe !== undefined) throw notAFolder(unsafe);
    mkdirSync(path.join(this.outDir, dir), { recursive: true });
    for (let made = dir; made !== '.'; made = path.posix.dirname(made)) this.known.set(made, 'folder');
  }
}

export function notAFile(file: string): LecternError {
  return new LecternError(`${file} in the output folder is a folder, where Lectern writes a file`, {
    kind: 'usage',
    hint: 'move it out of the output folder, or choose another output folder with --out',
  });
}

function notAFolder(part: string): LecternError {
  return new LecternError(`${part} in the output folder is a symbolic link or a file, not a folder Lectern made`, {
    kind: 'usage',
    hint: `remove it (Lectern writes only into real folders it made), or choose another output folder with --out`,
  });
}
