// A change to the output folder is all or nothing: a move that fails part-way (a failing disk) puts back every file
// already moved, and leaves no journal and nothing aside.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { openOutputFolder } from '../../src/write/folder.js';
import type { OutputRecord } from '../../src/write/record.js';
import { snapshot } from '../helpers/files.js';
import { createProject, type TestProject } from '../helpers/project.js';

/** When set, the next rename to a path that ends with this fails, as a failing disk would make it. */
const failing = vi.hoisted(() => ({ suffix: undefined as string | undefined, renamedTo: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failing.suffix && String(to).endsWith(failing.suffix)) {
        failing.suffix = undefined;
        throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: 'EIO' });
      }
      failing.renamedTo.push(String(to));
      return fs.renameSync(from, to);
    },
  };
});

const projects: TestProject[] = [];
afterEach(() => {
  failing.suffix = undefined;
  failing.renamedTo = [];
  projects.splice(0).forEach((p) => p.remove());
});

const meta = { title: 'T', event: 'E', organization: 'O', speaker: 'S', date: '2019-06-06', dateText: '6 June 2019', lang: 'en', dir: 'ltr' as const };
const names = new Set(['deck.html']);
function recordOf(slugs: string[]): OutputRecord {
  const statements = Object.fromEntries(slugs.map((slug) => [slug, { slug, file: `content/${slug}.md`, theme: 'print', meta, files: ['deck.html'] }]));
  return { site: ['index.html'], statements };
}

async function write(p: TestProject, pages: Record<string, string>, index: string): Promise<void> {
  const folder = await openOutputFolder(p.config(), {});
  try {
    const change = await folder.begin(names);
    try {
      await change.put(Object.entries(pages).map(([slug, text]) => ({ path: `${slug}/deck.html`, contents: text })));
      await change.put([{ path: 'index.html', contents: index }]);
      await change.commit(recordOf(Object.keys(pages)));
    } catch (error) {
      await change.discard();
      throw error;
    }
  } finally {
    await folder.close();
  }
}

describe('a change to the output folder', () => {
  it('puts back every file already moved when a later move fails, and keeps nothing aside', async () => {
    const p = createProject();
    projects.push(p);
    const out = path.join(p.root, 'dist');
    await write(p, { a: 'A1', b: 'B1' }, 'I1');
    const before = snapshot(out);

    failing.suffix = `${path.sep}b${path.sep}deck.html`;
    const error = await write(p, { a: 'A2', b: 'B2' }, 'I2').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).kind).toBe('environment');
    expect((error as LecternError).format()).toMatch(/cannot write the output \(EIO/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(path.join(out, '.lectern'))).toEqual(['manifest.json']);
  });

  it("moves a new statement's folder in whole, and takes it out again when a later move fails", async () => {
    const p = createProject();
    projects.push(p);
    const out = path.join(p.root, 'dist');
    await write(p, { a: 'A1' }, 'I1');
    const before = snapshot(out);

    failing.renamedTo = [];
    failing.suffix = `${path.sep}index.html`;
    await expect(write(p, { a: 'A2', b: 'B2' }, 'I2')).rejects.toThrow(/cannot write the output \(EIO/);
    expect(failing.renamedTo).toContain(path.join(out, 'b'));
    expect(failing.renamedTo).not.toContain(path.join(out, 'b', 'deck.html'));
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(path.join(out, 'b'))).toBe(false);
    expect(readdirSync(path.join(out, '.lectern'))).toEqual(['manifest.json']);

    await write(p, { a: 'A2', b: 'B2' }, 'I2');
    expect([p.read('dist/a/deck.html'), p.read('dist/b/deck.html'), p.read('dist/index.html')]).toEqual(['A2', 'B2', 'I2']);
  });

  it('removes the files of a statement no longer listed, and the folder they leave empty', async () => {
    const p = createProject();
    projects.push(p);
    await write(p, { a: 'A', b: 'B' }, 'I1');
    await write(p, { a: 'A' }, 'I2');
    expect(existsSync(path.join(p.root, 'dist/b'))).toBe(false);
    expect(p.read('dist/a/deck.html')).toBe('A');
  });

  it('leaves no trace of a first build that fails', async () => {
    const p = createProject();
    projects.push(p);
    const folder = await openOutputFolder(p.config(), {});
    const change = await folder.begin(names);
    await change.put([{ path: 'a/deck.html', contents: 'A' }]);
    await change.discard();
    await folder.close();
    expect(existsSync(path.join(p.root, 'dist'))).toBe(false);
  });
});
