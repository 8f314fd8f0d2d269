// One build at a time per output folder: a second waits for the first, and a lock left by a killed build is taken over.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/files.js';
import { runCli } from '../helpers/cli.js';
import { createProject, repoRoot, shippedSource, type TestProject } from '../helpers/project.js';

const cli = path.join(repoRoot, 'bin', 'lectern.mjs');
const dirs: string[] = [];
const projects: TestProject[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  projects.splice(0).forEach((p) => p.remove());
});

function corpus(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lectern-lock-'));
  dirs.push(dir);
  spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'corpus.mjs'), path.join(dir, 'a'), String(count)]);
  return path.join(dir, 'a');
}

function buildInBackground(cwd: string, args: string[] = []): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'build', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('two builds into one folder at once', () => {
  it('run one after the other: the second waits, says so, and the result is a clean build', async () => {
    const dir = corpus(40);
    const [first, second] = await Promise.all([
      buildInBackground(dir),
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => buildInBackground(dir, ['--wpm', '150'])),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/^Waiting for another lectern \(process \d+\) to finish writing dist\//m);
    expect(existsSync(path.join(dir, 'dist/.lectern/lock'))).toBe(false);

    const clean = path.join(path.dirname(dir), 'clean');
    cpSync(path.join(dir, 'content'), path.join(clean, 'content'), { recursive: true });
    expect(spawnSync(process.execPath, [cli, 'build', '--wpm', '150'], { cwd: clean }).status).toBe(0);
    expect(snapshot(path.join(dir, 'dist'))).toEqual(snapshot(path.join(clean, 'dist')));
  });
});

describe('a lock left behind', () => {
  const slug = 'iom-crime-prevention-2019';
  function built(): TestProject {
    const p = createProject({ [`content/${slug}.md`]: shippedSource });
    projects.push(p);
    expect(runCli(['build'], { cwd: p.root }).code).toBe(0);
    return p;
  }

  it('is taken over when its process is gone', () => {
    const p = built();
    writeFileSync(path.join(p.root, 'dist/.lectern/lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    p.write(`content/${slug}.md`, shippedSource.replace(/^title: .*$/m, 'title: After a killed build'));
    const run = runCli(['build'], { cwd: p.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Waiting/);
    expect(p.read('dist/index.html')).toContain('After a killed build');
    expect(existsSync(path.join(p.root, 'dist/.lectern/lock'))).toBe(false);
  });

  it('is taken over when its process id now belongs to another program', () => {
    const p = built();
    // This test's own process is alive, but it did not start at the time the lock says.
    writeFileSync(path.join(p.root, 'dist/.lectern/lock'), JSON.stringify({ pid: process.pid, started: '1' }));
    const run = runCli(['build', '--wpm', '150'], { cwd: p.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Waiting/);
  });

  it('half written by a killed process is taken over, and its scratch file removed', () => {
    const p = built();
    writeFileSync(path.join(p.root, 'dist/.lectern/lock'), '');
    writeFileSync(path.join(p.root, `dist/.lectern/lock.${2 ** 22 + 99}.tmp`), '{"pid":');
    const run = runCli(['build', '--wpm', '150'], { cwd: p.root });
    expect(run.code, run.stderr).toBe(0);
    expect(snapshot(path.join(p.root, 'dist/.lectern'))).toEqual({ 'manifest.json': expect.any(String) });
  });
});
