// playwright-core is loaded with V8's code cache kept in Lectern's cache folder: the package must work the same with
// the cache, without it, and with a cache file that is damaged or made from another version of the file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../src/cache/code.js';
import { loadPlaywright } from '../../src/print/browser.js';

const root = mkdtempSync(path.join(tmpdir(), 'lectern-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const from = path.join(root, 'project', 'index.js');
const packageDir = path.join(root, 'project', 'node_modules', 'greeter');
const cache = path.join(root, 'cache');

function writePackage(greeting: string): void {
  mkdirSync(path.join(packageDir, 'lib'), { recursive: true });
  writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify({ name: 'greeter', main: 'index.js' }));
  writeFileSync(
    path.join(packageDir, 'index.js'),
    "const { words } = require('./lib/words.js');\nexports.greet = (name) => `${words.greeting}, ${name}`;\nexports.file = __filename;\n",
  );
  writeFileSync(path.join(packageDir, 'lib', 'words.js'), `exports.words = { greeting: ${JSON.stringify(greeting)} };\n`);
}

/** Loads the package afresh, as a new process would. */
function load(dir: string | null = cache): { greet: (name: string) => string; file: string } {
  const require = createRequire(from);
  for (const file of Object.keys(require.cache)) if (file.startsWith(packageDir)) delete require.cache[file];
  return requireWithCodeCache(from, 'greeter', dir ?? undefined);
}

const cacheFiles = () => readdirSync(cache).sort();

beforeEach(() => {
  rmSync(cache, { recursive: true, force: true });
  writePackage('Hello');
});

describe('requireWithCodeCache', () => {
  it("keeps one cache file per file of the package, and the package works the same from it, with Node's module variables", () => {
    expect(load().greet('Geneva')).toBe('Hello, Geneva');
    const made = cacheFiles();
    expect(made).toHaveLength(2);
    const times = made.map((file) => statSync(path.join(cache, file)).mtimeMs);
    const again = load();
    expect(again.greet('Vienna')).toBe('Hello, Vienna');
    expect(again.file).toBe(path.join(packageDir, 'index.js'));
    // Accepted, so not written again.
    expect(cacheFiles()).toEqual(made);
    expect(made.map((file) => statSync(path.join(cache, file)).mtimeMs)).toEqual(times);
  });

  it('never serves a cache made from another version of a file', () => {
    load();
    writePackage('Bonjour');
    expect(load().greet('Genève')).toBe('Bonjour, Genève');
    // index.js is unchanged and keeps its file; words.js has a second one, for its new contents.
    expect(cacheFiles()).toHaveLength(3);
  });

  it('replaces a damaged cache file, and the package still loads', () => {
    load();
    for (const file of cacheFiles()) writeFileSync(path.join(cache, file), 'not compiled code');
    expect(load().greet('Nairobi')).toBe('Hello, Nairobi');
    for (const file of cacheFiles()) expect(readFileSync(path.join(cache, file), 'utf8')).not.toBe('not compiled code');
  });

  it('loads without a cache folder, and without writing one', () => {
    expect(load(null).greet('Bangkok')).toBe('Hello, Bangkok');
    expect(() => readdirSync(cache)).toThrow();
  });

  it('reports a mistake in the package as require() would, naming the file', () => {
    writeFileSync(path.join(packageDir, 'lib', 'words.js'), 'exports.words = {;\n');
    expect(() => load()).toThrow(SyntaxError);
    let stack = '';
    try {
      load();
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toContain(path.join(packageDir, 'lib', 'words.js'));
  });

  it('loads playwright-core itself from its cache', () => {
    const dir = path.join(root, 'playwright');
    // Loaded afresh, even if another test in this process has loaded it.
    const require = createRequire(import.meta.url);
    const installed = path.dirname(require.resolve('playwright-core')) + path.sep;
    for (const file of Object.keys(require.cache)) if (file.startsWith(installed)) delete require.cache[file];
    expect(typeof loadPlaywright(dir).chromium.launch).toBe('function');
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });
});
