// The outputs Lectern builds for each statement, as one table: adding a format means adding an entry here.
import type { ResolvedConfig } from '../config.js';
import type { Statement } from '../content/statement.js';
import type { Briefing } from '../plan/briefing.js';
import type { Deck } from '../plan/deck.js';
import type { ResolvedTheme } from '../themes/load.js';
import { briefingTarget } from './briefing.js';
import { handoutTarget } from './handout.js';
import { marpTarget } from './marp.js';
import type { OutputFile } from './output.js';
import { revealTarget } from './reveal.js';
import type { TemplateSet } from './templates.js';

/** Everything a renderer may read about one statement: its text, its plans, its theme. */
export interface PlannedStatement {
  readonly statement: Statement;
  readonly deck: Deck;
  readonly briefing: Briefing;
  readonly theme: ResolvedTheme;
}

export interface RenderContext {
  readonly config: ResolvedConfig;
  readonly templates: TemplateSet;
}

export interface StatementTarget {
  /** A short name: `deck`, `marp`, `briefing`, `handout`. */
  readonly name: string;
  /** Files it writes in `dist/<slug>/`, in the order the index links them, each with the name the index gives it. */
  readonly files: readonly { readonly file: string; readonly label: string }[];
  render(planned: PlannedStatement, context: RenderContext): Promise<OutputFile[]> | OutputFile[];
  /** Starts slow work a build of `statements` statements will need (such as loading a library) before the first render. */
  prepare?(context: RenderContext, statements: number): void;
}

export const statementTargets: readonly StatementTarget[] = [revealTarget, marpTarget, briefingTarget, handoutTarget];
