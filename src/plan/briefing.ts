// Plans the one-page briefing: the header, the occasion, each point's headline and key messages, and the ask.
import type { Part, Statement } from '../content/statement.js';
import { describeMeta, type MetaView } from './meta.js';

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
}

export function planBriefing(statement: Statement): Briefing {
  return {
    slug: statement.slug,
    theme: statement.theme,
    meta: describeMeta(statement.meta),
    introduction: summarize(statement.introduction),
    points: statement.points.map(summarize),
    ask: summarize(statement.conclusion),
  };
}

function summarize(part: Part): BriefingPoint {
  return { headline: part.headline.text, keyMessages: part.keyMessages.map((message) => message.text) };
}
