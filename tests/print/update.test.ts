// What Lectern adds to a printed PDF (title, author, subject, language, outline), read back with PDF.js the way a
// reader's viewer reads it: appended as an update to a PDF laid out as Chromium writes one, and rewritten whole with
// pdf-lib when the PDF is laid out otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { finishPdf } from '../../src/print/finish.js';
import { appendUpdate, type Additions } from '../../src/print/update.js';
import { readPdf } from '../helpers/pdf.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lectern-update-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(bytes: Uint8Array, name: string) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return readPdf(file);
}

/**
 * A PDF laid out as Skia writes one: numbered objects, one classic cross-reference table, a trailer with /Info; here
 * with a page tree two levels deep (Skia nests it in longer documents) and the text `page N` on each page.
 */
function skiaLike(pages: number): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add("<</Title (Printed) /Creator (Chromium) /Producer (Skia/PDF m1) /CreationDate (D:20260101000000+00'00')>>"); // 1
  add('<</Type /Catalog /Pages 3 0 R /Lang (en) /ViewerPreferences <</Type /ViewerPreferences /DisplayDocTitle true>>>>'); // 2
  const leaves = Array.from({ length: Math.ceil(pages / 2) }, (_, i) => 5 + i);
  add(`<</Type /Pages /Count ${pages} /Kids [${leaves.map((n) => `${n} 0 R`).join(' ')}]>>`); // 3
  add('<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>'); // 4
  const firstPage = 5 + leaves.length;
  leaves.forEach((_, i) => {
    const kids = [2 * i, 2 * i + 1].filter((page) => page < pages).map((page) => firstPage + 2 * page);
    add(`<</Type /Pages /Parent 3 0 R /Count ${kids.length} /Kids [${kids.map((n) => `${n} 0 R`).join(' ')}]>>`);
  });
  for (let page = 0; page < pages; page++) {
    const parent = 5 + Math.floor(page / 2);
    const content = `BT /F1 24 Tf 72 700 Td (page ${page + 1}) Tj ET`;
    add(`<</Type /Page /Parent ${parent} 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R>>>> /Contents ${objects.length + 2} 0 R>>`);
    add(`<</Length ${content.length}>> stream\n${content}\nendstream`);
  }
  let text = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets = objects.map((body, index) => {
    const at = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

const additions: Additions = {
  info: { Title: 'Crime prevention (regional) \\ a "test"', Author: 'Kieran Gorman-Best', Subject: 'Statement at the debate', Creator: 'Lectern' },
  lang: 'en',
  outline: [
    { title: 'Opening', page: 0 },
    { title: 'Regional cooperation', page: 2 },
    { title: 'Closing', page: 4 },
  ],
};

describe('appendUpdate', () => {
  it('adds the title, author, subject, creator, language and an outline, keeping every printed byte as it was', async () => {
    const printed = skiaLike(5);
    const updated = appendUpdate(printed, additions)!;
    expect(updated.pages).toBe(5);
    expect(Buffer.from(updated.bytes.subarray(0, printed.byteLength)).equals(Buffer.from(printed))).toBe(true);
    const pdf = await read(updated.bytes, 'updated');
    expect(pdf.info).toMatchObject({ ...additions.info, Producer: 'Skia/PDF m1' });
    expect(pdf.language).toBe('en');
    expect(pdf.outline.map(({ title, page }) => ({ title, page }))).toEqual(additions.outline);
    expect(pdf.pages.map((page) => page.text)).toEqual(['page 1', 'page 2', 'page 3', 'page 4', 'page 5']);
  });

  it('writes any script as it is, Arabic included, and a bookmark past the last page opens the last page', async () => {
    const arabic: Additions = {
      info: { Title: 'دور المنظمات الإقليمية', Author: 'المتحدث', Creator: 'Lectern' },
      lang: 'ar',
      outline: [{ title: 'الختام ✓', page: 9 }],
    };
    const pdf = await read(appendUpdate(skiaLike(3), arabic)!.bytes, 'arabic');
    expect(pdf.info).toMatchObject(arabic.info);
    expect(pdf.info.Subject).toBeUndefined();
    expect(pdf.language).toBe('ar');
    expect(pdf.outline).toEqual([{ title: 'الختام ✓', page: 2, children: 0 }]);
  });

  it('declines a PDF laid out otherwise: object streams, an update already appended, not a PDF at all', async () => {
    const compact = await PDFDocument.create();
    compact.addPage();
    expect(appendUpdate(await compact.save({ useObjectStreams: true }), additions)).toBeUndefined();
    const once = appendUpdate(skiaLike(2), additions)!.bytes;
    expect(appendUpdate(once, additions)).toBeUndefined();
    expect(appendUpdate(new TextEncoder().encode('<html>not a PDF</html>'), additions)).toBeUndefined();
  });
});

describe('finishPdf', () => {
  const meta = { title: 'Crime prevention', speaker: 'Kieran Gorman-Best', occasion: 'Statement at the debate', lang: 'fr' };

  it('rewrites a PDF it cannot append to, with the same additions', async () => {
    const compact = await PDFDocument.create();
    for (let i = 0; i < 3; i++) compact.addPage();
    const finished = await finishPdf(await compact.save({ useObjectStreams: true }), meta as never, [{ title: 'Deux', page: 1 }]);
    expect(finished.pages).toBe(3);
    const pdf = await read(finished.bytes, 'rewritten');
    expect(pdf.info).toMatchObject({ Title: meta.title, Author: meta.speaker, Subject: meta.occasion, Creator: 'Lectern' });
    expect(pdf.language).toBe('fr');
    expect(pdf.outline).toEqual([{ title: 'Deux', page: 1, children: 0 }]);
  });

  it('appends to a PDF laid out as Chromium writes one', async () => {
    const printed = skiaLike(2);
    const finished = await finishPdf(printed, meta as never, []);
    expect(Buffer.from(finished.bytes.subarray(0, printed.byteLength)).equals(Buffer.from(printed))).toBe(true);
    const pdf = await read(finished.bytes, 'appended');
    expect(pdf.info).toMatchObject({ Title: meta.title, Creator: 'Lectern' });
    expect(pdf.language).toBe('fr');
    expect(pdf.outline).toEqual([]);
  });
});
