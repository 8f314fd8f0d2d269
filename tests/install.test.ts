// Lectern as a user first installs it: the compiled CLI with no cache yet. What a first run derives and keeps (the
// bundled fonts renamed, their metrics, the templates compiled, Marp's theme CSS, the code cache) is code no later run
// takes, so a mistake there shows only on a fresh install: each command runs once with every cache empty, then again.
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { startDev } from './helpers/dev.js';
import { readPdf } from './helpers/pdf.js';
import { unzip } from './render/office/read.js';
import { fixturesDir, repoRoot, seedText, shippedSource } from './helpers/project.js';

let folder: string;
let install: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'lectern-install-'));
  install = installLectern(path.join(folder, 'lectern'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * What npm installs into `dir`: the package's own files, and its dependencies in a node_modules/ of its own (each
 * package linked from this checkout's), where Lectern keeps its caches.
 */
function installLectern(dir: string): string {
  for (const name of ['bin', 'lib']) cpSync(path.join(repoRoot, name), path.join(dir, name), { recursive: true });
  cpSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
  for (const name of ['templates', 'themes']) symlinkSync(path.join(repoRoot, name), path.join(dir, name));
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(modules, name));
  }
  return dir;
}

/** A project of its own for each run, so no run finds the output of another. */
function project(name: string, files: Record<string, string | Buffer>): string {
  const root = path.join(folder, name);
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

const lectern = (cwd: string, ...args: string[]) => runCli(args, { cwd, install });
const caches = () => readdirSync(path.join(install, 'node_modules', '.cache', 'lectern')).sort();

describe('a fresh install, every cache empty', () => {
  it('builds, checks, previews, imports and prints on its first run of each command, and again from its caches', async () => {
    const arabic = readdirSync(path.join(fixturesDir, 'arabic', 'content'))[0]!;
    const files = {
      'content/iom-crime-prevention-2019.md': shippedSource,
      [`content/${arabic}`]: readFileSync(path.join(fixturesDir, 'arabic', 'content', arabic)),
    };
    for (const round of ['first', 'second']) {
      const built = project(`build-${round}`, files);
      const build = lectern(built, 'build');
      expect(build.stderr).toMatch(/^Built 2 statements \(\d+ slides\) into dist\/ in/);
      expect(build.code).toBe(0);
      expect(existsSync(path.join(built, 'dist', 'iom-crime-prevention-2019', 'deck.html'))).toBe(true);

      const check = lectern(built, 'check');
      expect(check.code, check.stderr).toBe(0);

      const previewed = project(`dev-${round}`, files);
      const dev = await startDev(previewed, [], { install });
      try {
        const deck = await fetch(new URL('iom-crime-prevention-2019/deck.html', dev.url));
        expect(deck.status).toBe(200);
        expect(await deck.text()).toContain('Border management against terrorism and organized crime');
      } finally {
        expect(await dev.stop('SIGINT')).toBe(0);
      }

      const imported = project(`import-${round}`, {
        'statement.txt': seedText,
        'statement.docx': readFileSync(path.join(fixturesDir, 'corpus', 'en', 'usun-hrc-report-2019.docx')),
        'statement.pdf': readFileSync(path.join(fixturesDir, 'corpus', 'en', 'uk-unsc-ukraine-2022.pdf')),
      });
      for (const [source, target] of [
        ['statement.txt', 'content/from-text.md'],
        ['statement.docx', 'content/from-word.md'],
        ['statement.pdf', 'content/from-pdf.md'],
      ]) {
        const run = lectern(imported, 'import', source!, '--out', target!);
        expect(run.stderr).toContain(`Wrote ${target}`);
        expect(run.code).toBe(0);
      }

      const printed = project(`print-${round}`, { 'content/iom-crime-prevention-2019.md': shippedSource });
      const pdf = lectern(printed, 'pdf');
      expect(pdf.code, pdf.stderr).toBe(0);
      expect((await readPdf(path.join(printed, 'dist', 'iom-crime-prevention-2019', 'briefing.pdf'))).pages).toHaveLength(1);
      if (round === 'first') expect(caches()).toEqual(expect.arrayContaining(['cli-code', 'font-metrics', 'marp', 'templates']));
    }
  }, 180_000);
});

describe('a fresh install', () => {
  it("builds statements with logos and a project's own theme: resvg, loaded on demand, draws the SVG logo for the Office files", () => {
    const root = path.join(folder, 'logo-project');
    cpSync(path.join(fixturesDir, 'logo'), root, { recursive: true });
    const build = lectern(root, 'build');
    expect(build.stderr).toMatch(/^Built 2 statements \(\d+ slides\) into dist\/ in/);
    expect(build.code).toBe(0);
    for (const slug of ['with-logo', 'theme-logo']) {
      const deck = unzip(readFileSync(path.join(root, 'dist', slug, 'deck.pptx')));
      expect([...deck.keys()].filter((name) => name.startsWith('ppt/media/lecternLogo')).sort(), slug).toEqual(
        slug === 'with-logo' ? ['ppt/media/lecternLogo.png', 'ppt/media/lecternLogo.svg'] : ['ppt/media/lecternLogo.png'],
      );
    }
  }, 60_000);
});

// An install its users cannot write to: installed globally by another user, or on a read-only disk. Only root can run
// a command as another user, and only where that user can read this checkout's packages.
const nobody = 65534;
const asAnotherUser = process.getuid?.() === 0 && (statSync(path.join(repoRoot, 'node_modules')).mode & 0o005) === 0o005;

describe.runIf(asAnotherUser)('an install this user cannot write to', () => {
  it("keeps its caches in a folder of the user's own in the temporary folder, and builds from them the next time", () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'lectern-shared-'));
    try {
      chmodSync(shared, 0o755);
      const readOnly = installLectern(path.join(shared, 'lectern'));
      const temporary = path.join(shared, 'tmp');
      const root = project('shared-project', { 'content/iom-crime-prevention-2019.md': shippedSource });
      for (const dir of [temporary, root]) mkdirSync(dir, { recursive: true });
      for (const dir of [temporary, root, path.join(root, 'content'), path.join(root, 'content', 'iom-crime-prevention-2019.md')])
        chownSync(dir, nobody, nobody);
      chmodSync(folder, 0o755);
      const build = () => {
        rmSync(path.join(root, 'dist'), { recursive: true, force: true });
        return runCli(['build'], { cwd: root, install: readOnly, uid: nobody, gid: nobody, env: { TMPDIR: temporary, HOME: temporary } });
      };
      for (const round of [1, 2]) {
        const run = build();
        expect(run.stderr, `build ${round}`).toMatch(/^Built 1 statement \(7 slides\)/);
        expect(run.code).toBe(0);
      }
      expect(existsSync(path.join(readOnly, 'node_modules', '.cache'))).toBe(false);
      expect(readdirSync(path.join(temporary, `lectern-${nobody}`)).sort()).toEqual(expect.arrayContaining(['cli-code', 'font-metrics', 'marp', 'templates']));
      expect(readdirSync(path.join(temporary, `lectern-${nobody}`, 'cli-code'))).not.toEqual([]);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  }, 60_000);
});
