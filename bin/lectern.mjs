#!/usr/bin/env node
// Runs the compiled CLI in lib/. In a checkout, recompiles first when src/ is newer than lib/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'lib', 'cli.cjs');

if (existsSync(path.join(root, 'src')) && isStale()) {
  const { compile } = await import(pathToFileURL(path.join(root, 'scripts', 'compile.mjs')).href);
  await compile();
}
// A reader that stops early (`lectern --help | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { start } = await import(pathToFileURL(path.join(root, 'lib', 'start.mjs')).href);
process.exitCode = await start(process.argv.slice(2));

function isStale() {
  if (!existsSync(compiled)) return true;
  const built = statSync(compiled).mtimeMs;
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : statSync(file).mtimeMs > built;
    });
  return newer(path.join(root, 'src')) || statSync(path.join(root, 'package.json')).mtimeMs > built;
}
