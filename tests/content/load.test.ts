// Reading content files: only regular files, each refusal one message naming the file and what to do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
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
});

describe('lectern build with a named pipe in content/', () => {
  it('exits 1 at once with one line naming it, instead of waiting for the pipe', () => {
    const { project } = projectWith((file) => execFileSync('mkfifo', [file]));
    const run = runCli(['build'], { cwd: project.root, timeout: 30_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error content/x.md: this is a named pipe, not a file; remove it, or rename it so its name does not end in .md\n');
  });
});
