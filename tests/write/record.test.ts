// What Lectern reads back from its output folder is untrusted: a folder received from someone else may hold any record
// or journal. No build may remove, or write, a path outside the output folder, whatever they say.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { LecternError } from '../../src/errors.js';
import { parseRecord, serializeRecord, type OutputRecord } from '../../src/write/record.js';
import { snapshot } from '../helpers/files.js';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
function project(): TestProject {
  const p = createProject({ [`content/${slug}.md`]: shippedSource, 'victim/precious.txt': 'a user’s file' });
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

const recordFile = (p: TestProject) => path.join(p.root, 'dist/.lectern/manifest.json');
const readRecord = (p: TestProject) =>
  JSON.parse(readFileSync(recordFile(p), 'utf8')) as Record<string, unknown> & { statements: Record<string, Record<string, unknown>> };

/** Builds, then rewrites the record with `edit`; resolves to what the next build throws. */
async function afterCraftedRecord(p: TestProject, edit: (record: ReturnType<typeof readRecord>) => void): Promise<LecternError> {
  await build(p.config());
  const record = readRecord(p);
  edit(record);
  writeFileSync(recordFile(p), JSON.stringify(record));
  const before = snapshot(p.root);
  const error = await build(p.config()).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(LecternError);
  expect(snapshot(p.root), 'nothing changed anywhere').toEqual(before);
  expect(readFileSync(path.join(p.root, 'victim/precious.txt'), 'utf8')).toBe('a user’s file');
  return error as LecternError;
}

describe('a crafted record', () => {
  it('refuses a statement whose folder is ../victim, and deletes nothing', async () => {
    const p = project();
    const error = await afterCraftedRecord(p, (record) => {
      record.statements['../victim'] = { ...record.statements[slug], slug: '../victim', file: 'content/gone.md' };
    });
    expect(error.kind).toBe('usage');
    expect(error.format()).toMatch(
      /^dist\/\.lectern\/manifest\.json: this is not a record Lectern wrote: statements\.\.\.\/victim is not a statement folder name Lectern makes; nothing was changed; if this output folder came from elsewhere, delete it/,
    );
  });

  it('refuses files and site paths that climb out of the output folder', async () => {
    for (const edit of [
      (record: ReturnType<typeof readRecord>) => void (record.statements[slug]!.files = ['../../victim/precious.txt']),
      (record: ReturnType<typeof readRecord>) => void (record.site = ['_assets/../../victim/precious.txt']),
      (record: ReturnType<typeof readRecord>) => void (record.site = ['/etc/passwd']),
      (record: ReturnType<typeof readRecord>) => void (record.statements[slug]!.slug = 'other'),
    ]) {
      const p = project();
      const error = await afterCraftedRecord(p, edit);
      expect(error.format()).toMatch(/dist\/\.lectern\/manifest\.json: this is not a record Lectern wrote/);
    }
  });

  it('refuses a record that is not JSON, or of another version', async () => {
    const p = project();
    await build(p.config());
    for (const text of ['{ not json', '{"version":2,"statements":{}}', 'null']) {
      writeFileSync(recordFile(p), text);
      const error = await build(p.config()).catch((caught: unknown) => caught);
      expect((error as LecternError).format()).toMatch(/this is not a record Lectern wrote/);
    }
  });

  it('removes only files with the names Lectern gives its outputs, even when the record lists others', async () => {
    const p = project();
    await build(p.config());
    p.write(`dist/${slug}/thesis.docx`, 'a user’s file in a statement folder');
    const record = readRecord(p);
    record.statements[slug]!.files = [...(record.statements[slug]!.files as string[]), 'thesis.docx'];
    record.statements[slug]!.file = 'content/gone.md';
    writeFileSync(recordFile(p), JSON.stringify(record));
    // The statement's file is gone by the record, so the build removes what it wrote there: never thesis.docx.
    p.write('content/other.md', shippedSource);
    await build(p.config({ files: [] }));
    expect(p.read(`dist/${slug}/thesis.docx`)).toBe('a user’s file in a statement folder');
  });
});

describe('a crafted journal', () => {
  it('refuses moves to paths outside the output folder, and changes nothing', async () => {
    const p = project();
    await build(p.config());
    const record = readFileSync(recordFile(p), 'utf8');
    for (const journal of [
      { staging: 'staging-1-ab', writes: ['../victim/precious.txt'], deletes: [], record: JSON.parse(record) },
      { staging: 'staging-1-ab', writes: [], deletes: ['../../victim/precious.txt'], record: JSON.parse(record) },
      { staging: '../../victim', writes: [], deletes: [], record: JSON.parse(record) },
    ]) {
      writeFileSync(path.join(p.root, 'dist/.lectern/journal.json'), JSON.stringify(journal));
      const before = snapshot(p.root);
      const error = await build(p.config()).catch((caught: unknown) => caught);
      expect((error as LecternError).format()).toMatch(/dist\/\.lectern\/journal\.json: this is not a journal Lectern wrote/);
      expect(snapshot(p.root)).toEqual(before);
    }
  });
});

describe('links in the output folder', () => {
  it('never removes what a link to a statement folder points at', async () => {
    const p = project();
    await build(p.config());
    p.write('content/second.md', shippedSource);
    await build(p.config());
    // Someone replaces a built statement's folder with a link to the user's own folder.
    const { rmSync } = await import('node:fs');
    rmSync(path.join(p.root, 'dist/second'), { recursive: true });
    mkdirSync(path.join(p.root, 'victim2'));
    writeFileSync(path.join(p.root, 'victim2/deck.html'), 'the user’s own deck.html');
    symlinkSync(path.join(p.root, 'victim2'), path.join(p.root, 'dist/second'));
    rmSync(path.join(p.root, 'content/second.md'));
    await build(p.config());
    expect(readFileSync(path.join(p.root, 'victim2/deck.html'), 'utf8')).toBe('the user’s own deck.html');
    expect(existsSync(path.join(p.root, 'dist/second'))).toBe(true);
  });
});

describe('parseRecord', () => {
  it('reads back what serializeRecord writes, sorted', () => {
    const record: OutputRecord = {
      inputs: 'abc',
      site: ['index.html', '_assets/a.css'],
      statements: {
        b: {
          slug: 'b',
          file: 'content/b.md',
          theme: 'print',
          meta: { title: 'B', event: 'E', organization: 'O', speaker: 'S', date: '2019-06-06', dateText: '6 June 2019', lang: 'en', dir: 'ltr' },
          key: 'k',
          files: ['deck.html', 'briefing.html'],
        },
      },
    };
    const text = serializeRecord(record);
    expect(parseRecord(text, 'x').statements.b!.files).toEqual(['briefing.html', 'deck.html']);
    expect(parseRecord(text, 'x').site).toEqual(['_assets/a.css', 'index.html']);
  });
});
