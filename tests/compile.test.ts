// Lectern as compiled into lib/ (tests/helpers/compile.ts compiles it before the tests): the one script the CLI runs
// from V8's code cache, and the files it loads beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/project.js';

const lib = (name: string) => readFileSync(path.join(repoRoot, 'lib', name), 'utf8');

describe('the compiled CLI', () => {
  it.each(['cli.cjs', 'marp-renderer.cjs'])('%s is ASCII throughout, its regular expressions too, so V8 keeps it in one byte a character', (name) => {
    const text = lib(name);
    expect(text.length).toBeGreaterThan(100_000);
    expect(text.match(/[^\0-\x7f]/g) ?? []).toEqual([]);
  });

  it('never calls import(), which a script run from the code cache cannot: packages are required', () => {
    const text = lib('cli.cjs');
    expect(text).not.toMatch(/\bimport\(/);
    for (const name of ['vite', 'chokidar', 'fontkit', './pdf-lib.cjs', './mammoth.cjs']) expect(text).toContain(`require("${name}")`);
  });
});
