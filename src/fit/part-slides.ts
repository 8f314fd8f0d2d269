// Fits a part's slide — introduction, point or conclusion — and when it holds too many key messages, or would have to
// shrink too far, spreads them, each whole, over continuation slides, dividing the speaker notes among them.
import { LecternError } from '../errors.js';
import type { Slide } from '../plan/deck.js';
import { slide as layout, slideContent, slideMessagesMax, slideSplitScale } from './layout.js';
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

/**
 * The part as one slide, or split into continuation slides: each shows at most `slideMessagesMax` key messages, at
 * `slideSplitScale` or larger unless one of its messages needs smaller type even alone, and never below `floor`.
 * Throws naming the headline or key message that fits on no slide.
 */
export function fitPart(planned: Slide, s: Setting, floor: number, continued: string, file: string): Slide[] {
  const messages = planned.keyMessages;
  const fits = (marker: string | undefined, shown: readonly string[]) => (scale: number) =>
    partHeight(marker, planned.headline, shown, s, scale) <= availableHeight;
  const scaleOf = (from: number, to: number) => largestScale(fits(from === 0 ? planned.marker : continued, messages.slice(from, to)), floor);

  const whole = messages.length <= slideMessagesMax ? scaleOf(0, messages.length) : undefined;
  if (whole !== undefined && (whole >= slideSplitScale || messages.length <= 1)) return [{ ...planned, scale: whole }];

  const groups = splitMessages(messages.length, scaleOf);
  const lines = planned.lines;
  if (!groups?.length) {
    // Some key message fits on no slide even alone at the floor: say whether its headline leaves it any room.
    if (!fits(continued, [])(floor)) {
      throw new LecternError('the headline is too long to fit on a slide even at the smallest type', {
        at: { file, line: lines?.headline },
        hint: 'shorten it: a headline says the point in about 8 words',
      });
    }
    const index = messages.findIndex((_message, at) => scaleOf(at, at + 1) === undefined);
    throw new LecternError('the key message is too long to fit on a slide under its headline even at the smallest type', {
      at: { file, line: lines?.keyMessages[index] },
      hint: 'shorten it: a key message is a line of about 15 words, and the full text goes in the paragraphs',
    });
  }
  if (groups.length === 1) return [{ ...planned, scale: groups[0]!.scale }];

  const owners = paragraphOwners(planned.notes, groups, messages.length);
  return groups.map(({ from, to, scale }, index) => ({
    ...planned,
    id: index === 0 ? planned.id : `${planned.id}-${index + 1}`,
    marker: index === 0 ? planned.marker : continued,
    keyMessages: messages.slice(from, to),
    scale,
    continuation: { index: index + 1, of: groups.length },
    notes: planned.notes.filter((_paragraph, at) => owners[at] === index),
    // Shared out by key messages, rounded so that the slides' times add up to the part's.
    timing: Math.round((planned.timing * to) / messages.length) - Math.round((planned.timing * from) / messages.length),
    lines: lines && { headline: lines.headline, keyMessages: lines.keyMessages.slice(from, to) },
  }));
}

/** Key messages `from` up to `to`, on one slide at `scale`. */
interface Group {
  readonly from: number;
  readonly to: number;
  readonly scale: number;
}

/**
 * A split may give up this much scale for slides that share the key messages more evenly: 3% is hard to see, while
 * four messages and then one read as a slide and a leftover.
 */
const evenSplitAllowance = 0.03;

/**
 * Splits `count` key messages into consecutive groups, one a slide: as few slides as the limits allow (see
 * `slideMessagesMax` and `slideSplitScale`); among those splits, the ones whose smallest slide is within
 * `evenSplitAllowance` of the largest it can be; among those, the ones that share the messages most evenly, then the
 * one with the largest smallest slide, then the one with earlier slides fuller. `scaleOf(from, to)` is the largest
 * scale at which a group fits (undefined if not even at the floor). Undefined when a key message fits on no slide.
 */
function splitMessages(count: number, scaleOf: (from: number, to: number) => number | undefined): Group[] | undefined {
  const alone = Array.from({ length: count }, (_message, at) => scaleOf(at, at + 1));
  if (alone.some((scale) => scale === undefined)) return undefined;
  // Every group that may be a slide: not too many messages, and no smaller than its hardest message needs alone.
  const candidates: Group[] = [];
  for (let from = 0; from < count; from += 1) {
    let lowest = slideSplitScale;
    for (let to = from + 1; to <= Math.min(count, from + slideMessagesMax); to += 1) {
      lowest = Math.min(lowest, alone[to - 1]!);
      const scale = scaleOf(from, to);
      if (scale !== undefined && scale >= lowest) candidates.push({ from, to, scale });
    }
  }
  /** The fewest slides that hold the messages from each index on, using only the groups `usable` lets through. */
  const fewest = (usable: (group: Group) => boolean): number[] => {
    const slides = Array.from({ length: count + 1 }, (_, from) => (from === count ? 0 : Infinity));
    for (const group of [...candidates].reverse()) if (usable(group)) slides[group.from] = Math.min(slides[group.from]!, 1 + slides[group.to]!);
    return slides;
  };
  const least = fewest(() => true)[0]!;
  const works = (usable: (group: Group) => boolean) => fewest(usable)[0] === least;
  /** The largest scale every slide can keep when only the groups `usable` lets through are used. */
  const largest = (usable: (group: Group) => boolean) =>
    Math.max(...candidates.map((group) => group.scale).filter((scale) => works((group) => usable(group) && group.scale >= scale)));

  const near = largest(() => true) - evenSplitAllowance;
  let most = Math.ceil(count / least);
  while (!works((group) => group.scale >= near && group.to - group.from <= most)) most += 1;
  const even = (group: Group) => group.to - group.from <= most;
  const scale = largest(even);
  const usable = (group: Group) => even(group) && group.scale >= scale;

  const slides = fewest(usable);
  const groups: Group[] = [];
  for (let from = 0; from < count; from = groups.at(-1)!.to) {
    const left = least - groups.length;
    const next = candidates.filter((group) => group.from === from && usable(group) && slides[group.to] === left - 1).at(-1)!;
    groups.push(next);
  }
  return groups;
}

/**
 * Which slide of a split part says each paragraph of its notes, dividing by paragraph, never within one. The first
 * paragraph goes with the first slide, where the speaker starts; each other paragraph with the slide whose share of
 * the key messages covers its middle, where most of it is read. When there are at least as many paragraphs as
 * slides, each slide gets one or more of its own: a paragraph moves on a slide, or stays on the slide before, rather
 * than leave a slide with nothing to say.
 */
function paragraphOwners(paragraphs: readonly string[], groups: readonly Group[], messages: number): number[] {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) || 1;
  const last = groups.length - 1;
  const enough = paragraphs.length >= groups.length;
  const owners: number[] = [];
  let before = 0;
  paragraphs.forEach((paragraph, at) => {
    const middle = (before + paragraph.length / 2) / total;
    before += paragraph.length;
    const covering = groups.findIndex((group) => middle < group.to / messages);
    if (at === 0) return owners.push(0);
    const owner = covering === -1 ? last : covering;
    if (!enough) return owners.push(owner);
    const previous = owners.at(-1)!;
    owners.push(Math.min(Math.max(owner, previous, last - (paragraphs.length - 1 - at)), previous + 1));
  });
  return owners;
}
