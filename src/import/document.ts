// `lectern import` for any file a statement arrives in: plain text, a Word .docx or a PDF, told apart by their first
// bytes rather than by their names. Word and PDF are read into text first; then all three are imported alike.
import { LecternError } from '../errors.js';
import { formatBytes } from '../read-file.js';
import { decodeText, maxImportBytes } from './decode.js';
import { importText, type ImportResult } from './import.js';

/** The largest Word or PDF file `lectern import` reads: 20 MiB, room for a statement with pictures or a logo. */
export const maxDocumentBytes = 20 * 1024 * 1024;

export type SourceFormat = 'text' | 'word' | 'pdf';

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d];
const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/** What the bytes are, by their first bytes: a PDF, a zipped Word document, or anything else (read as text). */
export function formatOf(bytes: Uint8Array): SourceFormat {
  const starts = (magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(pdfMagic)) return 'pdf';
  if (starts(zipMagic) && Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).includes('word/')) return 'word';
  return 'text';
}

/** The size limit for a file of this name: Word and PDF files may be larger than the text they hold. */
export function maxBytesFor(file: string): number {
  return /\.(?:docx|pdf)$/iu.test(file) ? maxDocumentBytes : maxImportBytes;
}

/** Imports one file. `file` is the path messages show. Throws a LecternError for a file it cannot read. */
export async function importFile(bytes: Uint8Array, file: string): Promise<ImportResult> {
  const format = formatOf(bytes);
  if (format !== 'text' && bytes.length > maxDocumentBytes) {
    throw new LecternError(`the file is ${formatBytes(bytes.length)} bytes; lectern import reads Word and PDF files of at most 20 MiB`, {
      at: { file },
      hint: 'save the statement alone, without pictures, or copy its text into a .txt file and import that',
    });
  }
  if (format === 'pdf') {
    const { pdfText } = await import('./pdf.js');
    return importText(checkedText(await pdfText(bytes, file), file), file, 'pdf');
  }
  if (format === 'word') {
    const { wordText } = await import('./word.js');
    return importText(checkedText(await wordText(bytes, file), file), file, 'word');
  }
  return importText(decodeText(bytes, file), file, 'text');
}

/** The text read out of a Word or PDF file, held to the same limits as a text file. */
function checkedText(text: string, file: string): string {
  return decodeText(Buffer.from(text, 'utf8'), file);
}
