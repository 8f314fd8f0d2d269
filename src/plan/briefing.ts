// Plans the one-page briefing: the header, each part's headline and key messages, the ask, and the speaking time.
import type { Paper } from '../config.js';
import type { Logo } from '../content/logo.js';
import type { Part, Statement } from '../content/statement.js';
import { labelsFor } from './labels.js';
import { describeMeta, formatCount, metaFacts, type Fact, type MetaView } from './meta.js';
import { aboutMinutes, statementPace } from './pace.js';

export interface BriefingPoint {
  readonly headline: string;
  readonly keyMessages: readonly string[];
}

export interface Briefing {
  readonly slug: string;
  readonly theme: string;
  readonly meta: MetaView;
  /** Who delivers the statement, where and when, each said once. */
  readonly facts: readonly Fact[];
  /** The organization's mark, at the head of the page: the statement's or its theme's. */
  readonly logo?: Logo | undefined;
  readonly introduction: BriefingPoint;
  readonly points: readonly BriefingPoint[];
  /** The conclusion's headline and key messages: what the statement asks of the room. */
  readonly ask: BriefingPoint;
  /** "Delivery: about 5 minutes", at the configured speaking pace. */
  readonly delivery: string;
  /** The paper it is fitted to and printed on. */
  readonly paper: Paper;
  /**
   * Type size against the theme's `print` size: 1, or less when the text must shrink to fit one page of `paper`.
   * Planning leaves it at 1; fitting (src/fit/briefing.ts) sets it.
   */
  readonly scale: number;
}

export interface BriefingOptions {
  /** Speaking pace for the delivery time. */
  readonly wordsPerMinute: number;
  /** The paper to fit it to. @defaultValue `'a4'` */
  readonly paper?: Paper | undefined;
}

export function planBriefing(statement: Statement, options: BriefingOptions = { wordsPerMinute: 130 }): Briefing {
  const meta = describeMeta(statement.meta);
  const labels = labelsFor(meta.lang);
  const minutes = aboutMinutes(statementPace(statement, options.wordsPerMinute).seconds);
  return {
    slug: statement.slug,
    theme: statement.theme,
    meta,
    facts: metaFacts(meta),
    introduction: summarize(statement.introduction),
    points: statement.points.map(summarize),
    ask: summarize(statement.conclusion),
    delivery: `${labels.term(labels.delivery)}\u00a0${formatCount(minutes, meta.lang, labels, labels.aboutMinutes)}`,
    paper: options.paper ?? 'a4',
    scale: 1,
  };
}

function summarize(part: Part): BriefingPoint {
  return { headline: part.headline.text, keyMessages: part.keyMessages.map((message) => message.text) };
}
