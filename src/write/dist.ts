// The only module that writes the output folder. A statement's folder is built aside and swapped in whole,
// so a reader (a browser, a printer, watch mode) never sees half a build, and a failed build changes nothing.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  await mkdir(outDir, { recursive: true });
  const staging = path.join(outDir, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  let written = 0;
  try {
    for (const [slug, files] of plan.statements) {
      for (const file of files) await putFile(path.join(staging, file.path), file);
      written += files.length;
      if (files.length === 0) await mkdir(path.join(staging, slug), { recursive: true });
    }
    for (const slug of plan.statements.keys()) await swapIn(path.join(staging, slug), path.join(outDir, slug), staging);
    for (const file of plan.site) {
      if (await replaceIfChanged(path.join(outDir, file.path), file)) written++;
    }
    for (const slug of plan.remove) await rm(path.join(outDir, slug), { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { written };
}

/**
 * Adds files to folders already written, such as the PDFs printed from a build's pages. Each file is written under a
 * temporary name and renamed into place, so a reader never sees half a PDF.
 */
export async function writeFiles(outDir: string, files: readonly OutputFile[]): Promise<WriteResult> {
  let written = 0;
  for (const file of files) {
    if (await replaceIfChanged(path.join(outDir, file.path), file)) written++;
  }
  return { written };
}

/** Moves a freshly built folder into place; the old one is moved aside first, then deleted. */
async function swapIn(built: string, target: string, staging: string): Promise<void> {
  const old = path.join(staging, `old-${path.basename(target)}`);
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await rename(built, target);
}

async function putFile(target: string, file: OutputFile): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  if ('copyFrom' in file) await copyFile(file.copyFrom, target);
  else await writeFile(target, file.contents);
}

/** Writes a site file through a temporary name unless it already holds exactly these bytes. */
async function replaceIfChanged(target: string, file: OutputFile): Promise<boolean> {
  const contents = 'copyFrom' in file ? undefined : typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents;
  if (await sameAs(target, file, contents)) return false;
  const temporary = `${target}.${process.pid}.tmp`;
  await mkdir(path.dirname(target), { recursive: true });
  if ('copyFrom' in file) await copyFile(file.copyFrom, temporary);
  else await writeFile(temporary, contents!);
  await rename(temporary, target);
  return true;
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
