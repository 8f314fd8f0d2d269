// Marp's packed theme CSS is kept between runs: a warm cache gives the same deck, and a changed theme is packed anew.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderCache } from '../../src/cache/dir.js';
import { createMarpRenderer as create, type MarpCache } from '../../src/render/marp/renderer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lectern-marp-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const markdown = '---\ntheme: probe\n---\n\n# One\n\n---\n\n# Two\n';
const theme = (colour: string) => `/* @theme probe */ section { color: ${colour}; }`;

/** A renderer whose packed CSS is kept in the folder `cache.dir`. */
const createMarpRenderer = (cache?: { dir: string; salt: string }) =>
  create(cache && ({ values: folderCache(cache.dir)!, salt: cache.salt } satisfies MarpCache));

describe('the packed theme cache', () => {
  it('renders the same deck from a warm cache as from a cold one, and packs a changed theme again', () => {
    const cache = { dir: path.join(dir, 'marp'), salt: 'install 1' };
    const cold = createMarpRenderer(cache).render(theme('#123456'), markdown);
    expect(readdirSync(cache.dir)).toHaveLength(1);

    // A new renderer stands for the next process: it reads the pack from disk.
    const warm = createMarpRenderer(cache).render(theme('#123456'), markdown);
    expect(warm).toEqual(cold);
    expect(warm).toEqual(createMarpRenderer().render(theme('#123456'), markdown));

    const changed = createMarpRenderer(cache).render(theme('#654321'), markdown);
    expect(changed.css).toContain('#654321');
    expect(changed.css).not.toContain('#123456');
    expect(readdirSync(cache.dir)).toHaveLength(2);
  });

  it('is not shared by another install of Lectern or its packages', () => {
    const cache = { dir: path.join(dir, 'salted'), salt: 'install 1' };
    createMarpRenderer(cache).render(theme('#123456'), markdown);
    createMarpRenderer({ ...cache, salt: 'install 2' }).render(theme('#123456'), markdown);
    expect(readdirSync(cache.dir)).toHaveLength(2);
  });

  it('still renders when the cache folder cannot be written', () => {
    // A folder inside a file cannot be made.
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const blocked = { dir: path.join(file, 'marp'), salt: 'x' };
    expect(createMarpRenderer(blocked).render(theme('#123456'), markdown).css).toContain('#123456');
  });
});
