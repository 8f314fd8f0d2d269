// A statement's output folder is named after its content file.
import path from 'node:path';

/** The output folder for a content file: its name, lower-cased, with anything but letters and digits made a hyphen. */
export function slugOf(file: string): string {
  const name = path.basename(file).replace(/\.md$/i, '');
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'statement';
}
