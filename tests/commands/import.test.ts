// `lectern import` as a user runs it: what it writes, what it says, and its exit codes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../src/import/decode.js';
import { maxDocumentBytes } from '../../src/import/document.js';
import { runCli } from '../helpers/cli.js';
import { createProject, fixturesDir, seedText, type TestProject } from '../helpers/project.js';
import { fixtureBytes } from '../import/fixtures.js';

let project: TestProject;
beforeEach(() => {
  project = createProject({ 'statement.txt': seedText });
});
afterEach(() => project.remove());

const lectern = (...args: string[]) => runCli(args, { cwd: project.root });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('lectern import', () => {
  it('writes content/<name>.md from the seed, says what it found, and the file builds', () => {
    const run = lectern('import', 'statement.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Wrote content/statement.md: salutation, introduction, 3 points, conclusion, closing; ' +
        'speaker: Kieran Gorman-Best, Senior Policy and Liaison Officer; organization: International Organization for Migration (IOM); ' +
        'date: 2019-06-06; lang: en',
    );
    expect(run.stderr).toContain('Headlines and key messages are drafts');
    expect(run.stderr).toContain('The file builds as it is: run lectern build.');
    expect(project.read('content/statement.md')).toMatch(/^---\ntitle: The Role of Regional Organizations/);

    const build = lectern('build');
    expect(build.code).toBe(0);
    expect(project.read('dist/statement/deck.html')).toContain('Kieran Gorman-Best');
  });

  it('never replaces a file without --force, and replaces it with --force', () => {
    project.write('content/statement.md', 'my edits\n');
    const refused = lectern('import', 'statement.txt');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'error content/statement.md: the file already exists and lectern import does not replace it; pass --force to replace it, or --out to write elsewhere',
    );
    expect(project.read('content/statement.md')).toBe('my edits\n');

    const forced = lectern('import', 'statement.txt', '--force');
    expect(forced.code).toBe(0);
    expect(project.read('content/statement.md')).toMatch(/^---\ntitle: /);
  });

  it('writes into the folder --out names, or to the .md file it names', () => {
    expect(lectern('import', 'statement.txt', '--out', 'drafts/').code).toBe(0);
    expect(project.read('drafts/statement.md')).toMatch(/^---\n/);
    const named = lectern('import', 'statement.txt', '-o', 'content/iom-2019.md');
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('Wrote content/iom-2019.md:');
    expect(project.read('content/iom-2019.md')).toBe(project.read('drafts/statement.md'));
  });

  it('names the content file after the text file', () => {
    project.write('speeches/IOM Statement (June 2019).txt', seedText);
    expect(lectern('import', 'speeches/IOM Statement (June 2019).txt').code).toBe(0);
    expect(project.read('content/iom-statement-june-2019.md')).toMatch(/^---\n/);
  });

  it('says so when nothing marks the points and it groups the paragraphs into draft points, and the file builds', () => {
    project.write('no-points.txt', fixtureBytes('no-points.txt').toString('utf8'));
    const run = lectern('import', 'no-points.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Wrote content/no-points.md: salutation, introduction, 1 point, conclusion, closing;');
    expect(run.stderr).toContain(
      'warning nothing in the text marks the points, so the paragraphs are grouped into 1 draft point in content/no-points.md: check where each starts',
    );
    expect(run.stderr).toContain('The file builds as it is: run lectern build.');
  });

  it('lists the header fields it could not find as warnings, and what the build stops on: an empty introduction', () => {
    project.write('bare.txt', 'First, we act together.\n\nSecond, we report back.\n\nIn conclusion, we thank the Chair for her leadership.\n');
    const run = lectern('import', 'bare.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Wrote content/bare.md: 2 points, conclusion; lang: en');
    // What it could not find, each as lectern check lists it, at the front matter; nothing is invented.
    const content = project.read('content/bare.md').split('\n');
    for (const [field, hint] of [
      ['event', 'add "event: Meeting" to the header so the outputs say where it is delivered'],
      ['organization', 'add "organization: Name" to the header so the outputs say on whose behalf it is delivered'],
      ['speaker', 'add "speaker: Name" to the header so the outputs say who delivers it'],
      ['date', 'add "date: YYYY-MM-DD" to the header so the outputs say when it is delivered'],
    ]) {
      expect(run.stderr).toContain(`warning content/bare.md:1: no ${field}; ${hint}`);
      expect(content.some((text) => text.startsWith(`# ${field}: not found in the text`))).toBe(true);
      expect(content.some((text) => text.startsWith(`${field}:`))).toBe(false);
    }
    // A title it cannot find is drafted from the first sentence, and marked as a draft.
    const title = content.findIndex((text) => text.startsWith('title: ')) + 1;
    expect(content[title - 2]).toBe('# title: a draft from the first sentence: the header names no title; edit it');
    expect(run.stderr).toContain(`warning content/bare.md:${title}: no title found in the text; the title is a draft from the first sentence: edit it`);
    // Only the body stops the build: here, an empty introduction.
    expect(run.stderr).toContain('warning before content/bare.md builds, fix this:');
    expect(run.stderr).not.toContain('required field');
    expect(run.stderr).toMatch(/warning {3}content\/bare\.md:\d+: the introduction is empty; add a "## " headline under "# Introduction"/);
  });
});

describe('lectern import of Word and PDF files', () => {
  const corpus = (file: string) => readFileSync(path.join(fixturesDir, 'corpus', file));

  it.each([
    ['en/usun-hrc-report-2019.docx', 'usun-hrc-report-2019.md'],
    ['fr/france-delattre-reforme-2015.pdf', 'france-delattre-reforme-2015.md'],
  ])('%s: reads it as the text file it was made from', (file, written) => {
    writeFileSync(path.join(project.root, path.basename(file)), corpus(file));
    writeFileSync(path.join(project.root, 'same.txt'), corpus(file.replace(/\.\w+$/u, '.txt')));
    const run = lectern('import', path.basename(file));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Wrote content/${written}:`);
    expect(lectern('import', 'same.txt').code).toBe(0);
    const frontMatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4));
    expect(frontMatter(project.read(`content/${written}`))).toBe(frontMatter(project.read('content/same.md')));
  });

  it('a scanned PDF, with no text layer: exit 1, one line naming the file', () => {
    writeFileSync(path.join(project.root, 'scanned.pdf'), readFileSync(path.join(fixturesDir, 'corpus', 'make', 'scanned.pdf')));
    const run = lectern('import', 'scanned.pdf');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'error scanned.pdf: this PDF has no text layer: it is a scanned image; run it through text recognition (OCR) first, or type or paste the statement into a .txt file and import that',
    );
    expect(readdirSync(project.root)).not.toContain('content');
  });

  it('a Word or PDF file over 20 MiB: exit 1 before reading it', () => {
    writeFileSync(path.join(project.root, 'big.docx'), Buffer.alloc(maxDocumentBytes + 1));
    const run = lectern('import', 'big.docx');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^error big\.docx: the file is 20,971,521 bytes; lectern import reads at most 20 MiB \(20,971,520 bytes\)/);
  });

  it('tells a file by its bytes, not its name: text named .pdf is read as text', () => {
    project.write('statement.pdf', seedText);
    const run = lectern('import', 'statement.pdf');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Wrote content/statement.md: salutation, introduction, 3 points, conclusion, closing;');
  });
});

describe('lectern import --out where it cannot write', () => {
  it.each([
    [
      'an existing file that is not .md',
      ['-o', 'notes.txt'],
      'error notes.txt: this is a file, not a folder; give --out a folder to write statement.md into, or the .md file to write',
    ],
    [
      'a path under a file',
      ['-o', 'notes.txt/drafts/'],
      'error notes.txt: this is a file, not a folder; give --out a folder to write statement.md into, or the .md file to write',
    ],
    [
      'a .md file under a file',
      ['-o', 'notes.txt/s.md'],
      'error notes.txt: this is a file, not a folder; give --out a folder to write s.md into, or the .md file to write',
    ],
    [
      'a folder named like a .md file',
      ['-o', 'folder.md'],
      'error folder.md: this is a folder, not a file; give --out the .md file to write, or a folder whose name does not end in .md',
    ],
    [
      'a folder named like a .md file, with --force',
      ['-o', 'folder.md', '--force'],
      'error folder.md: this is a folder, not a file; give --out the .md file to write, or a folder whose name does not end in .md',
    ],
    [
      'a named pipe, with --force',
      ['-o', 'pipe.md', '--force'],
      'error pipe.md: this is a named pipe, not a file; give --out the .md file to write, or a folder whose name does not end in .md',
    ],
    // /sys refuses new files even to root.
    [
      'a folder no one may write in',
      ['-o', '/sys/s.md'],
      'error /sys/s.md: cannot write the file (EACCES); give --out a folder you can write in, or check its permissions',
    ],
    [
      'a folder no one may write in, with --force',
      ['-o', '/sys/s.md', '--force'],
      'error /sys/s.md: cannot write the file (EACCES); give --out a folder you can write in, or check its permissions',
    ],
  ])('%s: exit 2, naming the path and what to do, and nothing touched', (_, args, message) => {
    project.write('notes.txt', 'my notes\n');
    project.write('folder.md/keep.md', 'mine\n');
    execFileSync('mkfifo', [path.join(project.root, 'pipe.md')]);
    const run = lectern('import', 'statement.txt', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(project.read('notes.txt')).toBe('my notes\n');
    expect(project.read('folder.md/keep.md')).toBe('mine\n');
    expect(readdirSync(project.root).sort()).toEqual(['folder.md', 'notes.txt', 'pipe.md', 'statement.txt']);
  });
});

describe('lectern import with bad input', () => {
  it.each([
    ['a missing file', ['missing.txt'], 2, 'error missing.txt: no such file; check the path of the text file to import'],
    ['a folder', ['content'], 2, 'error content: this is a folder, not a text file; name the .txt, .docx or .pdf file to import'],
    // /dev/zero never ends: reading it would fill the memory.
    ['a device', ['/dev/zero'], 2, 'error /dev/zero: this is a device, not a text file; name the .txt, .docx or .pdf file to import'],
  ])('%s (%j): exit %i and what to do', (_, args, code, message) => {
    project.write('content/.keep', '');
    const run = lectern('import', ...args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim()).toBe(message);
  });

  it('a named pipe: exit 2 at once, instead of waiting for the pipe', () => {
    execFileSync('mkfifo', [path.join(project.root, 'pipe.txt')]);
    const run = runCli(['import', 'pipe.txt'], { cwd: project.root, timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('error pipe.txt: this is a named pipe, not a text file; name the .txt, .docx or .pdf file to import');
  });

  it('invalid UTF-8: exit 1, the file, line and byte, and nothing written', () => {
    project.write('invalid.txt', '');
    writeFileSync(path.join(project.root, 'invalid.txt'), fixtureBytes('invalid-utf8.txt'));
    const bytes = fixtureBytes('invalid-utf8.txt');
    const offset = bytes.indexOf(0xe9);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    const run = lectern('import', 'invalid.txt');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error invalid.txt:${line}: the file is not valid UTF-8 (byte ${offset}); save it as UTF-8 in your editor`);
    expect(() => project.read('content/invalid.md')).toThrow(/ENOENT/);
    noStack(run.stderr);
  });

  it('an empty file: exit 1', () => {
    project.write('empty.txt', '');
    const run = lectern('import', 'empty.txt');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("error empty.txt: the file is empty; paste the statement's text into it, save it, and run lectern import again");
  });

  it('a file over the size limit: exit 1, before reading it', () => {
    project.write('big.txt', 'x'.repeat(maxImportBytes + 1));
    const run = lectern('import', 'big.txt');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error big.txt: the file is 1,048,577 bytes; lectern import reads at most 1 MiB');
  });

  it('no file named: exit 2 with usage', () => {
    const run = lectern('import');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'file'");
  });

  it('documents its options', () => {
    const run = lectern('import', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--out <path>/);
    expect(run.stdout).toMatch(/--force/);
    expect(readFileSync(path.join(project.root, 'statement.txt'), 'utf8')).toBe(seedText);
  });
});
