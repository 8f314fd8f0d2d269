// Lectern writes only into a folder it owns and removes only what it wrote: each case here once lost a user's files.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/files.js';
import { runCli } from '../helpers/cli.js';
import { createProject, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
function project(files: Record<string, string> = { [`content/${slug}.md`]: shippedSource }): TestProject {
  const p = createProject(files);
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

const noStackTrace = /\n\s+at .+:\d+:\d+/;

/** Runs `lectern ARGS` and expects a refusal: exit 2, one line, no stack trace. */
function refused(p: TestProject, args: string[], env: NodeJS.ProcessEnv = {}, cwd = p.root): string {
  const run = runCli(args, { cwd, env });
  expect(run.stderr).not.toMatch(noStackTrace);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return run.stderr;
}

describe('an output folder that is one of the user’s own', () => {
  it('refuses --out . (the project), where content/content.md once replaced content/ itself', () => {
    const p = project({ 'content/content.md': shippedSource, 'notes.txt': 'my notes' });
    const before = snapshot(p.root);
    expect(refused(p, ['build', '--out', '.'])).toMatch(/the output folder \. is the project folder itself/);
    expect(snapshot(p.root)).toEqual(before);
  });

  it('refuses --out .. (a folder holding the project and its siblings)', () => {
    const p = project({ 'site/content/site.md': shippedSource, 'sibling/keep.txt': 'a sibling folder' });
    const before = snapshot(p.root);
    expect(refused(p, ['build', '--out', '..'], {}, path.join(p.root, 'site'))).toMatch(/holds the project folder/);
    expect(snapshot(p.root)).toEqual(before);
  });

  it('refuses the home folder, and a folder holding it', () => {
    const p = project({ 'home/projects/content/projects.md': shippedSource, 'home/projects/keep.txt': 'mine' });
    const home = path.join(p.root, 'home');
    const cwd = path.join(home, 'projects');
    const before = snapshot(p.root);
    expect(refused(p, ['build', '--out', home], { HOME: home }, cwd)).toMatch(/is your home folder/);
    expect(refused(p, ['build', '--out', p.root], { HOME: home }, cwd)).toMatch(/holds your home folder/);
    expect(snapshot(p.root)).toEqual(before);
  });

  it('refuses /, content/, templates/ and themes/, and a folder inside them', () => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'templates/README': 'mine', 'themes/README': 'mine' });
    const before = snapshot(p.root);
    expect(refused(p, ['build', '--out', '/'])).toMatch(/is the root of the file system/);
    expect(refused(p, ['build', '--out', 'content'])).toMatch(/is the content folder/);
    expect(refused(p, ['build', '--out', 'content/out'])).toMatch(/lies inside the content folder/);
    expect(refused(p, ['build', '--out', 'templates'])).toMatch(/is the templates folder/);
    expect(refused(p, ['build', '--out', 'themes/out'])).toMatch(/lies inside a themes folder, themes/);
    expect(snapshot(p.root)).toEqual(before);
  });

  it('refuses a folder that holds a content file being built', () => {
    const p = project({ 'drafts/speech.md': shippedSource });
    expect(refused(p, ['build', 'drafts/speech.md', '--out', 'drafts'])).toMatch(/holds drafts\/speech\.md, a content file being built/);
    expect(readFileSync(path.join(p.root, 'drafts/speech.md'), 'utf8')).toBe(shippedSource);
  });

  it('refuses a folder of the user’s own that holds anything, and names what it holds', () => {
    const p = project();
    p.write('public/index.html', 'my own home page');
    p.write(`public/${slug}/notes.txt`, 'my notes');
    const before = snapshot(path.join(p.root, 'public'));
    expect(refused(p, ['build', '--out', 'public'])).toMatch(
      /the output folder public holds files Lectern did not write \(index\.html, iom-crime-prevention-2019\)/,
    );
    expect(snapshot(path.join(p.root, 'public'))).toEqual(before);
    expect(existsSync(path.join(p.root, 'public/.lectern'))).toBe(false);
  });

  it('takes an empty folder, and says so when a folder was written by an earlier Lectern', () => {
    const p = project();
    mkdirSync(path.join(p.root, 'empty'));
    expect(runCli(['build', '--out', 'empty'], { cwd: p.root }).code).toBe(0);
    expect(existsSync(path.join(p.root, 'empty', slug, 'deck.html'))).toBe(true);

    p.write('old/_assets/manifest.json', '{"version":2,"statements":{}}');
    p.write('old/index.html', 'an index');
    expect(refused(p, ['build', '--out', 'old'])).toMatch(/written by an earlier version of Lectern: delete old and build again/);
  });
});

describe('files a user puts in an output folder Lectern owns', () => {
  it('keeps a file added to a statement’s folder when the statement is rebuilt, and when it is removed', () => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'content/second.md': shippedSource });
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    p.write(`dist/${slug}/my-notes.txt`, 'notes for the room');
    p.write('dist/second/keep.txt', 'keep this');

    p.write(
      `content/${slug}.md`,
      shippedWith((s) => s.replace('## Border management against terrorism and organized crime', '## Borders managed together')),
    );
    const rebuilt = runCli(['build'], { cwd: p.root });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(p.read(`dist/${slug}/my-notes.txt`)).toBe('notes for the room');
    expect(p.read(`dist/${slug}/deck.html`)).toContain('Borders managed together');

    const removed = runCli(['build', `content/${slug}.md`], { cwd: p.root });
    expect(removed.code).toBe(0);
    // A build of named files keeps the others: delete the file to remove the statement.
    expect(existsSync(path.join(p.root, 'dist/second/deck.html'))).toBe(true);
    rmSync(path.join(p.root, 'content/second.md'));
    const after = runCli(['build'], { cwd: p.root });
    expect(after.code, after.stderr).toBe(0);
    expect(existsSync(path.join(p.root, 'dist/second/deck.html'))).toBe(false);
    expect(p.read('dist/second/keep.txt')).toBe('keep this');
    expect(after.stderr).toMatch(/dist\/second\/ is kept: it holds keep\.txt, which Lectern did not write/);
    expect(p.read('dist/index.html')).not.toContain('href="second/');
  });

  it('refuses to replace a file it did not write, and names it', () => {
    const p = project();
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    p.write('content/second.md', shippedSource);
    p.write('dist/second/deck.html', 'my own deck');
    const stderr = refused(p, ['build']);
    expect(stderr).toMatch(/dist\/second\/deck\.html is not a file Lectern wrote, and this build would replace it; move it out of dist\//);
    expect(p.read('dist/second/deck.html')).toBe('my own deck');
  });

  it('never writes through a statement folder that is a link to somewhere else', () => {
    const p = project();
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    p.write('elsewhere/keep.txt', 'not Lectern’s');
    p.write('content/linked.md', shippedSource);
    symlinkSync(path.join(p.root, 'elsewhere'), path.join(p.root, 'dist/linked'));
    const before = snapshot(path.join(p.root, 'elsewhere'));
    expect(refused(p, ['build'])).toMatch(/dist\/linked is a symbolic link or a file, where Lectern writes a folder of its own/);
    expect(snapshot(path.join(p.root, 'elsewhere'))).toEqual(before);
  });
});

describe('a build of named files, then of all', () => {
  it('keeps a statement built from a file outside content/ while that file exists', () => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'drafts/speech.md': shippedSource.replace(/^title: .*$/m, 'title: A draft speech') });
    expect(runCli(['build', 'drafts/speech.md'], { cwd: p.root }).code).toBe(0);
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    expect(existsSync(path.join(p.root, 'dist/speech/deck.html'))).toBe(true);
    expect(p.read('dist/index.html')).toContain('A draft speech');
    expect(p.read('dist/index.html')).toContain(`href="${slug}/deck.html"`);
  });
});
