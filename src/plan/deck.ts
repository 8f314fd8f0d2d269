// Plans the deck: which slides a statement becomes, in order, with what each shows and what its notes say.
import type { Part, Statement } from '../content/statement.js';
import { labelsFor } from './labels.js';
import { describeMeta, formatNumber, type MetaView } from './meta.js';

export type SlideKind = 'title' | 'introduction' | 'point' | 'conclusion' | 'closing';

export interface Slide {
  readonly kind: SlideKind;
  /** A stable anchor: `title`, `introduction`, `point-2`, `conclusion`, `closing`. */
  readonly id: string;
  /** The small line above the headline: "Point 2 of 3". */
  readonly marker: string | undefined;
  readonly headline: string;
  readonly keyMessages: readonly string[];
  /** Speaker notes: the full text of the part, paragraph by paragraph, word for word. */
  readonly notes: readonly string[];
}

export interface Deck {
  readonly slug: string;
  readonly theme: string;
  readonly meta: MetaView;
  readonly slides: readonly Slide[];
}

/** A closing longer than this is not put on a slide whole: the slide says "Thank you" instead. */
const closingSlideWords = 12;

export function planDeck(statement: Statement): Deck {
  const meta = describeMeta(statement.meta);
  const labels = labelsFor(meta.lang);
  const number = (n: number) => formatNumber(n, meta.lang);
  const total = statement.points.length;
  const texts = (part: { paragraphs: readonly { text: string }[] }) => part.paragraphs.map((p) => p.text);

  const slides: Slide[] = [
    { kind: 'title', id: 'title', marker: meta.event, headline: meta.title, keyMessages: [], notes: texts(statement.salutation) },
    partSlide('introduction', 'introduction', labels.introduction, statement.introduction),
    ...statement.points.map((point, index) =>
      partSlide('point', `point-${index + 1}`, labels.point(number(index + 1), number(total)), point),
    ),
    partSlide('conclusion', 'conclusion', labels.conclusion, statement.conclusion),
  ];
  if (statement.closing.paragraphs.length > 0) {
    const closingText = texts(statement.closing).join(' ');
    const short = closingText.split(/\s+/).length <= closingSlideWords;
    slides.push({
      kind: 'closing',
      id: 'closing',
      marker: undefined,
      headline: short ? closingText : labels.thankYou,
      keyMessages: [],
      notes: texts(statement.closing),
    });
  }
  return { slug: statement.slug, theme: statement.theme, meta, slides };
}

function partSlide(kind: SlideKind, id: string, marker: string, part: Part): Slide {
  return {
    kind,
    id,
    marker,
    headline: part.headline.text,
    keyMessages: part.keyMessages.map((message) => message.text),
    notes: part.paragraphs.map((paragraph) => paragraph.text),
  };
}
