// PDF files: the text layer read as a person copying it would, without the running header and the page numbers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { paragraphsOf, sourceLines } from '../../src/import/paragraphs.js';
import { pdfText } from '../../src/import/pdf.js';
import { fixturesDir } from '../helpers/project.js';

const corpus = (file: string) => readFileSync(path.join(fixturesDir, 'corpus', file));

describe('pdfText', () => {
  it('drops the running header and the page numbers of every page, and gives back the paragraphs of the text file', async () => {
    const text = await pdfText(corpus('fr/france-delattre-reforme-2015.pdf'), 'delattre.pdf');
    expect(text).not.toContain('Mission permanente de la France');
    expect(text.split('\n').filter((line) => /^\d+$/u.test(line.trim()))).toEqual([]);
    const fromPdf = paragraphsOf(sourceLines(text)).map((paragraph) => paragraph.text);
    const fromText = paragraphsOf(sourceLines(corpus('fr/france-delattre-reforme-2015.txt').toString('utf8'))).map((paragraph) => paragraph.text);
    // Justified lines are joined back, and a sentence cut by a page break is whole again.
    expect(fromPdf).toEqual(fromText);
  });

  it('refuses a scanned PDF with no text layer, naming the file', async () => {
    const error = await pdfText(readFileSync(path.join(fixturesDir, 'corpus', 'make', 'scanned.pdf')), 'scan.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).format()).toBe(
      'scan.pdf: this PDF has no text layer: it is a scanned image; run it through text recognition (OCR) first, or type or paste the statement into a .txt file and import that',
    );
  });

  it('refuses a file that is not a PDF after all', async () => {
    await expect(pdfText(Buffer.from('%PDF-1.7\nnot really'), 'broken.pdf')).rejects.toThrow(/cannot read this PDF/);
  });
});
