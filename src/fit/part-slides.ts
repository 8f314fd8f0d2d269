// Fits a part's slide — introduction, point or conclusion — and when its key messages overflow it even at the floor,
// spreads them, each whole, over as few continuation slides as fit, dividing the speaker notes among them.
import { LecternError } from '../errors.js';
import type { Slide } from '../plan/deck.js';
import { slide as layout, slideContent } from './layout.js';
import { textHeight } from './lines.js';
import { availableHeight, body, headingBold, largestScale, markerHeight, style, type Setting } from './slide-scale.js';

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

/** The part as one slide at the largest scale that holds it, else its continuation slides; throws naming what fits on none. */
export function fitPart(planned: Slide, s: Setting, floor: number, continued: string, file: string): Slide[] {
  const messages = planned.keyMessages;
  const fitsAt = (marker: string | undefined, from: number, to: number) => (scale: number) =>
    partHeight(marker, planned.headline, messages.slice(from, to), s, scale) <= availableHeight;

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
  messages.forEach((_message, index) => {
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
    if (!scales.has(key))
      scales.set(
        key,
        largestScale((scale) => fits(from, to, scale), floor),
      );
    return scales.get(key);
  };
  // Greedy: the fewest slides.
  const greedy: Group[] = [];
  for (let from = 0; from < count;) {
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
