// Compiles src/ into lib/ with esbuild. Lectern itself becomes one CommonJS file, lib/cli.cjs, which lib/start.mjs runs
// from V8's code cache (src/start.ts); the Marp worker thread is lib/marp-worker.mjs, and the renderer it runs from
// its own code cache lib/marp-renderer.cjs. Running compiled JavaScript keeps start-up fast; tests run the TypeScript.
import { readFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Compiles aside, then moves the files into lib/, each renamed over the last: a lectern already running from lib/
 * (in another terminal, or a test run) reads each file whole, the old one or the new.
 */
export async function compile() {
  const { build } = await import('esbuild');
  const lib = path.join(root, 'lib');
  const aside = path.join(root, `lib.${process.pid}.tmp`);
  await rm(aside, { recursive: true, force: true });
  const src = (...parts) => path.join(root, 'src', ...parts);
  const shared = {
    outdir: aside,
    bundle: true,
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    // Shorter names: V8 keeps a script's whole text, and lib/cli.cjs is loaded whole.
    minifyIdentifiers: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // Packages with their own workers, binaries or many optional parts stay as they are installed.
    external: ['vite', 'playwright-core', 'chokidar', 'fontkit', 'esbuild', 'woff2-encoder'],
    // Marp requires markdown-it's CommonJS build; Lectern's own import takes the same one, so it loads once, not twice.
    alias: { 'markdown-it': 'markdown-it/dist/index.cjs.js' },
    // Aliases resolve from the working folder: the project's, so a lectern run from anywhere compiles the same.
    absWorkingDir: root,
  };
  // The small ES modules Node starts: the CLI's first step, and the Marp worker thread.
  await build({
    ...shared,
    entryPoints: { start: src('start.ts'), 'marp-worker': src('render', 'marp', 'worker.ts') },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
  });
  // What they run from V8's code cache, which Node 20 keeps for a script, not for an ES module. A script cannot import()
  // there (only behind an experimental flag): the packages Lectern loads as installed, ES modules among them, are
  // required, which Node 20 allows for a module without top-level await. import.meta.url names the file itself.
  await build({
    ...shared,
    entryPoints: { cli: src('cli.ts'), 'marp-renderer': src('render', 'marp', 'renderer.ts') },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__lecternFileUrl' },
    banner: { js: "var __lecternFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [onDemand],
  });
  for (const name of ['cli.cjs', 'marp-renderer.cjs']) await asciiOnly(path.join(aside, name));
  await build({ ...shared, entryPoints: Object.fromEntries(onDemandPackages.map((name) => [name, name])), format: 'cjs', outExtension: { '.js': '.cjs' } });
  await mkdir(lib, { recursive: true });
  const fresh = new Set(await readdir(aside));
  for (const name of fresh) await rename(path.join(aside, name), path.join(lib, name));
  await rm(aside, { recursive: true, force: true });
  // Files no longer built (the chunks of earlier versions) go once no lectern could still be loading them.
  const hour = 60 * 60 * 1000;
  for (const name of await readdir(lib)) {
    if (fresh.has(name)) continue;
    const { mtimeMs } = await stat(path.join(lib, name)).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > hour) await rm(path.join(lib, name), { force: true });
  }
}

/**
 * Packages only some commands load: pdf-lib (a PDF's title and language, when printing) and mammoth (`lectern import`
 * of a Word file). They are a third of Lectern's code, and V8 holds every function of a script it loads, used or not:
 * each is a file of its own in lib/ (lib/pdf-lib.cjs), which lib/cli.cjs requires when it needs it.
 */
const onDemandPackages = ['pdf-lib', 'mammoth'];
const onDemand = {
  name: 'on-demand',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${onDemandPackages.join('|')})$`) }, ({ path: name }) => ({ path: `./${name}.cjs`, external: true }));
  },
};

/**
 * esbuild writes text in ASCII but leaves regular expressions as written ("[–—]", "[٠-٩]"); escaped, the same
 * characters match, and the whole file is ASCII: V8 then keeps its text in one byte a character, not two, and it reads
 * without decoding. (A column in the source map is off by the escapes on those few lines.)
 */
async function asciiOnly(file) {
  const text = await readFile(file, 'utf8');
  // Code units one by one: a character beyond U+FFFF becomes its two surrogates, as a regular expression reads them.
  const escaped = text.replace(/[^\0-\x7f]/g, (char, at) => {
    // "\é" would become "\\u00e9", a backslash and five letters: such code is left to be written otherwise.
    if (/(?<!\\)(?:\\\\)*\\$/.test(text.slice(Math.max(0, at - 16), at))) throw new Error(`${file}: an escaped "${char}" cannot be written in ASCII`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  await writeFile(file, escaped);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await compile();
}
