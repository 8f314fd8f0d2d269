// The output folder changes whole or not at all: a write that fails part-way puts back what it had changed.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { openStaging, writeOutput } from '../../src/write/dist.js';
import { snapshot } from '../helpers/files.js';
import { createProject, type TestProject } from '../helpers/project.js';

/** When set, the next rename to a path that ends with this fails, as a failing disk would make it. */
const failing = vi.hoisted(() => ({ suffix: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failing.suffix && String(to).endsWith(failing.suffix)) {
        failing.suffix = undefined;
        throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: 'EIO' });
      }
      return fs.rename(from, to);
    },
  };
});

const projects: TestProject[] = [];
afterEach(() => {
  failing.suffix = undefined;
  projects.splice(0).forEach((p) => p.remove());
});


const page = (slug: string, text: string) => [{ path: `${slug}/deck.html`, contents: text }];

describe('writing the output folder', () => {
  it('puts back every statement already swapped in when a later one fails, and writes no site file', async () => {
    const p = createProject();
    projects.push(p);
    const out = path.join(p.root, 'dist');
    await writeOutput(out, { statements: new Map([['a', page('a', 'A1')], ['b', page('b', 'B1')]]), site: [{ path: 'index.html', contents: 'I1' }], remove: [] });
    const before = snapshot(out);

    failing.suffix = `${path.sep}b`;
    const error = await writeOutput(out, {
      statements: new Map([['a', page('a', 'A2')], ['b', page('b', 'B2')]]),
      site: [{ path: 'index.html', contents: 'I2' }],
      remove: [],
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Error);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).filter((name) => name.startsWith('.staging') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('says a file system that refuses to write is the machine’s problem', async () => {
    const p = createProject();
    projects.push(p);
    p.write('dist', 'a file, not a folder');
    const error = await writeOutput(path.join(p.root, 'dist'), { statements: new Map([['a', page('a', 'A')]]), site: [], remove: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).kind).toBe('environment');
  });

  it('removes the staging folder of a build that was stopped, and keeps one whose build still runs', async () => {
    const p = createProject();
    projects.push(p);
    const out = path.join(p.root, 'dist');
    const abandoned = path.join(out, '.staging-999999999-deadbeef');
    const running = path.join(out, `.staging-${process.pid}-cafebabe`);
    for (const dir of [abandoned, running]) {
      mkdirSync(path.join(dir, 'x'), { recursive: true });
      writeFileSync(path.join(dir, 'x', 'deck.html'), 'half a build');
    }
    const staging = await openStaging(out);
    await staging.discard();
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
