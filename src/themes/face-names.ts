// The names a bundled font file carries inside it, made right where they are wrong. Some @fontsource files keep the
// names of the variable-font instance they were cut from: Source Sans 3's bold says it is "Source Sans 3 ExtraLight
// Bold", PostScript name "SourceSans3ExtraLight-Bold", which is what a PDF's font list and a print shop then see.
// Only the `name` table is rewritten: every other table (glyphs, metrics, character map, kerning) stays byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../cache/dir.js';
import type { FontFace } from './fonts.js';

/** A face's file as it is shipped: a file to copy (the bundled one, or a renamed copy in the cache), or its bytes. */
export type NamedFaceFile = string | Uint8Array;

/** The names a face should carry: `Source Sans 3`, `Bold`, `Source Sans 3 Bold`, `SourceSans3-Bold`. */
export interface FaceNames {
  readonly family: string;
  readonly subfamily: string;
  readonly fullName: string;
  readonly postscriptName: string;
}

/** Bump when the renamed files change: older ones in the cache are then made again. */
const namingVersion = 1;

const subfamilies: Readonly<Record<number, string>> = { 400: 'Regular', 700: 'Bold' };

/** What the face should be called; undefined for a weight or style without a standard subfamily name. */
export function faceNames(face: Pick<FontFace, 'family' | 'weight' | 'style'>): FaceNames | undefined {
  const subfamily = face.style === 'normal' ? subfamilies[face.weight] : undefined;
  if (!subfamily) return undefined;
  // PostScript names are printable ASCII without spaces or delimiters.
  const postscriptFamily = face.family.replace(/[^A-Za-z0-9]/g, '');
  return { family: face.family, subfamily, fullName: `${face.family} ${subfamily}`, postscriptName: `${postscriptFamily}-${subfamily}` };
}

const pending = new Map<string, Promise<NamedFaceFile>>();

/**
 * The file to ship for each face (by `face.file`): the bundled file when its names are right, else a copy with the
 * right names, made once per file and version of this code and kept in `cacheDir` (without a cache folder, made in
 * memory once per process).
 */
export async function namedFaceFiles(faces: Iterable<FontFace>, cacheDir: string | undefined): Promise<ReadonlyMap<string, NamedFaceFile>> {
  const unique = new Map<string, FontFace>();
  for (const face of faces) unique.set(face.file, face);
  const named = new Map<string, NamedFaceFile>();
  // One at a time: the WOFF2 coder is one WebAssembly instance, and a cold run's work is Brotli compression.
  for (const [file, face] of unique) named.set(file, await namedFaceFile(face, cacheDir));
  return named;
}

function namedFaceFile(face: FontFace, cacheDir: string | undefined): Promise<NamedFaceFile> {
  const key = `${face.file}\0${cacheDir}`;
  let named = pending.get(key);
  if (!named) {
    named = nameFace(face, cacheDir);
    pending.set(key, named);
    named.catch(() => pending.delete(key));
  }
  return named;
}

async function nameFace(face: FontFace, cacheDir: string | undefined): Promise<NamedFaceFile> {
  const names = faceNames(face);
  if (!names) return face.file;
  const bytes = readFileSync(face.file);
  const hash = createHash('sha256').update(`${namingVersion}\0${JSON.stringify(names)}\0`).update(bytes).digest('hex').slice(0, 24);
  const stem = `${path.basename(face.file, path.extname(face.file))}-${hash}`;
  const renamedFile = cacheDir && path.join(cacheDir, `${stem}.woff2`);
  const rightFile = cacheDir && path.join(cacheDir, `${stem}.right`);
  if (renamedFile && isWoff2(renamedFile)) return renamedFile;
  if (rightFile && existsSync(rightFile)) return face.file;

  const renamed = await renameWoff2(bytes, names);
  if (!renamed) {
    if (rightFile) writeCacheFile(rightFile, '');
    return face.file;
  }
  if (!renamedFile) return renamed;
  writeCacheFile(renamedFile, renamed);
  return isWoff2(renamedFile) ? renamedFile : renamed;
}

/** A cached file is read back as untrusted: it must at least be a whole WOFF2 file. */
function isWoff2(file: string): boolean {
  try {
    const bytes = readFileSync(file);
    return bytes.length > 12 && bytes.toString('latin1', 0, 4) === 'wOF2' && bytes.readUInt32BE(8) === bytes.length;
  } catch {
    return false;
  }
}

/** The WOFF2 font with `names`, or undefined when it already carries them. */
export async function renameWoff2(woff2: Uint8Array, names: FaceNames): Promise<Uint8Array | undefined> {
  // The package's main entry, not its smaller `decompress` one, whose only export is a default: the compiled CLI
  // requires ES modules, and esbuild's interop then hands it the whole module as that default.
  const { compress, decompress } = await import('woff2-encoder');
  const sfnt = Buffer.from(await decompress(woff2));
  const table = sfntTables(sfnt).get('name');
  if (!table) return undefined;
  const renamed = renamedTable(table, names);
  if (!renamed) return undefined;
  return compress(withTable(sfnt, 'name', renamed));
}

/** The tables of an sfnt (TrueType or OpenType) font, by tag, in the order of its table directory. */
export function sfntTables(sfnt: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const count = sfnt.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const entry = 12 + 16 * index;
    const offset = sfnt.readUInt32BE(entry + 8);
    tables.set(sfnt.toString('latin1', entry, entry + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(entry + 12)));
  }
  return tables;
}

// name IDs: https://learn.microsoft.com/typography/opentype/spec/name#name-ids
const nameIds = { family: 1, subfamily: 2, uniqueId: 3, fullName: 4, postscriptName: 6, typographicFamily: 16, typographicSubfamily: 17 };

interface NameRecord {
  readonly platform: number;
  readonly encoding: number;
  readonly language: number;
  readonly nameId: number;
  text: string;
}

/**
 * The `name` table with the family, subfamily, full and PostScript names (and the typographic family and subfamily,
 * where present) set to `names`, and the old PostScript name replaced in the unique ID; undefined when they are right.
 * Every other record is kept. Only records in a Unicode encoding (platforms 0 and 3) or Mac Roman are read.
 */
function renamedTable(table: Buffer, names: FaceNames): Buffer | undefined {
  if (table.readUInt16BE(0) !== 0) return undefined; // format 1 (language tags) is not used by any bundled font
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const records: NameRecord[] = [];
  for (let index = 0; index < count; index++) {
    const at = 6 + 12 * index;
    const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((field) => table.readUInt16BE(at + field)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const text = decodeName(platform, encoding, table.subarray(strings + offset, strings + offset + length));
    if (text === undefined) return undefined; // an encoding this code cannot write back faithfully: leave the font as it is
    records.push({ platform, encoding, language, nameId, text });
  }

  const wanted = new Map<number, string>([
    [nameIds.family, names.family],
    [nameIds.subfamily, names.subfamily],
    [nameIds.fullName, names.fullName],
    [nameIds.postscriptName, names.postscriptName],
    [nameIds.typographicFamily, names.family],
    [nameIds.typographicSubfamily, names.subfamily],
  ]);
  const wrong = records.filter((record) => wanted.has(record.nameId) && record.text !== wanted.get(record.nameId));
  if (wrong.length === 0) return undefined;
  const oldPostscriptNames = records.filter((record) => record.nameId === nameIds.postscriptName && record.text !== names.postscriptName).map((record) => record.text);
  for (const record of records) {
    const text = wanted.get(record.nameId);
    if (text !== undefined) record.text = text;
    else if (record.nameId === nameIds.uniqueId) for (const old of oldPostscriptNames) record.text = record.text.replaceAll(old, names.postscriptName);
  }
  return nameTable(records);
}

function decodeName(platform: number, encoding: number, bytes: Buffer): string | undefined {
  if (platform === 0 || platform === 3) return Buffer.from(bytes).swap16().toString('utf16le');
  if (platform === 1 && encoding === 0 && bytes.every((byte) => byte < 0x80)) return bytes.toString('latin1');
  return undefined;
}

function encodeName(record: NameRecord): Buffer {
  if (record.platform === 1) return Buffer.from(record.text, 'latin1');
  return Buffer.from(record.text, 'utf16le').swap16();
}

/** A format 0 `name` table, its records sorted as the specification requires, equal strings stored once. */
function nameTable(records: readonly NameRecord[]): Buffer {
  const sorted = [...records].sort((a, b) => a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.nameId - b.nameId);
  const header = Buffer.alloc(6 + 12 * sorted.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(sorted.length, 2);
  header.writeUInt16BE(header.length, 4);
  const strings: Buffer[] = [];
  const offsets = new Map<string, number>();
  let size = 0;
  sorted.forEach((record, index) => {
    const bytes = encodeName(record);
    const id = bytes.toString('hex');
    let offset = offsets.get(id);
    if (offset === undefined) {
      offsets.set(id, (offset = size));
      strings.push(bytes);
      size += bytes.length;
    }
    const at = 6 + 12 * index;
    for (const [field, value] of [record.platform, record.encoding, record.language, record.nameId, bytes.length, offset].entries()) {
      header.writeUInt16BE(value, at + 2 * field);
    }
  });
  return Buffer.concat([header, ...strings]);
}

/** The sfnt font with one table replaced: the directory in the same order, each table's checksum, the font's in `head`. */
function withTable(sfnt: Buffer, tag: string, replacement: Buffer): Buffer {
  const tables = sfntTables(sfnt);
  tables.set(tag, replacement);
  const directory = Buffer.alloc(12 + 16 * tables.size);
  sfnt.copy(directory, 0, 0, 12);
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  let head: { offset: number } | undefined;
  [...tables].forEach(([name, data], index) => {
    const entry = 12 + 16 * index;
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    if (name === 'head') {
      padded.writeUInt32BE(0, 8); // checkSumAdjustment counts as zero in every checksum
      head = { offset };
    }
    directory.write(name, entry, 'latin1');
    directory.writeUInt32BE(checksum(padded), entry + 4);
    directory.writeUInt32BE(offset, entry + 8);
    directory.writeUInt32BE(data.length, entry + 12);
    parts.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat(parts);
  if (head) font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, head.offset + 8);
  return font;
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let at = 0; at + 4 <= data.length; at += 4) sum = (sum + data.readUInt32BE(at)) >>> 0;
  return sum;
}
