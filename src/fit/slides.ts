// Fits every slide on its 1280×720 canvas: a slide whose text runs long shrinks, down to a readable floor; past
// that, a part's key messages are spread over continuation slides ("Point 2 of 3, continued"), whole.
import { LecternError, throwIfAny } from '../errors.js';
import type { Deck, Slide } from '../plan/deck.js';
import { labelsFor } from '../plan/labels.js';
import type { ResolvedTheme } from '../themes/load.js';
import { scaleStep, slideFloor } from './layout.js';
import type { Measurer } from './measure.js';
import { fitPart } from './part-slides.js';
import type { Setting } from './slide-scale.js';
import { fitClosing, fitTitle } from './title-and-closing.js';

// Still exported from here for the briefing, which fits its page by the same search.
export { largestScale } from './slide-scale.js';

/** What fitting did to one slide of the plan, for `lectern check`. */
export interface SlideFitNote {
  /** The planned slide: `point-2`. */
  readonly id: string;
  /** Line of its headline, when it has one in the content file. */
  readonly line: number | undefined;
  /** The smallest scale any of its slides got (1: none shrank). */
  readonly scale: number;
  /** How many slides it became (1: not split). */
  readonly slides: number;
}

export interface FittedDeck {
  readonly deck: Deck;
  readonly notes: readonly SlideFitNote[];
}

/** Every piece of text fitting may measure on the deck's slides, so the measurer can load the faces they need. */
export function deckTexts(deck: Deck): string[] {
  const { meta } = deck;
  const labels = labelsFor(meta.lang);
  return [
    ...deck.slides.flatMap((slide) => [slide.marker ?? '', slide.headline, ...slide.keyMessages]),
    ...deck.slides.map((slide) => continuedMarker(slide.marker ?? '', labels.continued, meta.lang)),
    labels.thankYou,
    ...[meta.title, meta.event, meta.panel, meta.speaker, meta.role, meta.organization, meta.venue, meta.when].map((text) => text ?? ''),
  ];
}

/** The lowest scale a slide may take in this theme: key messages stay at or above the floor, and so do headlines. */
export function slideFloorScale(theme: ResolvedTheme): number {
  const { slide, slideHeading } = theme.tokens.type;
  return Math.min(1, Math.ceil(Math.max(slideFloor.text / slide, slideFloor.heading / slideHeading) / scaleStep) * scaleStep);
}

/** Fits every slide of `deck`. Throws a LecternError naming the line of a headline or key message too long for any slide. */
export function fitDeck(deck: Deck, theme: ResolvedTheme, measurer: Measurer, file: string): FittedDeck {
  const { type } = theme.tokens;
  const setting: Setting = {
    text: type.slide,
    heading: type.slideHeading,
    lineHeight: type.lineHeight,
    lang: deck.meta.lang,
    rtl: deck.meta.dir === 'rtl',
    measurer,
  };
  const floor = slideFloorScale(theme);
  const labels = labelsFor(deck.meta.lang);
  const slides: Slide[] = [];
  const notes: SlideFitNote[] = [];
  const errors: LecternError[] = [];
  for (const planned of deck.slides) {
    try {
      const fitted =
        planned.kind === 'title'
          ? [fitTitle(planned, deck, setting, floor, file)]
          : planned.kind === 'closing'
            ? [fitClosing(planned, deck, setting, floor, labels.thankYou, file)]
            : fitPart(planned, setting, floor, continuedMarker(planned.marker ?? '', labels.continued, deck.meta.lang), file);
      slides.push(...fitted);
      notes.push({
        id: planned.id,
        line: planned.lines?.headline,
        scale: Math.min(...fitted.map((slide) => slide.scale)),
        slides: fitted.length,
      });
    } catch (error) {
      if (!(error instanceof LecternError)) throw error;
      errors.push(error);
    }
  }
  throwIfAny(errors);
  return { deck: { ...deck, slides }, notes };
}

/** "Point 2 of 3, continued"; Arabic takes its own comma. */
export function continuedMarker(marker: string, continued: string, lang: string): string {
  return `${marker}${labelsFor(lang).comma}${continued}`;
}
