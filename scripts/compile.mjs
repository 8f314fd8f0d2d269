// Compiles src/ into lib/ with esbuild: one bundle, split so each command loads only what it uses.
// Running compiled JavaScript keeps start-up fast; tests run the TypeScript directly.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function compile() {
  const { build } = await import('esbuild');
  await rm(path.join(root, 'lib'), { recursive: true, force: true });
  await build({
    // The Marp worker is an entry of its own: lib/marp-worker.mjs, started on a worker thread by the build.
    entryPoints: { cli: path.join(root, 'src', 'cli.ts'), 'marp-worker': path.join(root, 'src', 'render', 'marp', 'worker.ts') },
    outdir: path.join(root, 'lib'),
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
    external: ['vite', 'playwright-core', 'chokidar', 'fontkit', 'esbuild'],
    banner: {
      js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);",
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await compile();
}
