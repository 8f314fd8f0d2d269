// The first steps of a build: which content files it covers, and which of them changed since the last build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../config.js';
import { findContentFiles, fingerprintContentFile, type ContentFile } from '../content/load.js';
import { slugOf } from '../content/slug.js';
import { LecternError } from '../errors.js';
import type { OutputRecord, StatementRecord } from '../write/record.js';
import { statementKey, type BuildInputs } from './keys.js';

/** The content files named, or every one in content/, each with the digest of its bytes. */
export async function findSources(config: ResolvedConfig): Promise<ContentFile[]> {
  const files = await findContentFiles(config);
  if (files.length === 0) {
    throw new LecternError('there are no statements to build', {
      kind: 'usage',
      at: { file: displayPath(config, config.contentDir) },
      hint: 'add a .md file per statement (see README.md, "Content format"), or run lectern import FILE.txt',
    });
  }
  return Promise.all(files.map((file) => fingerprintContentFile(config, file)));
}

export interface Work {
  /** Sources to build. */
  readonly changed: readonly ContentFile[];
  /**
   * Statements kept as they are, as the index lists them: unchanged ones, and the others whose content file still
   * exists (built earlier by naming a file outside content/, or left out of a build of named files).
   */
  readonly unchanged: readonly StatementRecord[];
  /** Nothing to build, nothing to remove, and the shared files as they were: the build can stop here. */
  readonly upToDate: boolean;
}

/**
 * Compares each source with what the record says it was built from, to build only what changed. A statement is up to date when its key is the same and every file
 * recorded for it is still there. A statement whose content file is gone leaves the output folder.
 */
export function sortOutWork(sources: readonly ContentFile[], record: OutputRecord, dir: string, inputs: BuildInputs, config: ResolvedConfig): Work {
  const changed: ContentFile[] = [];
  const unchanged: StatementRecord[] = [];
  const slugs = sources.map((source) => slugOf(source.file));
  sources.forEach((source, index) => {
    const slug = slugs[index]!;
    const last = record.statements[slug];
    // Two files with one folder are always parsed, so that the mistake is reported.
    const shared = slugs.indexOf(slug) !== slugs.lastIndexOf(slug);
    if (!shared && last && isUpToDate(last, source, dir, inputs)) unchanged.push(last);
    else changed.push(source);
  });
  const present = new Set(slugs);
  const others = Object.values(record.statements).filter((entry) => !present.has(entry.slug));
  const kept = others.filter((entry) => config.files.length > 0 || existsSync(path.resolve(config.root, entry.file)));
  const upToDate =
    changed.length === 0 &&
    kept.length === others.length &&
    record.inputs === inputs.site &&
    record.site.includes('index.html') &&
    record.site.every((file) => existsSync(path.join(dir, file)));
  return { changed, unchanged: [...unchanged, ...kept], upToDate };
}

/** Whether a statement's files in `dir` were built from this very source, with these inputs, and are all there. */
export function isUpToDate(entry: StatementRecord, source: Pick<ContentFile, 'file' | 'digest'>, dir: string, inputs: BuildInputs): boolean {
  return (
    entry.file === source.file &&
    entry.key === statementKey(inputs, entry.theme, source) &&
    entry.files.every((name) => existsSync(path.join(dir, entry.slug, name)))
  );
}
