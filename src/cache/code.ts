// V8's code cache for large CommonJS code: Lectern's own, compiled into one file (lib/cli.cjs), its Marp renderer with
// marp-core, and playwright-core (7 MB of JavaScript). Node 20 compiles a required file from its source at every
// start, which for playwright-core is a third of the half second it takes to load; the compiled code is kept in
// Lectern's cache folder the first time and given back to V8 from then on.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { writeCacheFile } from './dir.js';

/** The part of Node's CommonJS loader this hooks: every required `.js` file's source passes through `_compile`. */
interface CommonJsModule {
  exports: unknown;
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}

type Wrapped = (...args: unknown[]) => unknown;

/** The names Node's CommonJS wrapper gives a file's code. */
const wrapperParameters = ['exports', 'require', 'module', '__filename', '__dirname'];

/**
 * Requires package `id` (from `from`, a file URL or path) with its files' code cache in `dir`; without a folder, it is
 * a plain require(). A cache file serves only the file it was made from: it is named by the hash of that file's
 * contents and of this Node's version, and V8 refuses one made by another V8 or under other flags.
 */
export function requireWithCodeCache<T>(from: string | URL, id: string, dir: string | undefined): T {
  const require = createRequire(from);
  if (dir === undefined) return require(id) as T;
  const packageDir = path.dirname(require.resolve(id)) + path.sep;
  const loader = Module.prototype as unknown as CommonJsModule;
  const compile = loader._compile;
  loader._compile = function (this: CommonJsModule, content: string, filename: string, ...rest: unknown[]) {
    if (!filename.startsWith(packageDir) || !filename.endsWith('.js')) return compile.call(this, content, filename, ...rest);
    const run = compileCached(content, filename, dir);
    return run.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };
  try {
    return require(id) as T;
  } finally {
    loader._compile = compile;
  }
}

/**
 * Runs the CommonJS file `file` as require() would, compiled from its code cache in `dir` when V8 accepts the one
 * there (one per `use`: the code a run compiles depends on what it does). `keep()` saves the code compiled so far,
 * once, when there was none: called once the file's code has done its work, it keeps the functions that work
 * compiled too, not only the file's top level (for Lectern's own code, most of what a cold build spent compiling).
 */
export function runWithCodeCache<T>(file: string, dir: string | undefined, use = ''): { readonly exports: T; keep(): void } {
  const bytes = readFileSync(file);
  const cacheFile = dir === undefined ? undefined : cacheFileOf(bytes, dir, use);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  // Node's own wrapper, on the code's first line: line numbers in stack traces stay the file's. Text in ASCII alone
  // (as compiled, see scripts/compile.mjs) reads without decoding and is kept in half the memory.
  const content = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const source = `(function (${wrapperParameters.join(', ')}) { ${content}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as Wrapped).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  let kept = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    keep() {
      if (kept || cacheFile === undefined) return;
      kept = true;
      writeCacheFile(cacheFile, script.createCachedData());
    },
  };
}

/** The file's code as Node's CommonJS wrapper would compile it, from the cache when there is one V8 accepts. */
function compileCached(content: string, filename: string, dir: string): Wrapped {
  const file = cacheFileOf(content, dir);
  const options = { filename, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER };
  const cachedData = readCache(file);
  if (cachedData) {
    const cached = vm.compileFunction(content, wrapperParameters, { ...options, cachedData });
    if (!cached.cachedDataRejected) return cached as unknown as Wrapped;
  }
  const compiled = vm.compileFunction(content, wrapperParameters, { ...options, produceCachedData: true });
  if (compiled.cachedData) writeCacheFile(file, compiled.cachedData);
  return compiled as unknown as Wrapped;
}

/** A cache file serves only the code it was made from, by this Node: it is named by the hash of both. */
function cacheFileOf(content: string | Uint8Array, dir: string, use = ''): string {
  const hash = createHash('sha256').update(`${process.version}\0${use}\0`).update(content).digest('hex');
  return path.join(dir, `${hash.slice(0, 32)}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
