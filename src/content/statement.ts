// The Statement: what one content file means, once it has been parsed and validated.
import type { Location } from '../errors.js';
import type { LogoRef } from './logo.js';
import type { HeaderField } from './schema.js';
import type { DraftTitle } from './title.js';

/** A piece of text with the line it came from, so warnings can point at it. */
export interface SourceText {
  readonly text: string;
  readonly line: number;
}

/** Who delivers the statement, where and when. Every value is plain text, escaped when rendered. */
export interface StatementMeta {
  /** What the statement is about, as it would head a slide: the header's, or a draft (`Statement.draftTitle`). */
  readonly title: string;
  /** The meeting: "High-Level Thematic Debate of the General Assembly". Every field but the title may be missing. */
  readonly event?: string;
  /** The panel or agenda item within the event, when there is one. */
  readonly panel?: string;
  readonly organization?: string;
  readonly speaker?: string;
  readonly role?: string;
  readonly venue?: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly date?: string;
  /** As the programme gives it: "11:15 am – 1:00 pm". */
  readonly time?: string;
  /** ISO date the statement was published, `YYYY-MM-DD`. */
  readonly published?: string;
  /** BCP 47 language tag. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** A part of the statement that becomes a slide: a headline, its key messages, and the full text behind them. */
export interface Part {
  readonly headline: SourceText;
  readonly keyMessages: readonly SourceText[];
  /** The full text, paragraph by paragraph, word for word: speaker notes and briefing read it. */
  readonly paragraphs: readonly SourceText[];
  /** Line of the part's `## ` heading. */
  readonly line: number;
}

export type Point = Part;

/** A short passage with no slide text of its own: the salutation and the closing. */
export interface Passage {
  readonly paragraphs: readonly SourceText[];
  readonly line: number;
}

export interface Statement {
  /** The content file, relative to the project root. */
  readonly file: string;
  /** Output folder name: the content file's name without `.md`. */
  readonly slug: string;
  /** Theme name from `theme:`, or the `--theme` override. */
  readonly theme: string;
  /** Where the theme was chosen, so an unknown theme is reported there. */
  readonly themeAt: Location;
  /** The line of `title:`, where warnings about the title slide point. */
  readonly titleLine: number;
  readonly meta: StatementMeta;
  /** The logo the front matter names, relative to the content file, and the line of `logo:`; read when compiled. */
  readonly logo?: LogoRef & { readonly line: number };
  /** The header fields the file leaves out, which every output then leaves out too (a title is drafted). */
  readonly missing: readonly HeaderField[];
  /** The title the outputs use when the header names none. */
  readonly draftTitle?: DraftTitle;
  readonly salutation: Passage;
  readonly introduction: Part;
  readonly points: readonly Point[];
  readonly conclusion: Part;
  readonly closing: Passage;
}
