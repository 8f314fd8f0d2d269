// The only module that writes the output folder. A statement's folder is built aside and swapped in whole,
// so a reader (a browser, a printer, watch mode) never sees half a build, and a failed build changes nothing.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { OutputFile } from '../render/output.js';

export interface OutputPlan {
  /** Each statement's files, by slug; paths start with `<slug>/`. Each folder is replaced whole. */
  readonly statements: ReadonlyMap<string, readonly OutputFile[]>;
  /** index.html and `_assets/…`: written one by one, and only when they changed. */
  readonly site: readonly OutputFile[];
  /** Statement folders to delete: statements that no longer exist. */
  readonly remove: readonly string[];
}

export interface WriteResult {
  /** Files written (site files that had not changed are not counted). */
  readonly written: number;
}

export async function writeOutput(outDir: string, plan: OutputPlan): Promise<WriteResult> {
  const staging = await openStaging(outDir);
  try {
    for (const [slug, files] of plan.statements) await staging.put(slug, files);
    return await staging.commit(plan.site, plan.remove);
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/**
 * A build in progress: each statement's folder is written aside as soon as it is rendered (so a large build never
 * holds every page in memory), and nothing in the output folder changes until `commit`.
 */
export interface Staging {
  /** Writes one statement's files aside; paths start with `<slug>/`. */
  put(slug: string, files: readonly OutputFile[]): Promise<void>;
  /** Swaps every statement written aside into place, writes the site files that changed, deletes `remove`. */
  commit(site: readonly OutputFile[], remove: readonly string[]): Promise<WriteResult>;
  /** Forgets everything written aside: the output folder stays exactly as it was. */
  discard(): Promise<void>;
}

export async function openStaging(outDir: string): Promise<Staging> {
  const created = !existsSync(outDir);
  await removeAbandonedStaging(outDir);
  const staging = path.join(outDir, `${stagingPrefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  await writing(outDir, () => mkdir(staging, { recursive: true }));
  const slugs: string[] = [];
  let written = 0;
  const discard = async () => {
    await rm(staging, { recursive: true, force: true });
    // An output folder this build created, and that holds nothing, goes too: a failed first build leaves no trace.
    if (created) await rmdir(outDir).catch(() => {});
  };
  return {
    async put(slug, files) {
      await writing(outDir, async () => {
        await mkdir(path.join(staging, slug), { recursive: true });
        for (const file of files) await putFile(path.join(staging, file.path), file);
      });
      slugs.push(slug);
      written += files.length;
    },
    async commit(site, remove) {
      try {
        await writing(outDir, async () => {
          // Everything that can fail happens before the output folder changes: the site files are written beside
          // their places first, and if swapping a statement's folder in fails, the folders already swapped go back.
          const pending = await stageSiteFiles(outDir, site);
          try {
            await swapAllIn(slugs, staging, outDir);
          } catch (error) {
            await Promise.all(pending.map(({ temporary }) => rm(temporary, { force: true })));
            throw error;
          }
          for (const { temporary, target } of pending) await rename(temporary, target);
          written += pending.length;
          for (const slug of remove) await rm(path.join(outDir, slug), { recursive: true, force: true });
        });
      } finally {
        await discard();
      }
      return { written };
    },
    discard,
  };
}

const stagingPrefix = '.staging-';

/** Staging folders left by a build that was stopped (Ctrl-C, a crash): their process is gone, so they go too. */
async function removeAbandonedStaging(outDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return;
  }
  for (const name of names.filter((entry) => entry.startsWith(stagingPrefix))) {
    const pid = Number(name.slice(stagingPrefix.length).split('-')[0]);
    if (Number.isInteger(pid) && !isRunning(pid)) await rm(path.join(outDir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Site files whose bytes changed, each written beside its place under a temporary name, ready to be renamed in. */
async function stageSiteFiles(outDir: string, site: readonly OutputFile[]): Promise<{ temporary: string; target: string }[]> {
  const pending: { temporary: string; target: string }[] = [];
  try {
    for (const file of site) {
      const target = path.join(outDir, file.path);
      const temporary = await writeAside(target, file);
      if (temporary) pending.push({ temporary, target });
    }
  } catch (error) {
    await Promise.all(pending.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  return pending;
}

/**
 * Moves each freshly built folder into place, its old version aside into the staging folder. If one move fails,
 * every folder already moved goes back where it was, so the output folder is as it was before.
 */
async function swapAllIn(slugs: readonly string[], staging: string, outDir: string): Promise<void> {
  const done: { slug: string; hadOld: boolean }[] = [];
  try {
    for (const slug of slugs) {
      const target = path.join(outDir, slug);
      const old = path.join(staging, `old-${slug}`);
      const hadOld = await moveIfPresent(target, old);
      try {
        await rename(path.join(staging, slug), target);
      } catch (error) {
        if (hadOld) await rename(old, target);
        throw error;
      }
      done.push({ slug, hadOld });
    }
  } catch (error) {
    for (const { slug, hadOld } of done.reverse()) {
      const target = path.join(outDir, slug);
      await rename(target, path.join(staging, slug)).catch(() => {});
      if (hadOld) await rename(path.join(staging, `old-${slug}`), target).catch(() => {});
    }
    throw error;
  }
}

async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** A file system refusing to write (no permission, a full disk) is the machine's problem, not a bug: say which. */
async function writing<T>(outDir: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    if (!code || !['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EBUSY', 'EMFILE', 'EIO'].includes(code)) throw error;
    throw new LecternError(`cannot write the output (${code}${where ? ` at ${where}` : ''})`, {
      kind: 'environment',
      at: { file: outDir },
      hint:
        code === 'ENOSPC' || code === 'EDQUOT'
          ? 'free some disk space and build again'
          : 'check that the output folder is writable (or choose another with --out) and build again',
      cause: error,
    });
  }
}

/**
 * Adds files to folders already written, such as the PDFs printed from a build's pages. Each file is written under a
 * temporary name and renamed into place, so a reader never sees half a PDF.
 */
export async function writeFiles(outDir: string, files: readonly OutputFile[]): Promise<WriteResult> {
  let written = 0;
  await writing(outDir, async () => {
    for (const file of files) if (await replaceIfChanged(path.join(outDir, file.path), file)) written++;
  });
  return { written };
}

async function putFile(target: string, file: OutputFile): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  if ('copyFrom' in file) await copyFile(file.copyFrom, target);
  else await writeFile(target, file.contents);
}

/** Writes a file through a temporary name unless it already holds exactly these bytes; true if it wrote. */
async function replaceIfChanged(target: string, file: OutputFile): Promise<boolean> {
  const temporary = await writeAside(target, file);
  if (temporary) await rename(temporary, target);
  return temporary !== undefined;
}

/**
 * Writes a file's new bytes beside its place, under a temporary name to be renamed over it; nothing if the file
 * already holds exactly these bytes. A failed write leaves no temporary file behind.
 */
async function writeAside(target: string, file: OutputFile): Promise<string | undefined> {
  const contents = 'copyFrom' in file ? undefined : typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents;
  if (await sameAs(target, file, contents)) return undefined;
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    if ('copyFrom' in file) await copyFile(file.copyFrom, temporary);
    else await writeFile(temporary, contents!);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return temporary;
}

async function sameAs(target: string, file: OutputFile, contents: Uint8Array | undefined): Promise<boolean> {
  try {
    if ('copyFrom' in file) {
      const [existing, source] = await Promise.all([stat(target), stat(file.copyFrom)]);
      return existing.size === source.size && existing.mtimeMs >= source.mtimeMs;
    }
    const existing = await readFile(target);
    return existing.equals(contents!);
  } catch {
    return false;
  }
}
