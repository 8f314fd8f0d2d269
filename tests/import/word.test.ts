// Word files: paragraphs, headings, numbered lists and bold lead-ins as the importer reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOfHtml, wordText } from '../../src/import/word.js';
import { fixturesDir } from '../helpers/project.js';

describe('textOfHtml', () => {
  it('keeps headings and paragraphs apart, numbers list items as Word shows them, and keeps the text word for word', () => {
    const html =
      '<h1>Statement &amp; remarks</h1><p>New York, 1 May 2024</p><p>Mr. President,</p><ol><li>Fund early.</li><li>Fund flexibly.</li></ol><ul><li>A bullet</li></ul><p>Thank you.</p>';
    expect(textOfHtml(html).split('\n\n')).toEqual([
      'Statement & remarks',
      'New York, 1 May 2024',
      'Mr. President,',
      '1. Fund early.',
      '2. Fund flexibly.',
      '- A bullet',
      'Thank you.',
    ]);
  });

  it('puts a short bold lead-in ending with a full stop or a colon on a line of its own; other bold text stays in its sentence', () => {
    expect(textOfHtml('<p><strong>Climate finance.</strong> Funding must reach those most at risk.</p>')).toBe(
      'Climate finance.\nFunding must reach those most at risk.',
    );
    expect(textOfHtml('<p><strong>Thank you, Mr. President,</strong> as we reflect on the work of the Council.</p>')).toBe(
      'Thank you, Mr. President, as we reflect on the work of the Council.',
    );
  });
});

describe('wordText', () => {
  it('reads a .docx made in Word: the heading, the header lines and the numbered points', async () => {
    const text = await wordText(readFileSync(path.join(fixturesDir, 'corpus', 'en', 'usun-hrc-report-2019.docx')), 'usun.docx');
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Remarks by the United States on the Report of the Human Rights Council');
    expect(blocks.filter((block) => /^\d\. /u.test(block)).map((block) => block.slice(0, 14))).toEqual(['1. Underpinnin', '2. Further und', '3. Moreover, w']);
  });

  it('refuses a zip file that is not a Word document, naming it', async () => {
    await expect(wordText(Buffer.from('PK\u0003\u0004 not really a zip', 'latin1'), 'broken.docx')).rejects.toThrow(/cannot read this Word file/);
  });
});
