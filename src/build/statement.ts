// One statement, from its content file to what every renderer reads: read, parse and validate, find its theme, plan
// its deck and briefing, fit them. Build, watch mode and `lectern check` all compile statements here.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { readLogo, type Logo } from '../content/logo.js';
import { readContentFile } from '../content/load.js';
import { parseStatement } from '../content/parse.js';
import type { Statement } from '../content/statement.js';
import type { Location } from '../errors.js';
import { fitStatement, fontCacheDir, type FitReport } from '../fit/index.js';
import { planBriefing } from '../plan/briefing.js';
import { planDeck } from '../plan/deck.js';
import type { PlannedStatement } from '../plan/statement.js';
import { themeDir, unknownTheme } from '../themes/names.js';
import type { ThemeCache } from './themes.js';

export interface CompiledStatement {
  /** The content file, relative to the project root, and the digest of the bytes it was compiled from. */
  readonly source: { readonly file: string; readonly digest: string };
  readonly planned: PlannedStatement;
  /** What fitting had to do: for `lectern check`'s warnings. */
  readonly report: FitReport;
}

/**
 * Compiles the content file at `path`. Throws a user's mistakes; resolves to undefined when the statement's theme
 * failed to load for an earlier statement (its mistake was reported then).
 */
export async function compileStatement(path: string, config: ResolvedConfig, themes: ThemeCache): Promise<CompiledStatement | undefined> {
  const source = await readContentFile(config, path);
  const checkTheme = (name: string, at: Location) => (themeDir(name, config) ? undefined : unknownTheme(name, config, at));
  const statement = parseStatement(source.source, source.file, { theme: config.theme, checkTheme });
  const theme = themes.load(statement);
  if (!theme) return undefined;
  const pace = { wordsPerMinute: config.wordsPerMinute };
  const logo = statementLogo(statement, source.path) ?? theme.logo;
  const plan = {
    statement,
    deck: { ...planDeck(statement, pace), logo },
    briefing: { ...planBriefing(statement, { ...pace, paper: config.paper }), logo },
  };
  const { deck, briefing, report } = await fitStatement(plan, theme, { cacheDir: fontCacheDir(config) });
  return { source: { file: source.file, digest: source.digest }, planned: { statement, deck, briefing, theme }, report };
}

/** The logo the statement's front matter names, read from beside its content file. */
function statementLogo(statement: Statement, contentPath: string): Logo | undefined {
  const named = statement.logo;
  return named && readLogo(named, { baseDir: path.dirname(contentPath), shown: statement.file, line: named.line });
}
