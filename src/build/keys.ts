// What a build's outputs are made from, as digests: the keys the output folder's record keeps, which tell build and
// watch mode alike whether a statement is up to date. A statement's key covers Lectern itself, the options that change
// outputs, the templates, its theme's folder and its content file; so editing one theme rebuilds only its statements.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config.js';
import type { ContentFile } from '../content/load.js';
import { version } from '../version.js';

/** The digests a build compares with the record: computed once per build, and again in watch mode after an edit. */
export interface BuildInputs {
  /** Lectern, its options and the templates: what every output shares. */
  readonly common: string;
  /** Each theme folder's files, by theme name. */
  readonly themes: ReadonlyMap<string, string>;
  /** Everything the shared files (the index, the assets) are made from: the record's `inputs`. */
  readonly site: string;
}

type KeyConfig = Pick<
  ResolvedConfig,
  'packageRoot' | 'theme' | 'wordsPerMinute' | 'paper' | 'handoutLayout' | 'readingSize' | 'pptxTemplate' | 'templatesDir' | 'themeDirs'
>;

/** Reads the templates and every theme folder: a few milliseconds. */
export async function buildInputs(config: KeyConfig): Promise<BuildInputs> {
  const common = createHash('sha256');
  common.update(`lectern ${version}\0${codeIdentity(config.packageRoot)}\0`);
  common.update(
    JSON.stringify([config.theme ?? null, config.wordsPerMinute, config.paper, config.handoutLayout, config.readingSize, config.pptxTemplate ?? null]),
  );
  // A template named with --pptx-template lies anywhere: its bytes, not only its name, say what deck.pptx is made on.
  // (One a theme names lies in the theme's folder, which the theme's digest covers.)
  if (config.pptxTemplate) common.update(await readFile(config.pptxTemplate).catch(() => Buffer.from('unreadable')));
  await hashFolder(common, config.templatesDir);
  const themes = new Map<string, string>();
  // A theme in the project's themes/ hides Lectern's own of the same name: the first folder of each name counts.
  for (const dir of config.themeDirs) {
    for (const name of (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()) {
      if (themes.has(name)) continue;
      const hash = createHash('sha256');
      await hashFolder(hash, path.join(dir, name));
      themes.set(name, hash.digest('hex'));
    }
  }
  const commonDigest = common.digest('hex');
  const site = createHash('sha256').update(commonDigest);
  for (const [name, digest] of [...themes].sort()) site.update(`\0${name}\0${digest}`);
  return { common: commonDigest, themes, site: site.digest('hex') };
}

/** The key of one statement: what every output shares, its theme's folder, its file's name and its bytes. */
export function statementKey(inputs: BuildInputs, theme: string, source: Pick<ContentFile, 'file' | 'digest'>): string {
  const themeDigest = inputs.themes.get(theme) ?? 'no such theme';
  return createHash('sha256').update(`${inputs.common}\0${theme}\0${themeDigest}\0${source.file}\0${source.digest}`).digest('hex');
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

async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  for (const file of await filesUnder(dir)) {
    hash.update(`\0${path.relative(dir, file)}\0`);
    hash.update(await readFile(file));
  }
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
