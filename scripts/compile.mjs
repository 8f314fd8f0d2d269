// Compiles src/ into lib/ with esbuild: one bundle, split so each command loads only what it uses.
// Running compiled JavaScript keeps start-up fast; tests run the TypeScript directly.
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Compiles aside, then moves the files into lib/: a lectern already running from lib/ (in another terminal, or a test
 * run) keeps finding the chunks it loads later, because chunks are named by their contents and old ones stay a while.
 */
export async function compile() {
  const { build } = await import('esbuild');
  const lib = path.join(root, 'lib');
  const aside = path.join(root, `lib.${process.pid}.tmp`);
  await rm(aside, { recursive: true, force: true });
  await build({
    // The Marp worker is an entry of its own: lib/marp-worker.mjs, started on a worker thread by the build.
    entryPoints: { cli: path.join(root, 'src', 'cli.ts'), 'marp-worker': path.join(root, 'src', 'render', 'marp', 'worker.ts') },
    outdir: aside,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // Packages with their own workers, binaries or many optional parts stay as they are installed.
    external: ['vite', 'playwright-core', 'chokidar', 'fontkit', 'esbuild', 'woff2-encoder'],
    // Marp requires markdown-it's CommonJS build; Lectern's own import takes the same one, so it loads once, not twice.
    alias: { 'markdown-it': 'markdown-it/dist/index.cjs.js' },
    // Aliases resolve from the working folder: the project's, so a lectern run from anywhere compiles the same.
    absWorkingDir: root,
    banner: {
      js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);",
    },
  });
  await mkdir(lib, { recursive: true });
  const fresh = new Set(await readdir(aside));
  for (const name of fresh) await rename(path.join(aside, name), path.join(lib, name));
  await rm(aside, { recursive: true, force: true });
  // Chunks no longer built go once no lectern could still be loading them.
  const hour = 60 * 60 * 1000;
  for (const name of await readdir(lib)) {
    if (fresh.has(name)) continue;
    const { mtimeMs } = await stat(path.join(lib, name)).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > hour) await rm(path.join(lib, name), { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await compile();
}
