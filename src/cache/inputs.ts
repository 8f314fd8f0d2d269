// What a build's outputs are made from, as digests: a statement is built again only when one of its inputs changed.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config.js';
import type { ContentFile } from '../content/load.js';
import { version } from '../version.js';

/**
 * Digest of what every statement's output shares: this build of Lectern and the packages it bundles, the options
 * that change outputs, and every file in the templates and theme folders. Reading them takes a few milliseconds.
 */
export async function sharedInputs(config: ResolvedConfig): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`lectern ${version}\0${codeIdentity(config.packageRoot)}\0`);
  hash.update(JSON.stringify([config.theme ?? null, config.wordsPerMinute, config.paper, config.handoutLayout]));
  for (const dir of [config.templatesDir, ...config.themeDirs]) {
    for (const file of await filesUnder(dir)) {
      hash.update(`\0${path.relative(dir, file)}\0`);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

/** Digest of one statement's inputs: what it shares with the others, its file's name and its bytes. */
export function statementKey(shared: string, source: Pick<ContentFile, 'file' | 'digest'>): string {
  return createHash('sha256').update(`${shared}\0${source.file}\0${source.digest}`).digest('hex');
}

/**
 * Lectern's own code and packages as installed: the file this code runs from (rewritten whenever Lectern is compiled)
 * and npm's record of the install (rewritten whenever a package changes). Two `stat` calls.
 */
export function codeIdentity(packageRoot: string): string {
  const files = [fileURLToPath(import.meta.url), path.join(packageRoot, 'node_modules', '.package-lock.json')];
  return files
    .map((file) => {
      const stats = statSync(file, { throwIfNoEntry: false });
      return stats ? `${stats.size}:${stats.mtimeMs}` : 'none';
    })
    .join(' ');
}

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort();
}
