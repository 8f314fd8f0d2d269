// Plans the one-page briefing: the header, the occasion, each point's headline and key messages, and the ask.
import type { Part, Statement } from '../content/statement.js';
import { labelsFor } from './labels.js';
import { describeMeta, formatNumber, type MetaView } from './meta.js';
import { aboutMinutes, statementPace } from './pace.js';

export interface BriefingPoint {
  readonly headline: string;
  readonly keyMessages: readonly string[];
}

export interface Briefing {
  readonly slug: string;
  readonly theme: string;
  readonly meta: MetaView;
  readonly introduction: BriefingPoint;
  readonly points: readonly BriefingPoint[];
  /** The conclusion's headline and key messages: what the statement asks of the room. */
  readonly ask: BriefingPoint;
  /** "Delivery: about 5 min", at the configured speaking pace. */
  readonly delivery: string;
  /**
   * Type size against the theme's `print` size: 1, or less when the text must shrink to fit one page.
   * Planning leaves it at 1; fitting (src/fit/briefing.ts) sets it.
   */
  readonly scale: number;
}

export interface BriefingOptions {
  /** Speaking pace for the delivery time. */
  readonly wordsPerMinute: number;
}

export function planBriefing(statement: Statement, options: BriefingOptions = { wordsPerMinute: 130 }): Briefing {
  const meta = describeMeta(statement.meta);
  const minutes = aboutMinutes(statementPace(statement, options.wordsPerMinute).seconds);
  return {
    slug: statement.slug,
    theme: statement.theme,
    meta,
    introduction: summarize(statement.introduction),
    points: statement.points.map(summarize),
    ask: summarize(statement.conclusion),
    delivery: labelsFor(meta.lang).delivery(formatNumber(minutes, meta.lang)),
    scale: 1,
  };
}

function summarize(part: Part): BriefingPoint {
  return { headline: part.headline.text, keyMessages: part.keyMessages.map((message) => message.text) };
}
