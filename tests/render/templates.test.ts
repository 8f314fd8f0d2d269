// Templates compile once and are kept by their text: a later build reuses them, and a changed or damaged one is compiled again.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderCache } from '../../src/cache/dir.js';
import { templatesUsed } from '../../src/render/outputs.js';
import { loadTemplates as load } from '../../src/render/templates.js';
import { repoRoot } from '../helpers/project.js';

const templatesDir = path.join(repoRoot, 'templates');
const view = {
  assets: '_assets',
  count: 1,
  statements: [
    {
      slug: 's',
      file: 'content/s.md',
      theme: 'institutional',
      meta: { title: '<Title> & {{x}}', event: 'E', organization: 'O', speaker: 'S', dateText: 'D', date: '2019-06-06', lang: 'en', dir: 'ltr' },
      outputs: [],
    },
  ],
};

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lectern-templates-'));
  folders.push(dir);
  return dir;
};

/** The templates a build compiles, kept in the cache folder `cache`. */
const loadTemplates = (dir: string, root: string, cache: string) => load(dir, templatesUsed, root, folderCache(cache));

describe('compiled templates', () => {
  it('are kept in the cache folder and give the same page when read back', async () => {
    const cache = scratch();
    const first = (await loadTemplates(templatesDir, repoRoot, cache)).render('index', view);
    const kept = readdirSync(cache);
    expect(kept.length).toBeGreaterThanOrEqual(8);
    const second = (await loadTemplates(templatesDir, repoRoot, cache)).render('index', view);
    expect(second).toBe(first);
    expect(second).toContain('&lt;Title&gt; &amp; {{x}}');
    expect(readdirSync(cache)).toEqual(kept);
  });

  it('are compiled again when the cached copy is damaged', async () => {
    const cache = scratch();
    const first = (await loadTemplates(templatesDir, repoRoot, cache)).render('index', view);
    for (const file of readdirSync(cache)) writeFileSync(path.join(cache, file), 'not a template {');
    expect((await loadTemplates(templatesDir, repoRoot, cache)).render('index', view)).toBe(first);
  });
});
