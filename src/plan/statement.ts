// A statement ready to render: its text, its deck and briefing planned and fitted, and its theme.
import type { Statement } from '../content/statement.js';
import type { ResolvedTheme } from '../themes/load.js';
import type { Briefing } from './briefing.js';
import type { Deck } from './deck.js';

/** Everything a renderer may read about one statement. */
export interface PlannedStatement {
  readonly statement: Statement;
  readonly deck: Deck;
  readonly briefing: Briefing;
  readonly theme: ResolvedTheme;
}
