// Turns the bytes of a text file, as it arrives from a web page, an e-mail or a PDF, into a string — or says why not.
import { decodeUtf8 } from '../content/load.js';
import { LecternError } from '../errors.js';
import { formatBytes } from '../read-file.js';

/** The largest file `lectern import` reads: 1 MiB. A long statement is 50 KB; anything larger is not one statement. */
export const maxImportBytes = 1024 * 1024;

/** Files that are not text at all, by their first bytes, and what to do instead. */
const binaryFormats: readonly { readonly magic: readonly number[]; readonly what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip file that is not a Word .docx' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word .doc' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/**
 * UTF-8 with or without a byte-order mark, or UTF-16 (little- or big-endian) with one.
 * Throws a LecternError naming the file, and where it can the byte and line, for anything else.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  checkSize(bytes.length, file);
  const format = binaryFormats.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (format) {
    throw new LecternError(`this is ${format.what}, not a text file`, {
      at: { file },
      hint: "copy the statement's text into a .txt file (select all, copy, paste into a text editor, save as UTF-8) and import that",
    });
  }
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? decodeUtf16(bytes, 'le', file)
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? decodeUtf16(bytes, 'be', file)
        : decodeUtf8Text(bytes, file);
  if (text.trim() === '') {
    throw new LecternError(bytes.length === 0 ? 'the file is empty' : 'the file holds only white space', {
      at: { file },
      hint: "paste the statement's text into it, save it, and run lectern import again",
    });
  }
  return text;
}

/** Checked before reading when the size is known, and again on the bytes. */
export function checkSize(size: number, file: string): void {
  if (size > maxImportBytes) throw tooLarge(size, file);
}

export function tooLarge(size: number, file: string, limit = maxImportBytes): LecternError {
  const limitText = limit === maxImportBytes ? '1 MiB' : `${limit / 1024 / 1024} MiB`;
  return new LecternError(`the file is ${formatBytes(size)} bytes; lectern import reads at most ${limitText} (${formatBytes(limit)} bytes)`, {
    at: { file },
    hint: 'import one statement at a time: save only its text in a file of its own',
  });
}

function decodeUtf8Text(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new LecternError(`the file holds a NUL byte (byte ${nul}): it is UTF-16 without a byte-order mark, or not text`, {
      at: { file, line: lineAt(bytes, nul) },
      hint: 'save it as UTF-8 in your editor',
    });
  }
  return decodeUtf8(bytes, file);
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be', file: string): string {
  const hint = 'save it again as UTF-16 or, better, as UTF-8 in your editor';
  if (bytes.length % 2 !== 0) {
    throw new LecternError(`the file is not valid UTF-16: it ends half-way through a character (byte ${bytes.length - 1})`, {
      at: { file },
      hint,
    });
  }
  const unit = (i: number) => (order === 'le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let line = 1;
  for (let i = 2; i < bytes.length; i += 2) {
    const code = unit(i);
    if (code === 0x0a) line++;
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (low || (high && !(i + 2 < bytes.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff))) {
      throw new LecternError(`the file is not valid UTF-16 (byte ${i})`, { at: { file, line }, hint });
    }
    if (high) i += 2;
  }
  // The decoder drops the byte-order mark itself.
  return new TextDecoder(`utf-16${order}`).decode(bytes);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
