// What renderers produce: files in memory (or files to copy), with paths relative to the output folder.

export type OutputFile =
  | { readonly path: string; readonly contents: string | Uint8Array }
  /** A file copied as it is, such as a font or reveal.js itself. */
  | { readonly path: string; readonly copyFrom: string };

export function textFile(path: string, contents: string): OutputFile {
  return { path, contents };
}

export function copiedFile(path: string, copyFrom: string): OutputFile {
  return { path, copyFrom };
}

/** Where shared assets go, relative to the output folder. */
export const assetsDir = '_assets';

/**
 * A slide's type scale as the value of the `--lectern-fit` CSS property, or undefined at the normal size.
 * Only a number made by fitting ever reaches a style attribute or a Marp style block.
 */
export function fitValue(scale: number): string | undefined {
  if (!Number.isFinite(scale) || scale >= 1) return undefined;
  return String(Math.max(0, Math.round(scale * 100) / 100));
}
