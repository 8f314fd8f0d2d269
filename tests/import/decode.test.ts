// Text as it really arrives: byte-order marks, UTF-16, broken encodings, empty files and files too large.
import { describe, expect, it } from 'vitest';
import { decodeText, maxImportBytes } from '../../src/import/decode.js';
import { LecternError } from '../../src/errors.js';
import { fixtureBytes } from './fixtures.js';

function failure(bytes: Uint8Array, file = 'in.txt'): LecternError {
  try {
    decodeText(bytes, file);
  } catch (error) {
    if (error instanceof LecternError) return error;
    throw error;
  }
  throw new Error('decoding succeeded');
}

describe('decodeText', () => {
  const utf8 = fixtureBytes('bom.txt').subarray(3).toString('utf8');

  it('drops a UTF-8 byte-order mark', () => {
    expect(fixtureBytes('bom.txt').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(decodeText(fixtureBytes('bom.txt'), 'bom.txt')).toBe(utf8);
  });

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    expect(decodeText(fixtureBytes('utf16be.txt'), 'utf16be.txt')).toBe(utf8);
    const french = fixtureBytes('fr.txt').toString('utf8');
    expect(decodeText(fixtureBytes('utf16le.txt'), 'utf16le.txt')).toBe(french.replace(/\n/g, '\r\n'));
  });

  it('names the byte and the line of the first byte that is not UTF-8', () => {
    const bytes = fixtureBytes('invalid-utf8.txt');
    // The file was saved as Windows-1252: "é" is the single byte 0xE9.
    const offset = bytes.indexOf(0xe9);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    const error = failure(bytes, 'invalid-utf8.txt');
    expect(error.format()).toBe(`invalid-utf8.txt:${line}: the file is not valid UTF-8 (byte ${offset}); save it as UTF-8 in your editor`);
    expect(error.kind).toBe('input');
  });

  it('counts the byte offset from the start of the file, byte-order mark included', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ab\ncd'), Buffer.from([0xff]), Buffer.from('e')]);
    expect(failure(bytes).format()).toBe('in.txt:2: the file is not valid UTF-8 (byte 8); save it as UTF-8 in your editor');
  });

  it('names the start of a broken sequence, not the byte after a complete character', () => {
    const after = Buffer.concat([Buffer.from('é'), Buffer.from([0xff])]);
    expect(failure(after).message).toBe('the file is not valid UTF-8 (byte 2)');
    const cut = Buffer.concat([Buffer.from('ab'), Buffer.from('€').subarray(0, 2), Buffer.from('c')]);
    expect(failure(cut).message).toBe('the file is not valid UTF-8 (byte 2)');
  });

  it('refuses UTF-16 without a byte-order mark, naming the first NUL byte', () => {
    const bytes = Buffer.from('Thank you.', 'utf16le');
    expect(failure(bytes).format()).toMatch(/^in\.txt:1: the file holds a NUL byte \(byte 1\): it is UTF-16 without a byte-order mark/);
  });

  it('refuses broken UTF-16: a cut character, a lone surrogate', () => {
    const cut = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le'), Buffer.from([0x41])]);
    expect(failure(cut).message).toBe('the file is not valid UTF-16: it ends half-way through a character (byte 6)');
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('c', 'utf16le')]);
    expect(failure(lone).format()).toMatch(/^in\.txt:2: the file is not valid UTF-16 \(byte 8\)/);
  });

  it('refuses an empty file and one of white space only, saying what to do', () => {
    expect(failure(fixtureBytes('empty.txt'), 'empty.txt').format()).toBe(
      "empty.txt: the file is empty; paste the statement's text into it, save it, and run lectern import again",
    );
    expect(failure(fixtureBytes('whitespace.txt'), 'whitespace.txt').message).toBe('the file holds only white space');
    expect(failure(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])).message).toBe('the file holds only white space');
  });

  it(`refuses more than ${maxImportBytes} bytes, and accepts exactly that many`, () => {
    const line = 'First, a sentence of a statement that goes on. ';
    const text = line.repeat(Math.ceil(maxImportBytes / line.length)).slice(0, maxImportBytes);
    expect(decodeText(Buffer.from(text), 'big.txt')).toHaveLength(maxImportBytes);
    const error = failure(Buffer.from(`${text}x`), 'big.txt');
    expect(error.format()).toBe(
      'big.txt: the file is 1,048,577 bytes; lectern import reads at most 1 MiB (1,048,576 bytes); import one statement at a time: save only its text in a file of its own',
    );
  });

  it('recognises a PDF, or a zip file that is no Word document, and says to copy the text out (importFile reads PDF and Word first)', () => {
    expect(failure(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'statement.pdf').format()).toMatch(
      /^statement\.pdf: this is a PDF, not a text file; copy the statement's text into a \.txt file/,
    );
    expect(failure(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'statement.docx').message).toBe(
      'this is a zip file that is not a Word .docx, not a text file',
    );
  });
});
