// Runs `lectern check` over content files: each is compiled (read, parsed, planned and fitted) exactly as a build
// compiles it, and nothing is written. A file with mistakes does not stop the others from being checked.
import { compileStatement } from '../build/statement.js';
import { eachStatement } from '../build/loop.js';
import { themeCache } from '../build/themes.js';
import { displayPath, type ResolvedConfig } from '../config.js';
import { findContentFiles } from '../content/load.js';
import { duplicateSlugErrors, slugOf } from '../content/slug.js';
import type { LecternError } from '../errors.js';
import { statementPace } from '../plan/pace.js';
import { checkStatement, type StatementCheck } from './lint.js';

export interface CheckRun {
  readonly checks: readonly StatementCheck[];
  /** Mistakes a build would stop on, with the same messages. */
  readonly errors: readonly LecternError[];
}

export async function checkFiles(config: ResolvedConfig): Promise<CheckRun> {
  const checks: StatementCheck[] = [];
  const themes = themeCache(config);
  const files = await findContentFiles(config);
  const mistakes = await eachStatement(
    files,
    async (file) => {
      const compiled = await compileStatement(file, config, themes);
      if (compiled) {
        const { statement } = compiled.planned;
        checks.push(checkStatement(statement, statementPace(statement, config.wordsPerMinute), compiled.report));
      }
      return undefined;
    },
    undefined,
    { ahead: 1, afterMistake: 'check' },
  );
  // Two files that would build into one folder stop a build: check says so too.
  const duplicates = duplicateSlugErrors(files.map((file) => ({ file: displayPath(config, file), slug: slugOf(file) })));
  return { checks, errors: [...duplicates, ...[...mistakes.values()].flat()] };
}
