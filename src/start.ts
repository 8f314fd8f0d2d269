// How the compiled CLI starts. bin/lectern.mjs loads this small module, which runs the rest of Lectern, compiled into
// one CommonJS file (lib/cli.cjs), from V8's code cache: Node 20 caches compiled code for a script, not for an ES
// module, and compiling Lectern's code afresh was a fifth of a one-statement build.
import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from './cache/code.js';
import { cacheDir } from './cache/dir.js';
import type * as Cli from './cli.js';
import { packageRoot } from './config.js';

/** Runs the CLI with `argv`, as `main` does, and resolves to the exit code. */
export async function start(argv: readonly string[]): Promise<number> {
  const file = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  // One cache a command, made by its first run that did the command's whole work (a build that rendered, not one
  // that found everything up to date, nor one that printed help): what a build compiles is not what a check does.
  const dir = cacheDir({ root: process.cwd(), packageRoot }, 'cli-code');
  const { exports: cli, keep } = runWithCodeCache<typeof Cli>(file, dir, argv[0] ?? '');
  return cli.main(argv, { ...cli.defaultIO(), keepCompiledCode: keep });
}
