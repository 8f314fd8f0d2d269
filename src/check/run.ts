// Runs `lectern check` over content files: each is read, parsed, planned and fitted as a build would, and nothing is
// written. A file with mistakes does not stop the others from being checked.
import { displayPath, type ResolvedConfig } from '../config.js';
import { findContentFiles, readContentFile } from '../content/load.js';
import { splitFrontMatter } from '../content/frontmatter.js';
import { parseStatement } from '../content/parse.js';
import { duplicateSlugErrors, slugOf } from '../content/slug.js';
import { isLecternError, splitErrors, type LecternError } from '../errors.js';
import { fitStatement, fontCacheDir } from '../fit/index.js';
import { planBriefing } from '../plan/briefing.js';
import { planDeck } from '../plan/deck.js';
import { statementPace } from '../plan/pace.js';
import { loadTheme, type ResolvedTheme } from '../themes/load.js';
import { checkStatement, type StatementCheck } from './lint.js';

export interface CheckRun {
  readonly checks: readonly StatementCheck[];
  /** Mistakes a build would stop on, with the same messages. */
  readonly errors: readonly LecternError[];
}

export async function checkFiles(config: ResolvedConfig): Promise<CheckRun> {
  const checks: StatementCheck[] = [];
  const errors: LecternError[] = [];
  const themes = new Map<string, ResolvedTheme>();
  const pace = { wordsPerMinute: config.wordsPerMinute };
  const files = await findContentFiles(config);
  // Two files that would build into one folder stop a build: check says so too.
  errors.push(...duplicateSlugErrors(files.map((file) => ({ file: displayPath(config, file), slug: slugOf(file) }))));
  for (const path of files) {
    try {
      const { file, source } = await readContentFile(config, path);
      const statement = parseStatement(source, file, { theme: config.theme });
      const theme = themes.get(statement.theme) ?? loadTheme(statement.theme, config, statement.themeAt);
      themes.set(statement.theme, theme);
      const plan = { statement, deck: planDeck(statement, pace), briefing: planBriefing(statement, pace) };
      const { report } = await fitStatement(plan, theme, { cacheDir: fontCacheDir(config) });
      const title = splitFrontMatter(source, file).lineOf(['title']);
      checks.push(checkStatement(statement, statementPace(statement, config.wordsPerMinute), report, { title }));
    } catch (error) {
      if (!isLecternError(error)) throw error;
      errors.push(...splitErrors(error));
    }
  }
  return { checks, errors };
}
