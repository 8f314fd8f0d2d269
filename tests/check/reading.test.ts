// `lectern check --reading-pages N`: the reading copy's pages, estimated with the theme's fonts as print sets them,
// and a warning with file:line when they run over N.
import { afterAll, describe, expect, it } from 'vitest';
import { compileStatement } from '../../src/build/statement.js';
import { themeCache } from '../../src/build/themes.js';
import { readingPages } from '../../src/check/reading.js';
import { checkFiles } from '../../src/check/run.js';
import { createProject, lineOf, shippedSource } from '../helpers/project.js';

const file = 'content/iom-crime-prevention-2019.md';
const project = createProject({ [file]: shippedSource });
afterAll(() => project.remove());

async function pages(options: Parameters<typeof project.config>[0] = {}): Promise<number> {
  const config = project.config(options);
  const compiled = await compileStatement(`${project.root}/${file}`, config, themeCache(config));
  return readingPages(compiled!.planned, config);
}

describe('readingPages', () => {
  it('estimates the pages `lectern pdf` prints for the shipped statement: 4 of A4 at 16 pt', async () => {
    // Printed, reading.pdf of the shipped statement has 4 pages (tests/render/delivery.pdf.test.ts prints it).
    expect(await pages()).toBe(4);
  });

  it('grows with the type size and shrinks with it', async () => {
    expect(await pages({ readingSize: 24 })).toBeGreaterThan(await pages());
    expect(await pages({ readingSize: 12 })).toBeLessThan(await pages());
  });
});

describe('lectern check --reading-pages', () => {
  it('warns, at the title line, when the reading copy runs over the pages set', async () => {
    const { checks } = await checkFiles(project.config({ readingPages: 2 }));
    const warning = checks[0]!.warnings.find((each) => each.message.startsWith('the reading copy'));
    expect(warning?.at).toEqual({ file, line: lineOf(shippedSource, 'title:') });
    expect(warning?.message).toBe(
      'the reading copy runs to about 4 pages of A4 at 16 pt, more than the 2 set with --reading-pages; shorten the text, or set a smaller --reading-size',
    );
  });

  it('says nothing when it fits', async () => {
    const { checks } = await checkFiles(project.config({ readingPages: 4 }));
    expect(checks[0]!.warnings.filter((each) => each.message.startsWith('the reading copy'))).toEqual([]);
  });
});
