// Reading content files: only regular files, each refusal one message naming the file and what to do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintContentFile, readContentFile } from '../../src/content/load.js';
import { LecternError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';

let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** A project with the shipped statement and `content/x.md` made by `make`. */
function projectWith(make: (file: string) => void): { project: TestProject; file: string } {
  project = createProject({ 'content/iom-crime-prevention-2019.md': shippedSource });
  const file = path.join(project.root, 'content', 'x.md');
  make(file);
  return { project, file };
}

function createFile(file: string): string {
  writeFileSync(file, '');
  return file;
}

async function failure(promise: Promise<unknown>): Promise<LecternError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof LecternError) return error;
  throw new Error(`expected a LecternError, got ${String(error)}`);
}

const notFiles: readonly [string, (file: string) => void][] = [
  ['a named pipe', (file) => execFileSync('mkfifo', [file])],
  ['a folder', (file) => mkdirSync(file)],
  // /dev/zero never ends: reading it would fill the memory.
  ['a device', (file) => symlinkSync('/dev/zero', file)],
];

describe.each([
  ['fingerprintContentFile', fingerprintContentFile],
  ['readContentFile', readContentFile],
] as const)('%s', (_, read) => {
  it.each(notFiles)('refuses %s named like a content file, without reading from it', async (what, make) => {
    const { project, file } = projectWith(make);
    const error = await failure(read(project.config(), file));
    expect(error.format()).toBe(`content/x.md: this is ${what}, not a file; remove it, or rename it so its name does not end in .md`);
    expect(error.exitCode).toBe(1);
  });

  it('refuses a file over 2 MiB before reading it, naming its size and the limit', async () => {
    // Sparse: 50 MiB on paper, nothing on disk.
    const { project, file } = projectWith((file) => truncateSync(createFile(file), 50 * 1024 * 1024));
    const error = await failure(read(project.config(), file));
    expect(error.format()).toBe(
      'content/x.md: the file is 52,428,800 bytes; a content file may be at most 2 MiB (2,097,152 bytes); ' +
        'a statement is about 50 KB: keep one statement per file, and trim or split it',
    );
    expect(error.exitCode).toBe(1);
  });

  it('reads a file of exactly 2 MiB', async () => {
    const { project, file } = projectWith((file) => writeFileSync(file, 'x'.repeat(2 * 1024 * 1024)));
    await expect(read(project.config(), file)).resolves.toMatchObject({ file: 'content/x.md' });
  });
});

describe('lectern build with a named pipe in content/', () => {
  it('exits 1 at once with one line naming it, instead of waiting for the pipe', () => {
    const { project } = projectWith((file) => execFileSync('mkfifo', [file]));
    const run = runCli(['build'], { cwd: project.root, timeout: 30_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error content/x.md: this is a named pipe, not a file; remove it, or rename it so its name does not end in .md\n');
  });
});
