// Nothing a build writes points off the machine: no CDN, no remote font, no absolute URL in any page or stylesheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFiles } from '../src/render/outputs.js';
import { buildOutputs, type BuiltOutputs } from './helpers/outputs.js';
import { parseDocument, urlsIn } from './helpers/html.js';
import { createProject, fixturesDir, shippedSource, type TestProject } from './helpers/project.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

let project: TestProject;
let outputs: BuiltOutputs;

beforeAll(async () => {
  project = createProject({
    'content/iom.md': shippedSource,
    'content/projector.md': shippedSource.replace('theme: institutional', 'theme: projector'),
    'content/print.md': shippedSource.replace('theme: institutional', 'theme: print'),
    'content/arabic.md': readFileSync(path.join(fixturesDir, 'arabic/content/arabic-statement.md'), 'utf8'),
  });
  outputs = await buildOutputs(project);
});
afterAll(() => project.remove());

describe('the outputs of every theme', () => {
  it('link and load only relative URLs that exist in dist/', () => {
    const pages = outputs.paths().filter((file) => file.endsWith('.html'));
    // Each statement's pages, and the index.
    expect(pages.length).toBe(4 * pageFiles.filter((file) => file.endsWith('.html')).length + 1);
    const existing = new Set(outputs.paths());
    for (const page of pages) {
      for (const url of urlsIn(parseDocument(outputs.text(page)))) {
        expect(url, page).not.toMatch(/^(https?:)?\/\//i);
        // An address of a query or a fragment alone (`?view=scroll`) is the page itself, in another view or place.
        const file = url.split(/[?#]/)[0] || path.posix.basename(page);
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
        expect(existing.has(target), `${page} → ${url}`).toBe(true);
      }
    }
  });

  it('have stylesheets whose fonts and imports are all local', () => {
    const styles = outputs.paths().filter((file) => file.endsWith('.css'));
    expect(styles).toContain('_assets/themes/projector.marp.css');
    const existing = new Set(outputs.paths());
    for (const style of styles) {
      const css = outputs.text(style);
      expect(css, style).not.toMatch(/@import|https?:\/\//i);
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)/g)) {
        if (url!.startsWith('data:')) continue;
        expect(existing.has(path.posix.normalize(path.posix.join(path.posix.dirname(style), url!))), `${style} → ${url}`).toBe(true);
      }
    }
  });
});
