// Plans the deck: which slides a statement becomes, in order, with what each shows and what its notes say.
// Fitting (src/fit/) may then shrink a slide's type or split a point over continuation slides.
import type { Logo } from '../content/logo.js';
import type { Part, Statement } from '../content/statement.js';
import { labelsFor } from './labels.js';
import { describeMeta, formatNumber, type MetaView } from './meta.js';
import { countWords, speakingSeconds } from './pace.js';

export type SlideKind = 'title' | 'introduction' | 'point' | 'conclusion' | 'closing';

export interface Slide {
  readonly kind: SlideKind;
  /** A stable anchor: `title`, `introduction`, `point-2`, `point-2-2` (its continuation), `conclusion`, `closing`. */
  readonly id: string;
  /** The small line above the headline: "Point 2 of 3", or "Point 2 of 3, continued". */
  readonly marker: string | undefined;
  readonly headline: string;
  readonly keyMessages: readonly string[];
  /** Speaker notes: the full text of the part, paragraph by paragraph, word for word. */
  readonly notes: readonly string[];
  /** Seconds this slide is expected to show, from the words spoken over it: reveal.js's pacing timer reads it. */
  readonly timing: number;
  /** Type size against the theme's normal size: 1, or less for a slide whose text had to shrink to fit. */
  readonly scale: number;
  /** For a part split over several slides: this slide's place among them (1-based), and how many there are. */
  readonly continuation: { readonly index: number; readonly of: number } | undefined;
  /** Lines in the content file of the headline and of each key message, so fitting can point at them. */
  readonly lines: { readonly headline: number; readonly keyMessages: readonly number[] } | undefined;
}

export interface Deck {
  readonly slug: string;
  readonly theme: string;
  readonly meta: MetaView;
  readonly slides: readonly Slide[];
  /** The organization's mark, on the title slide and in the footer of the slides between: the statement's or its theme's. */
  readonly logo?: Logo | undefined;
}

export interface DeckOptions {
  /** Speaking pace for each slide's timing. */
  readonly wordsPerMinute: number;
}

/** A closing longer than this is not put on a slide whole: the slide says "Thank you" instead. */
const closingSlideWords = 12;

export function planDeck(statement: Statement, options: DeckOptions = { wordsPerMinute: 130 }): Deck {
  const meta = describeMeta(statement.meta);
  const labels = labelsFor(meta.lang);
  const number = (n: number) => formatNumber(n, meta.lang);
  const total = statement.points.length;
  const texts = (part: { paragraphs: readonly { text: string }[] }) => part.paragraphs.map((p) => p.text);
  const timing = (notes: readonly string[]) =>
    Math.round(
      speakingSeconds(
        notes.reduce((sum, text) => sum + countWords(text, meta.lang), 0),
        options.wordsPerMinute,
      ),
    );
  const plain = { scale: 1, continuation: undefined, lines: undefined };
  const partSlide = (kind: SlideKind, id: string, marker: string, part: Part): Slide => {
    const notes = texts(part);
    return {
      kind,
      id,
      marker,
      headline: part.headline.text,
      keyMessages: part.keyMessages.map((message) => message.text),
      notes,
      timing: timing(notes),
      ...plain,
      lines: { headline: part.headline.line, keyMessages: part.keyMessages.map((message) => message.line) },
    };
  };

  const salutation = texts(statement.salutation);
  const slides: Slide[] = [
    { kind: 'title', id: 'title', marker: meta.event, headline: meta.title, keyMessages: [], notes: salutation, timing: timing(salutation), ...plain },
    partSlide('introduction', 'introduction', labels.introduction, statement.introduction),
    ...statement.points.map((point, index) => partSlide('point', `point-${index + 1}`, labels.point(number(index + 1), number(total)), point)),
    partSlide('conclusion', 'conclusion', labels.conclusion, statement.conclusion),
  ];
  if (statement.closing.paragraphs.length > 0) {
    const closing = texts(statement.closing);
    const closingText = closing.join(' ');
    const short = closingText.split(/\s+/).length <= closingSlideWords;
    slides.push({
      kind: 'closing',
      id: 'closing',
      marker: undefined,
      headline: short ? closingText : labels.thankYou,
      keyMessages: [],
      notes: closing,
      timing: timing(closing),
      ...plain,
    });
  }
  return { slug: statement.slug, theme: statement.theme, meta, slides };
}
