// Prints how lectern import does on the corpus of real statements in tests/fixtures/corpus/: the same table
// tests/import/corpus.test.ts prints, and README's Import section shows. Run: npm run corpus
// The measuring code is TypeScript (tests/import/corpus-measure.ts); it is bundled with esbuild into the cache
// folder and run from there, packages as installed. It builds the imported files with bin/lectern.mjs, as a user would.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'node_modules', '.cache', 'lectern');
const bundle = path.join(cache, 'corpus-measure.mjs');

const { build } = await import('esbuild');
await mkdir(cache, { recursive: true });
await build({
  entryPoints: [path.join(root, 'tests', 'import', 'corpus-measure.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { formatTable, measureCorpus } = await import(pathToFileURL(bundle).href);
process.stdout.write(`${formatTable(await measureCorpus(path.join(root, 'tests', 'fixtures', 'corpus')))}\n`);
