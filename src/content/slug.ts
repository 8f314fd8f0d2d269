// A statement's output folder is named after its content file.
import path from 'node:path';
import { LecternError } from '../errors.js';

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

/** Two content files whose names make the same output folder: the second of each pair is the mistake. */
export function duplicateSlugErrors(statements: readonly { readonly file: string; readonly slug: string }[]): LecternError[] {
  const errors: LecternError[] = [];
  const seen = new Map<string, string>();
  for (const statement of statements) {
    const other = seen.get(statement.slug);
    if (other) {
      errors.push(
        new LecternError(`this file would be built into the same folder, dist/${statement.slug}/, as ${other}`, {
          at: { file: statement.file },
          hint: 'rename one of the two files',
        }),
      );
    }
    seen.set(statement.slug, statement.file);
  }
  return errors;
}
