// Finds the content files a build covers and reads them as UTF-8 text.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../config.js';
import { isLecternError, LecternError, throwIfAny } from '../errors.js';
import { formatBytes, readRegularFile } from '../read-file.js';
import { namedLogoDigest, withLogoDigest } from './logo.js';

/** A content file as a build first sees it: where it is, and a digest of its bytes to tell whether it changed. */
export interface ContentFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the project root, as messages show it. */
  readonly file: string;
  /** SHA-256 of the file's bytes, and of its logo's when its front matter names one (see `withLogoDigest`). */
  readonly digest: string;
}

/** A content file with its text. */
export interface SourceFile extends ContentFile {
  readonly source: string;
}

/** The content files named in the configuration, or every `*.md` in the content folder. */
export async function findContentFiles(config: Pick<ResolvedConfig, 'root' | 'contentDir' | 'files'>): Promise<string[]> {
  if (config.files.length > 0) {
    // Named on the command line: a file that is not a content file is a mistake there (exit 2).
    throwIfAny(
      config.files
        .filter((file) => !file.toLowerCase().endsWith('.md'))
        .map(
          (file) =>
            new LecternError('this is not a content file, whose name ends in .md', {
              kind: 'usage',
              at: { file: displayPath(config, file) },
              hint: 'name .md files, or none for all of content/; lectern import makes one from a text file',
            }),
        ),
    );
    return [...config.files];
  }
  let names: string[];
  try {
    names = await readdir(config.contentDir);
  } catch (error) {
    throw new LecternError(`there is no content folder at ${displayPath(config, config.contentDir)}`, {
      kind: 'usage',
      hint: 'run lectern from the project folder, or create content/ with one .md file per statement',
      cause: error,
    });
  }
  return names
    .filter(isContentFileName)
    .sort(byName)
    .map((name) => path.join(config.contentDir, name));
}

/** The order statements are built, checked and listed in: by name, as a reader sorts them (`a.md` before `B.md`). */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** A statement's file: `*.md`, neither hidden nor starting with `_` (a place for notes and drafts). */
export function isContentFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.') && !name.startsWith('_');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's digest, with that of the logo it names: a build reads the text of only the statements it renders,
 * one at a time, so a large build does not hold every statement's text at once.
 */
export async function fingerprintContentFile(config: Pick<ResolvedConfig, 'root'>, file: string): Promise<ContentFile> {
  const shown = displayPath(config, file);
  const bytes = await readBytes(file, shown);
  return { path: file, file: shown, digest: withLogoDigest(digestOf(bytes), namedLogoDigest(bytes, file)) };
}

export async function readContentFile(config: Pick<ResolvedConfig, 'root'>, file: string): Promise<SourceFile> {
  const shown = displayPath(config, file);
  const bytes = await readBytes(file, shown);
  return { path: file, file: shown, digest: withLogoDigest(digestOf(bytes), namedLogoDigest(bytes, file)), source: decodeUtf8(bytes, shown) };
}

/** The largest content file Lectern reads: 2 MiB. A long statement is about 50 KB; anything larger is not one statement. */
export const maxContentBytes = 2 * 1024 * 1024;

async function readBytes(file: string, shown: string): Promise<Buffer> {
  try {
    return await readRegularFile(file, maxContentBytes, {
      notAFile: (what) =>
        new LecternError(`this is ${what}, not a file`, { at: { file: shown }, hint: 'remove it, or rename it so its name does not end in .md' }),
      tooLarge: (size) =>
        new LecternError(`the file is ${formatBytes(size)} bytes; a content file may be at most 2 MiB (${formatBytes(maxContentBytes)} bytes)`, {
          at: { file: shown },
          hint: 'a statement is about 50 KB: keep one statement per file, and trim or split it',
        }),
    });
  } catch (error) {
    if (isLecternError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new LecternError(code === 'ENOENT' ? 'no such content file' : `cannot read the file (${code ?? 'unknown error'})`, {
      kind: code === 'ENOENT' ? 'usage' : 'input',
      at: { file: shown },
      hint: code === 'ENOENT' ? 'check the path; content files live in content/ and end in .md' : 'check its permissions',
      cause: error,
    });
  }
}

function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length;
    throw new LecternError(`the file is not valid UTF-8 (byte ${offset})`, {
      at: { file, line },
      hint: 'save it as UTF-8 in your editor',
    });
  }
}

/** The offset of the first byte that is not UTF-8: the start of the broken sequence, as other tools report it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix; a multi-byte character cut at the boundary is allowed for by `stream`.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // If that prefix ends inside a character ("Caf" + 0xE9 before a space), the broken sequence starts at its lead byte.
  for (let i = low - 1; i >= Math.max(0, low - 3); i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return i + (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2) > low ? i : low;
  }
  return low;
}
