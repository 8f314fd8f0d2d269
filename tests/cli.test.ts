// The CLI as a user runs it: a child process, its exit code, what it prints.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { createProject, lineOf, shippedSource, shippedWith, type TestProject } from './helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
const project = (files: Record<string, string> = { [`content/${slug}.md`]: shippedSource }) => {
  const p = createProject(files);
  projects.push(p);
  return p;
};
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

const noStackTrace = /\n\s+at .+:\d+:\d+/;

describe('lectern --help', () => {
  it('lists the commands and the exit codes, and exits 0', () => {
    const run = runCli(['--help'], { cwd: project().root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: lectern \[options\] \[command\]/);
    expect(run.stdout).toMatch(/build \[options\] \[files\.\.\.\]/);
    expect(run.stdout).toMatch(/70\s+a bug in Lectern/);
  });

  it('shows the options of build', () => {
    const run = runCli(['help', 'build'], { cwd: project().root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/-t, --theme <name>/);
    expect(run.stdout).toMatch(/-o, --out <dir>/);
  });
});

describe('lectern build', () => {
  it('builds the project into dist/ and says what it did', () => {
    const p = project();
    const run = runCli(['build'], { cwd: p.root });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Built 1 statement \(7 slides\) into dist\/ in \d+\.\d\d s\n$/);
    expect(existsSync(path.join(p.root, 'dist', slug, 'deck.html'))).toBe(true);
  });

  it('gives one line per mistake with file:line and what to do, exit 1, no stack trace, and dist/ untouched', () => {
    const p = project();
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    const deck = readFileSync(path.join(p.root, 'dist', slug, 'deck.html'), 'utf8');
    const edited = shippedWith((s) => s.replace('## Border management against terrorism and organized crime\n\n', ''));
    p.write(`content/${slug}.md`, edited);
    const run = runCli(['build'], { cwd: p.root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error content/${slug}.md:${lineOf(edited, '- Counter-terrorism')}: point 2 has no headline: its key messages run on from the text of point 1; add a "## " heading above its key messages\n`,
    );
    expect(run.stderr).not.toMatch(noStackTrace);
    expect(readFileSync(path.join(p.root, 'dist', slug, 'deck.html'), 'utf8')).toBe(deck);
  });

  it('exits 2 with a hint when run outside a project', () => {
    const run = runCli(['build'], { cwd: project({}).root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/there is no content folder at content; run lectern from the project folder/);
    expect(run.stderr).not.toMatch(noStackTrace);
  });
});

describe('an unknown theme', () => {
  it.each(['build', 'pdf', 'check', 'dev'])('given to lectern %s with --theme is a command-line mistake: exit 2, listing the themes', (command) => {
    const p = project();
    // `dev` would otherwise serve until stopped.
    const run = runCli([command, '--theme', 'neon'], { cwd: p.root, timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error --theme: unknown theme "neon"; choose one of institutional, print, projector, or add themes/neon/theme.yaml\n');
    expect(existsSync(path.join(p.root, 'dist'))).toBe(false);
  });

  it('written in a content file is a mistake in that file: exit 1, with its line', () => {
    const source = shippedWith((s) => s.replace('theme: institutional', 'theme: neon'));
    const run = runCli(['build'], { cwd: project({ [`content/${slug}.md`]: source }).root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error content/${slug}.md:${lineOf(source, 'theme: neon')}: unknown theme "neon"; choose one of institutional, print, projector, or add themes/neon/theme.yaml\n`,
    );
  });
});

const notContent = (file: string) =>
  `error ${file}: this is not a content file, whose name ends in .md; name .md files, or none for all of content/; lectern import makes one from a text file`;

describe('a mistake on the command line', () => {
  it.each([
    [['build', '--wpm', 'abc'], "option '--wpm <n>' argument 'abc' is invalid. give a whole number of words a minute from 40 to 400"],
    [['check', '--wpm', '1000'], "option '--wpm <n>' argument '1000' is invalid. give a whole number of words a minute from 40 to 400"],
    [['pdf', '--paper', 'a5'], "option '--paper <size>' argument 'a5' is invalid. Allowed choices are a4, letter"],
    [['build', '--handout-layout', '7'], "option '--handout-layout <n>' argument '7' is invalid. Allowed choices are 1, 2, 3"],
    [['dev', '--port', '99999'], "option '-p, --port <number>' argument '99999' is invalid. give a port number from 1 to 65535"],
    [['build', '--theme'], "option '-t, --theme <name>' argument missing"],
    [['build', '--colour'], "unknown option '--colour'"],
    [['--colour'], "unknown option '--colour'"],
    [['bild'], "unknown command 'bild' (Did you mean build?)"],
    [['import', 'a.txt', 'b.txt'], "too many arguments for 'import'. Expected 1 argument but got 2"],
  ])('lectern %j: exit 2, one line saying what is wrong and where to look', (args, message) => {
    const p = project();
    const run = runCli(args, { cwd: p.root, timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error ${message}; run lectern --help for usage\n`);
    expect(existsSync(path.join(p.root, 'dist'))).toBe(false);
  });

  it.each([
    [['build', 'content/nosuch.md'], 'error content/nosuch.md: no such content file; check the path; content files live in content/ and end in .md'],
    [['check', 'content/nosuch.md'], 'error content/nosuch.md: no such content file; check the path; content files live in content/ and end in .md'],
    [['build', 'notes.txt'], notContent('notes.txt')],
    [['check', 'notes.txt'], notContent('notes.txt')],
    [['pdf', 'content'], notContent('content')],
  ])('lectern %j names a file that is not a content file: exit 2, one line', (args, message) => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'notes.txt': 'my notes\n' });
    const run = runCli(args, { cwd: p.root, timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(existsSync(path.join(p.root, 'dist'))).toBe(false);
  });
});

describe('output into a pipe that closes early', () => {
  it('ends quietly, with no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    // `true` exits before lectern writes, so the write meets a closed pipe every time.
    const run = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(path.join(process.cwd(), 'bin', 'lectern.mjs'))} --help | true`], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
