// Fits every slide on its 1280×720 canvas: a slide whose text runs long shrinks, down to a readable floor; past
// that, a part's key messages are spread over continuation slides ("Point 2 of 3, continued"), whole.
import { LecternError, throwIfAny } from '../errors.js';
import type { Deck, Slide } from '../plan/deck.js';
import { labelsFor } from '../plan/labels.js';
import type { ResolvedTheme } from '../themes/load.js';
import { slide as layout, scaleStep, slideContent, slideFloor } from './layout.js';
import { textHeight, type TextStyle } from './lines.js';
import type { FontSpec, Measurer } from './measure.js';

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

/** Heights may come this close to the edge and no closer, in px: the model rounds nothing. */
const heightMargin = 4;

const body: FontSpec = { role: 'body', weight: 400 };
const bodyBold: FontSpec = { role: 'body', weight: 700 };
const headingBold: FontSpec = { role: 'heading', weight: 700 };

/** The sizes a theme sets slides in, and the language that decides line breaks and upper case. */
interface Setting {
  readonly text: number;
  readonly heading: number;
  readonly lineHeight: number;
  readonly lang: string;
  readonly rtl: boolean;
  readonly measurer: Measurer;
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
  const comma = new Intl.Locale(lang).language === 'ar' ? '، ' : ', ';
  return `${marker}${comma}${continued}`;
}

/** The largest scale, in steps, from 1 down to `floor`, at which `fits` holds; undefined if not even at the floor. */
export function largestScale(fits: (scale: number) => boolean, floor: number): number | undefined {
  if (fits(1)) return 1;
  let low = Math.round(floor / scaleStep);
  let high = Math.round(1 / scaleStep) - 1;
  if (low > high || !fits(low * scaleStep)) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle * scaleStep)) low = middle;
    else high = middle - 1;
  }
  return Number((low * scaleStep).toFixed(2));
}

function style(font: FontSpec, size: number, lineHeight: number, extra: Partial<TextStyle> = {}): TextStyle {
  return { font, size, lineHeight, ...extra };
}

const available = slideContent.height - heightMargin;

/** Height of the marker line above a headline. */
function markerHeight(marker: string | undefined, s: Setting, scale: number): number {
  if (!marker) return 0;
  const markerStyle = style(bodyBold, s.text * scale * layout.marker.size, s.lineHeight, {
    letterSpacing: s.rtl ? 0 : layout.marker.letterSpacing,
    uppercase: true,
  });
  return textHeight(marker, slideContent.width, markerStyle, s.measurer, s.lang) + layout.marker.marginBottom;
}

/** Height of a content slide: marker, headline with its rule, key messages. */
function partHeight(marker: string | undefined, headline: string, messages: readonly string[], s: Setting, scale: number): number {
  const size = s.text * scale;
  const { headline: h, messages: m } = layout;
  const headlineHeight =
    textHeight(headline, slideContent.width, style(headingBold, s.heading * scale, h.lineHeight), s.measurer, s.lang) +
    h.paddingBottom +
    h.rule +
    h.marginBottom;
  const messageWidth = slideContent.width - m.indent * size;
  const messagesHeight =
    messages.reduce((sum, message) => sum + textHeight(message, messageWidth, style(body, size, s.lineHeight), s.measurer, s.lang), 0) +
    Math.max(0, messages.length - 1) * m.gap * size;
  return markerHeight(marker, s, scale) + headlineHeight + messagesHeight;
}

function fitPart(planned: Slide, s: Setting, floor: number, continued: string, file: string): Slide[] {
  const messages = planned.keyMessages;
  const fitsAt = (marker: string | undefined, from: number, to: number) => (scale: number) =>
    partHeight(marker, planned.headline, messages.slice(from, to), s, scale) <= available;

  const whole = largestScale(fitsAt(planned.marker, 0, messages.length), floor);
  if (whole !== undefined) return [{ ...planned, scale: whole }];

  // Too long for one slide even at the floor: every key message must fit on a slide of its own, whole.
  const lines = planned.lines;
  if (!fitsAt(continued, 0, 0)(floor)) {
    throw new LecternError('the headline is too long to fit on a slide even at the smallest type', {
      at: { file, line: lines?.headline },
      hint: 'shorten it: a headline says the point in about 8 words',
    });
  }
  messages.forEach((message, index) => {
    if (!fitsAt(continued, index, index + 1)(floor)) {
      throw new LecternError('the key message is too long to fit on a slide under its headline even at the smallest type', {
        at: { file, line: lines?.keyMessages[index] },
        hint: 'shorten it: a key message is a line of about 15 words, and the full text goes in the paragraphs',
      });
    }
  });

  const groups = splitMessages(messages.length, (from, to, scale) => fitsAt(from === 0 ? planned.marker : continued, from, to)(scale), floor);
  return groups.map(({ from, to, scale }, index) => ({
    ...planned,
    id: index === 0 ? planned.id : `${planned.id}-${index + 1}`,
    marker: index === 0 ? planned.marker : continued,
    keyMessages: messages.slice(from, to),
    scale,
    continuation: { index: index + 1, of: groups.length },
    notes: notesFor(planned.notes, groups, index, messages.length),
    timing: Math.round((planned.timing * (to - from)) / messages.length),
    lines: lines && { headline: lines.headline, keyMessages: lines.keyMessages.slice(from, to) },
  }));
}

interface Group {
  readonly from: number;
  readonly to: number;
  readonly scale: number;
}

/** Beyond this many key messages, the first split that works is taken rather than the best of all. */
const exhaustiveLimit = 12;

/**
 * Splits `count` key messages into as few consecutive groups as fit at the floor, choosing among the ways to do it
 * the one whose smallest slide is largest (earlier slides fuller on a tie). Every single message fits alone.
 */
function splitMessages(count: number, fits: (from: number, to: number, scale: number) => boolean, floor: number): Group[] {
  const scales = new Map<string, number | undefined>();
  const scaleOf = (from: number, to: number) => {
    const key = `${from}-${to}`;
    if (!scales.has(key)) scales.set(key, largestScale((scale) => fits(from, to, scale), floor));
    return scales.get(key);
  };
  // Greedy: the fewest slides.
  const greedy: Group[] = [];
  for (let from = 0; from < count; ) {
    let to = from + 1;
    while (to < count && scaleOf(from, to + 1) !== undefined) to += 1;
    greedy.push({ from, to, scale: scaleOf(from, to)! });
    from = to;
  }
  if (count > exhaustiveLimit || greedy.length === 1) return greedy;

  let best = greedy;
  let bestScore = Math.min(...greedy.map((group) => group.scale));
  const search = (from: number, left: number, chosen: Group[]) => {
    if (left === 1) {
      const scale = scaleOf(from, count);
      if (scale === undefined) return;
      const groups = [...chosen, { from, to: count, scale }];
      const score = Math.min(...groups.map((group) => group.scale));
      if (score > bestScore) [best, bestScore] = [groups, score];
      return;
    }
    for (let to = count - left + 1; to > from; to -= 1) {
      const scale = scaleOf(from, to);
      if (scale !== undefined) search(to, left - 1, [...chosen, { from, to, scale }]);
    }
  };
  search(0, greedy.length, []);
  return best;
}

/**
 * The speaker notes of a split part are divided by paragraph, never within one: each paragraph goes with the slide
 * whose share of the key messages covers where it starts in the text. A one-paragraph part keeps it on its first slide.
 */
function notesFor(paragraphs: readonly string[], groups: readonly Group[], index: number, messages: number): string[] {
  const lengths = paragraphs.map((paragraph) => paragraph.length);
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  let before = 0;
  return paragraphs.filter((_, at) => {
    const start = before / total;
    before += lengths[at]!;
    const owner = groups.findIndex((group) => start < group.to / messages);
    return (owner === -1 ? groups.length - 1 : owner) === index;
  });
}

/** The title slide, as reveal.js and Marp each lay it out: it fits when it fits in both. */
function titleHeight(deck: Deck, s: Setting, scale: number, headline: string): number {
  const { meta } = deck;
  const size = s.text * scale;
  const width = slideContent.width;
  const text = (value: string | undefined, font: FontSpec, em: number) =>
    value ? textHeight(value, width, style(font, size * em, s.lineHeight), s.measurer, s.lang) : 0;
  const { title } = layout;
  const head =
    markerHeight(meta.event, s, scale) +
    textHeight(headline, width, style(headingBold, s.heading * scale * title.headline, layout.headline.lineHeight), s.measurer, s.lang) +
    layout.headline.paddingBottom +
    layout.headline.rule +
    title.headlineMarginBottom;
  const place = [meta.venue, meta.when].filter(Boolean).join(' · ');

  const reveal =
    (meta.panel ? text(meta.panel, body, title.reveal.panel) + title.reveal.panelMarginBottom : 0) +
    text(meta.speaker, bodyBold, 1) +
    text(meta.role, body, title.reveal.role) +
    text(meta.organization, body, title.reveal.organization) +
    title.reveal.occasionMarginTop +
    text(place, body, title.reveal.occasion);

  const paragraph = title.marp.paragraph;
  const gap = size * paragraph * title.marp.paragraphMarginBottom;
  const byline = [meta.speaker, meta.role].filter(Boolean).join(', ');
  const marp =
    (meta.panel ? text(meta.panel, body, paragraph) + gap : 0) +
    text(byline, bodyBold, paragraph) +
    text(meta.organization, body, paragraph) +
    gap +
    text(place, body, paragraph) +
    gap;

  return head + Math.max(reveal, marp);
}

function fitTitle(planned: Slide, deck: Deck, s: Setting, floor: number, file: string): Slide {
  const scale = largestScale((scale) => titleHeight(deck, s, scale, planned.headline) <= available, floor);
  if (scale === undefined) {
    throw new LecternError('the title slide cannot hold the title, event, panel and speaker even at the smallest type', {
      at: { file },
      hint: 'shorten the title or the panel in the front matter',
    });
  }
  return { ...planned, scale };
}

/** The closing slide: the closing words large, then the speaker; as reveal.js or Marp sets it, whichever is taller. */
function closingHeight(deck: Deck, s: Setting, scale: number, headline: string): number {
  const { meta } = deck;
  const size = s.text * scale;
  const width = slideContent.width;
  const text = (value: string, font: FontSpec, em: number) => textHeight(value, width, style(font, size * em, s.lineHeight), s.measurer, s.lang);
  const words =
    textHeight(headline, width, style(headingBold, s.heading * scale * layout.closing.headline, layout.headline.lineHeight), s.measurer, s.lang) +
    layout.headline.marginBottom;
  const marpGap = size * layout.closing.paragraphMarginBottom;
  const organization = Math.max(text(meta.organization, body, layout.title.reveal.organization), text(meta.organization, body, 1) + marpGap);
  return words + text(meta.speaker, bodyBold, 1) + organization;
}

/** A closing too long to set large says "Thank you" instead; its full words stay in the notes. */
function fitClosing(planned: Slide, deck: Deck, s: Setting, floor: number, thankYou: string, file: string): Slide {
  for (const headline of [planned.headline, thankYou]) {
    const scale = largestScale((scale) => closingHeight(deck, s, scale, headline) <= available, floor);
    if (scale !== undefined) return { ...planned, headline, scale };
  }
  throw new LecternError('the closing slide cannot hold the speaker and organization even at the smallest type', {
    at: { file },
    hint: 'shorten the speaker or organization in the front matter',
  });
}
