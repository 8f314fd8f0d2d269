// dist/_assets/manifest.json: what the last build wrote, so the next one can list, keep or skip what it did not rebuild.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assetsDir, textFile, type OutputFile } from '../render/output.js';
import type { IndexEntry } from '../render/site.js';

export interface ManifestEntry extends IndexEntry {
  /** Digest of everything the statement's folder was built from; a build with the same key has nothing to do. */
  readonly key?: string;
}

export interface Manifest {
  readonly version: 2;
  /** Digest of what every output shares (Lectern, its options, the templates, the themes) when the site was written. */
  readonly inputs?: string;
  readonly statements: Readonly<Record<string, ManifestEntry>>;
}

export const manifestPath = `${assetsDir}/manifest.json`;

export const emptyManifest: Manifest = { version: 2, statements: {} };

/** The manifest the last build left, or an empty one (none yet, another version, or damaged). */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, manifestPath), 'utf8')) as Manifest;
    return manifest.version === 2 && manifest.statements && typeof manifest.statements === 'object' ? manifest : emptyManifest;
  } catch {
    return emptyManifest;
  }
}

export function manifestFile(manifest: Manifest): OutputFile {
  return textFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Forgets what the last build recorded of these statements (after their PDFs failed to print, say), so that the next
 * build rebuilds them rather than keep what the index now says of them.
 */
export async function forgetBuilt(outDir: string, slugs: readonly string[]): Promise<void> {
  const manifest = await readManifest(outDir);
  const statements = Object.fromEntries(
    Object.entries(manifest.statements).map(([slug, entry]) => [slug, slugs.includes(slug) ? { ...entry, key: undefined } : entry]),
  );
  await writeFile(path.join(outDir, manifestPath), `${JSON.stringify({ ...manifest, statements }, null, 2)}\n`).catch(() => {});
}
