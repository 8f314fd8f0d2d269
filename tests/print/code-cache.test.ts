// playwright-core is loaded with V8's code cache kept in Lectern's cache folder: the package must work the same with
// the cache, without it, and with a cache file that is damaged or made from another version of the file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache, runWithCodeCache } from '../../src/cache/code.js';
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

describe('runWithCodeCache', () => {
  const dir = path.join(root, 'script');
  const file = path.join(dir, 'tool.cjs');
  const codeDir = path.join(root, 'script-code');
  // Text outside ASCII too, in a string and in a regular expression, as Lectern's own code has.
  const tool = (greeting: string) => `const { sep } = require('node:path');
const digits = /[٠-٩]+/u;
exports.greet = (name) => \`${greeting}, \${name}\`;
exports.arabicDigits = (text) => text.match(digits)?.[0];
exports.where = () => [__filename, __dirname, sep, typeof module.exports.greet];
${Array.from({ length: 40 }, (_, n) => `exports.f${n} = (x) => [x, ${n}].map((y) => y * 2).reduce((a, b) => a + b, 0);`).join('\n')}
`;
  type Tool = { greet(name: string): string; arabicDigits(text: string): string | undefined; where(): unknown[] } & Record<string, (x: number) => number>;
  const callAll = (exports: Tool) => Array.from({ length: 40 }, (_, n) => exports[`f${n}`]!(n));
  const codeFiles = () => readdirSync(codeDir).sort();
  /**
   * The file's text under another name, as the next process would compile it: V8 compiles one text from one file once
   * a process, and gives that back to a second compile without reading the cache at all.
   */
  let copies = 0;
  const copy = () => {
    const other = path.join(dir, `copy-${copies++}.cjs`);
    writeFileSync(other, readFileSync(file));
    return other;
  };

  beforeEach(() => {
    rmSync(codeDir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, tool('Bonjour'));
  });

  it("runs a CommonJS file with Node's module variables, the same with its cache as without", () => {
    const first = runWithCodeCache<Tool>(file, codeDir, 'build');
    expect(first.exports.greet('Genève')).toBe('Bonjour, Genève');
    expect(first.exports.arabicDigits('الفقرة ١٢')).toBe('١٢');
    expect(first.exports.where()).toEqual([file, dir, path.sep, 'function']);
    expect(() => readdirSync(codeDir)).toThrow();
    first.keep();
    const made = codeFiles();
    expect(made).toHaveLength(1);
    const time = statSync(path.join(codeDir, made[0]!)).mtimeMs;
    const other = copy();
    const again = runWithCodeCache<Tool>(other, codeDir, 'build');
    expect(again.exports.greet('Genève')).toBe('Bonjour, Genève');
    expect(again.exports.where()[0]).toBe(other);
    expect(again.exports.arabicDigits('الفقرة ١٢')).toBe('١٢');
    expect(callAll(again.exports)).toEqual(callAll(first.exports));
    // Accepted, so keep() does not write it again.
    again.keep();
    expect(codeFiles()).toEqual(made);
    expect(statSync(path.join(codeDir, made[0]!)).mtimeMs).toBe(time);
  });

  it('keeps the functions a run has called, not only the top level', () => {
    // A text of its own: V8 compiles the same text once a process, and would give back the functions called before.
    writeFileSync(file, tool('Salam'));
    const loadedOnly = runWithCodeCache<Tool>(file, path.join(codeDir, 'loaded'));
    loadedOnly.keep();
    const used = runWithCodeCache<Tool>(file, path.join(codeDir, 'used'));
    callAll(used.exports);
    used.keep();
    const size = (sub: string) => statSync(path.join(codeDir, sub, readdirSync(path.join(codeDir, sub))[0]!)).size;
    expect(size('used')).toBeGreaterThan(size('loaded'));
  });

  it('keeps one cache for each use, and never serves one made from another version of the file', () => {
    runWithCodeCache<Tool>(file, codeDir, 'build').keep();
    runWithCodeCache<Tool>(file, codeDir, 'check').keep();
    expect(codeFiles()).toHaveLength(2);
    writeFileSync(file, tool('Hola'));
    const changed = runWithCodeCache<Tool>(file, codeDir, 'build');
    expect(changed.exports.greet('Bogotá')).toBe('Hola, Bogotá');
    changed.keep();
    expect(codeFiles()).toHaveLength(3);
  });

  it('runs from a damaged cache file as without one, and replaces it', () => {
    writeFileSync(file, tool('Jambo'));
    runWithCodeCache<Tool>(file, codeDir).keep();
    const [made] = codeFiles();
    writeFileSync(path.join(codeDir, made!), 'not compiled code');
    const run = runWithCodeCache<Tool>(copy(), codeDir);
    expect(run.exports.greet('Nairobi')).toBe('Jambo, Nairobi');
    run.keep();
    expect(readFileSync(path.join(codeDir, made!), 'utf8')).not.toBe('not compiled code');
  });

  it('runs without a cache folder, and writes none', () => {
    const run = runWithCodeCache<Tool>(file, undefined);
    expect(run.exports.greet('Bangkok')).toBe('Bonjour, Bangkok');
    run.keep();
    expect(() => readdirSync(codeDir)).toThrow();
  });
});
