// Applying a build to the output folder as one step that survives being killed. Everything new is first written aside,
// in a staging folder; then a journal listing every move is written (whole, by a rename); then the moves are made.
// A build killed while moving leaves the journal behind, and the next build finishes the moves before anything else,
// so the output folder is never left half one build and half another.
import { lstat, mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { inBatches } from './batches.js';
import { writeWhole } from './whole.js';
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

export async function writeJournal(outDir: string, journal: Journal): Promise<void> {
  const { record, ...moves } = journal;
  await writeWhole(path.join(outDir, journalPath), JSON.stringify({ ...moves, record: JSON.parse(serializeRecord(record)) as unknown }));
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
 * Makes the journal's moves, a few at once, each skipped when a killed build already made it, then writes the record and
 * removes the journal. An old file is moved aside into the staging folder, not deleted, so that a move that fails
 * here can be undone (`rollBack`); the staging folder goes once the journal is gone.
 */
export async function applyJournal(outDir: string, journal: Journal, done: Move[] = []): Promise<void> {
  const staged = (kind: 'new' | 'old', file: string) => path.join(outDir, stateDir, journal.staging, kind, file);
  const folders = new SafeFolders(outDir);
  await inBatches(journal.writes, async (file) => {
    const target = path.join(outDir, file);
    const fresh = staged('new', file);
    if (!(await exists(fresh))) return; // moved in before the build was stopped
    await folders.make(path.posix.dirname(file));
    const old = staged('old', file);
    const present = await kindOf(target);
    if (present === 'folder') throw notAFile(file);
    const hadOld = present === 'file' && !(await exists(old));
    if (hadOld) await moveInto(target, old);
    await rename(fresh, target);
    done.push({ file, fresh, old, hadOld });
  });
  await inBatches(journal.deletes, async (file) => {
    const target = path.join(outDir, file);
    // Only a file is removed, and only through real folders: never a folder, never what a link points to.
    if (!(await folders.isSafe(path.posix.dirname(file))) || (await kindOf(target)) !== 'file') return;
    const old = staged('old', file);
    await moveInto(target, old);
    done.push({ file, fresh: undefined, old, hadOld: true });
  });
  await removeEmptiedFolders(outDir, journal.deletes);
  await writeWhole(path.join(outDir, recordPath), serializeRecord(journal.record));
  await rm(path.join(outDir, journalPath), { force: true });
}

/** One move `applyJournal` made: the new file put in place, and where the old one went. */
export interface Move {
  readonly file: string;
  readonly fresh: string | undefined;
  readonly old: string;
  readonly hadOld: boolean;
}

/** Undoes the moves `applyJournal` made before it failed, and forgets the journal: the folder is as it was. */
export async function rollBack(outDir: string, done: readonly Move[]): Promise<void> {
  for (const { file, fresh, old, hadOld } of [...done].reverse()) {
    const target = path.join(outDir, file);
    if (fresh) await rename(target, fresh);
    if (hadOld) await rename(old, target);
  }
  await rm(path.join(outDir, journalPath), { force: true });
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

/** Folders a statement's files or shared assets left empty go too; a folder holding anything else stays. */
async function removeEmptiedFolders(outDir: string, deleted: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  // Deepest first, so a folder is empty by the time it is tried.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(path.join(outDir, dir)).catch(() => {});
  }
}

async function exists(file: string): Promise<boolean> {
  return (await kindOf(file)) !== 'absent';
}

/** What is at a path, without following a link: a link counts as a file (removing it removes only the link). */
export async function kindOf(file: string): Promise<'file' | 'folder' | 'absent'> {
  try {
    return (await lstat(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'absent';
  }
}

/**
 * Folders inside the output folder that Lectern may write into: real folders, never a symbolic link (which could lead
 * anywhere) nor a file. Each folder is looked at once.
 */
export class SafeFolders {
  private readonly known = new Map<string, Promise<'folder' | 'absent' | 'unsafe'>>();

  constructor(private readonly outDir: string) {}

  /** Whether `dir` (relative, `/`-separated) and every folder above it in the output folder is a real folder. */
  async isSafe(dir: string): Promise<boolean> {
    return (await this.kind(dir)) === 'folder';
  }

  /** The first part of `dir` that is not a real folder or absent, relative to the output folder; undefined if none. */
  async unsafePart(dir: string): Promise<string | undefined> {
    const parts = dir === '.' ? [] : dir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const part = parts.slice(0, i).join('/');
      const kind = await this.kind(part);
      if (kind === 'unsafe') return part;
      if (kind === 'absent') return undefined;
    }
    return undefined;
  }

  /** Creates `dir` and the folders above it, refusing to go through anything that is not a real folder. */
  async make(dir: string): Promise<void> {
    const unsafe = await this.unsafePart(dir);
    if (unsafe !== undefined) throw notAFolder(unsafe);
    if (dir !== '.') await mkdir(path.join(this.outDir, dir), { recursive: true });
    for (const key of this.known.keys()) if (key === dir || dir.startsWith(`${key}/`)) this.known.delete(key);
  }

  private kind(dir: string): Promise<'folder' | 'absent' | 'unsafe'> {
    if (dir === '.' || dir === '') return Promise.resolve('folder');
    let kind = this.known.get(dir);
    if (!kind) {
      kind = (async () => {
        const parent = path.posix.dirname(dir);
        const above = parent === '.' ? 'folder' : await this.kind(parent);
        if (above !== 'folder') return above;
        try {
          return (await lstat(path.join(this.outDir, dir))).isDirectory() ? 'folder' : 'unsafe';
        } catch {
          return 'absent';
        }
      })();
      this.known.set(dir, kind);
    }
    return kind;
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
