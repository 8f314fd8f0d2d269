// Office files are zip files. Lectern reads and writes them with Node's own zlib (native deflate, many times faster
// than deflate in JavaScript), and writes them byte for byte the same from the same input, so a build that changed
// nothing leaves them as they were: every entry carries the same fixed time, and the entries keep their order.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** The parts of an Office file by their names in the zip (`ppt/slides/slide1.xml`), in order. */
export type Parts = Map<string, Uint8Array>;

/** 1980-01-01 00:00, the first time a zip entry can carry, in MS-DOS date and time fields. */
const dosDate = (1 << 5) | 1;
const dosTime = 0;

/** Files already compressed (pictures, fonts, media) are stored as they are: deflating them again only costs time. */
const stored = /\.(?:png|jpe?g|gif|wdp|mp4|m4a|mp3|fntdata|odttf|zip)$/i;

/**
 * zlib's fast deflate: half the time of its default level (6) on an Office file's small XML parts, for files some 3%
 * larger (the shipped statement's deck.pptx: 27.3 KB become 28.0).
 */
const level = 3;

/**
 * Each part's checksum and deflated bytes, kept as long as the part is: a template's master, layouts and theme are the
 * same bytes in every deck made on it, and are deflated once.
 */
const packed = new WeakMap<Uint8Array, { readonly method: 0 | 8; readonly crc: number; readonly body: Buffer }>();

function pack(data: Uint8Array, method: 0 | 8): { readonly crc: number; readonly body: Buffer } {
  let found = packed.get(data);
  if (found?.method !== method) {
    found = { method, crc: crc32(data), body: method === 8 ? deflateRawSync(data, { level }) : Buffer.from(data) };
    packed.set(data, found);
  }
  return found;
}

/** Writes the parts as a zip file, `[Content_Types].xml` first as Office writes it. */
export function writeZip(parts: Parts): Uint8Array {
  const names = [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const data = parts.get(name)!;
    const method = stored.test(name) ? 0 : 8;
    const { crc, body } = pack(data, method);
    const file = Buffer.from(name, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(0x0800, at + 2); // names in UTF-8
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(dosTime, at + 6);
      header.writeUInt16LE(dosDate, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(file.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, file, body);
    central.push(entry, file);
    offset += local.length + file.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Largest inflated part accepted from a zip file: a template's biggest picture is a few MiB. */
const largestPart = 256 * 1024 * 1024;

/** Reads a zip file into its parts, from its central directory. Throws on anything that is not a zip file. */
export function readZip(bytes: Uint8Array): Parts {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: Parts = new Map();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('not a zip file: a damaged central directory');
    const method = zip.readUInt16LE(at + 10);
    const [compressed, size] = [zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24)];
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50 || size > largestPart) throw new Error(`not a zip file Lectern reads: ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) parts.set(name, new Uint8Array(data));
    else if (method === 8) parts.set(name, new Uint8Array(inflateRawSync(data, { maxOutputLength: largestPart })));
    else throw new Error(`${name} is compressed in a way Office files do not use (method ${method})`);
  }
  return parts;
}

export const textOf = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
export const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
