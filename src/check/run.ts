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
import type { PlannedStatement } from '../plan/statement.js';
import { checkStatement, type StatementCheck, type Warning } from './lint.js';
import { placeholderWarnings } from './placeholders.js';
import { readingPages } from './reading.js';

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
        const check = checkStatement(statement, statementPace(statement, config.wordsPerMinute), compiled.report);
        const more = [...(await placeholderWarnings(compiled.planned, config)), ...(await readingWarning(compiled.planned, config))];
        const warnings = [...check.warnings, ...more].sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0));
        checks.push(more.length === 0 ? check : { ...check, warnings });
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

/** A warning when the reading copy would run over the pages the user set with `--reading-pages`. */
async function readingWarning(planned: PlannedStatement, config: ResolvedConfig): Promise<Warning[]> {
  if (config.readingPages === undefined) return [];
  const pages = await readingPages(planned, config);
  if (pages <= config.readingPages) return [];
  const paper = config.paper === 'letter' ? 'US Letter' : 'A4';
  return [
    {
      at: { file: planned.statement.file, line: planned.statement.titleLine },
      message: `the reading copy runs to about ${pages} pages of ${paper} at ${config.readingSize} pt, more than the ${config.readingPages} set with --reading-pages; shorten the text, or set a smaller --reading-size`,
    },
  ];
}
