// lectern import on real statements: every file of tests/fixtures/corpus/ imported as a user would, against what a
// careful reader marked. Prints the table README's Import section shows (node scripts/corpus.mjs prints it too).
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, formatTable, measureCorpus, summarize, type Measured } from './corpus-measure.js';

let measured: Measured[];
beforeAll(async () => {
  measured = await measureCorpus();
  console.log(formatTable(measured));
}, 300_000);

describe('the corpus', () => {
  it('has at least 30 real statements, 5 or more each in French, Spanish and Arabic, and 3 or more Word and PDF files', () => {
    const files = corpusFiles();
    const texts = files.filter((file) => file.format === 'text');
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['fr', 'es', 'ar']) expect(texts.filter((file) => file.lang === lang).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((file) => file.format === 'word').length).toBeGreaterThanOrEqual(3);
    expect(files.filter((file) => file.format === 'pdf').length).toBeGreaterThanOrEqual(3);
  });
});

describe('lectern import on the corpus', () => {
  it('writes files that all build unedited: lectern build on every imported file', () => {
    expect(measured.filter((m) => !m.builds).map((m) => `${m.entry.file}: ${m.problem}`)).toEqual([]);
  });

  it('drafts no headline over 8 words and no key message over 15', () => {
    expect(measured.flatMap((m) => m.overLimit.map((draft) => `${m.entry.file}: ${draft}`))).toEqual([]);
  });

  it('reads the header fields a careful reader marks in at least 90% of the files (goal: 90%)', () => {
    const summary = summarize(measured);
    expect(summary.fieldsRight / summary.files).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the reader’s number of points in at least 90% of the files (goal: 90%)', () => {
    const summary = summarize(measured);
    expect(summary.pointsRight / summary.files).toBeGreaterThanOrEqual(0.9);
  });
});
