// The output folder across commands, as a user runs them one after another: PDFs survive a build and `lectern dev`
// that have nothing to rebuild, a taken port stops `lectern dev` before it writes, and watch mode follows a content
// folder deleted and made again.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { spawnDev, startDev } from '../helpers/dev.js';
import { snapshot } from '../helpers/files.js';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
const servers: Server[] = [];
function project(files: Record<string, string> = { [`content/${slug}.md`]: shippedSource }): TestProject {
  const p = createProject(files);
  projects.push(p);
  return p;
}
afterEach(() => {
  projects.splice(0).forEach((p) => p.remove());
  servers.splice(0).forEach((server) => server.close());
});

const pdfsOf = (p: TestProject) =>
  readdirSync(path.join(p.root, 'dist', slug))
    .filter((name) => name.endsWith('.pdf'))
    .sort();

describe('PDFs printed earlier', () => {
  it('are kept by lectern build and lectern dev when their statement is unchanged, and linked from the index', async () => {
    const p = project();
    const printed = runCli(['pdf'], { cwd: p.root });
    expect(printed.code, printed.stderr).toBe(0);
    const pdfs = pdfsOf(p);
    expect(pdfs).toEqual(['briefing.pdf', 'deck.marp.pdf', 'deck.pdf', 'handout.pdf', 'interpreters.pdf', 'reading.pdf']);
    const times = pdfs.map((name) => statSync(path.join(p.root, 'dist', slug, name)).mtimeMs);

    const built = runCli(['build'], { cwd: p.root });
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/^Nothing to build/);

    const dev = await startDev(p.root);
    expect(await dev.stop('SIGINT')).toBe(0);
    expect(pdfsOf(p)).toEqual(pdfs);
    expect(pdfs.map((name) => statSync(path.join(p.root, 'dist', slug, name)).mtimeMs)).toEqual(times);
    expect(p.read('dist/index.html')).toContain(`href="${slug}/deck.pdf"`);
  });

  it('are not linked from the index when printing fails', () => {
    const p = project();
    const run = runCli(['pdf', '--browser', '/bin/false'], { cwd: p.root });
    expect(run.code).toBe(3);
    expect(existsSync(path.join(p.root, 'dist', slug, 'deck.html'))).toBe(true);
    expect(p.read('dist/index.html')).not.toContain('.pdf"');
    expect(pdfsOf(p)).toEqual([]);
  });
});

describe('lectern dev --port with the port taken', () => {
  it('exits 3 before it builds or writes anything', async () => {
    const p = project();
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    const before = snapshot(path.join(p.root, 'dist'), { mtimes: true });
    p.write(`content/${slug}.md`, shippedSource.replace(/^title: .*$/m, 'title: Changed while the port was taken'));

    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen({ port: 0, host: 'localhost' }, resolve));
    const port = (server.address() as { port: number }).port;
    const dev = spawnDev(p.root, ['--port', String(port)]);
    expect(await dev.exited).toBe(3);
    expect(snapshot(path.join(p.root, 'dist'), { mtimes: true })).toEqual(before);
  });
});

describe('lectern dev when content/ is deleted and made again', () => {
  it('builds what the new folder holds, and every edit after', async () => {
    const p = project();
    const dev = await startDev(p.root);
    try {
      const content = path.join(p.root, 'content');
      renameSync(content, path.join(p.root, 'content-aside'));
      await dev.waitForOutput(/removed iom-crime-prevention-2019/);
      expect(existsSync(path.join(p.root, 'dist', slug))).toBe(false);

      mkdirSync(content);
      await writeFile(path.join(content, 'second.md'), shippedSource.replace(/^title: .*$/m, 'title: A statement in the new folder'));
      await dev.waitForOutput(/rebuilt second/);
      expect(p.read('dist/index.html')).toContain('A statement in the new folder');

      const from = dev.output().length;
      await writeFile(path.join(content, 'second.md'), shippedSource.replace(/^title: .*$/m, 'title: Edited after the folder came back'));
      await dev.waitForOutput(/rebuilt second/, from);
      expect(p.read('dist/index.html')).toContain('Edited after the folder came back');
    } finally {
      await dev.stop('SIGKILL');
      rmSync(path.join(p.root, 'content-aside'), { recursive: true, force: true });
    }
  });
});
