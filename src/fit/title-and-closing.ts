// Fits the two slides that frame a deck: the title slide, with the event, panel and speaker, and the closing slide,
// which falls back to "Thank you" when the closing words are too long to set large.
import { LecternError } from '../errors.js';
import type { Deck, Slide } from '../plan/deck.js';
import { slide as layout, slideContent } from './layout.js';
import { textHeight } from './lines.js';
import type { FontSpec } from './measure.js';
import { availableHeight, body, bodyBold, headingBold, largestScale, markerHeight, style, type Setting } from './slide-scale.js';

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
  const place = meta.place;

  const reveal =
    (meta.panel ? text(meta.panel, body, title.reveal.panel) + title.reveal.panelMarginBottom : 0) +
    text(meta.speaker, bodyBold, 1) +
    text(meta.role, body, title.reveal.role) +
    text(meta.organization, body, title.reveal.organization) +
    title.reveal.occasionMarginTop +
    text(place, body, title.reveal.occasion);

  const paragraph = title.marp.paragraph;
  const gap = size * paragraph * title.marp.paragraphMarginBottom;
  const byline = meta.byline;
  const marp =
    (meta.panel ? text(meta.panel, body, paragraph) + gap : 0) +
    text(byline, bodyBold, paragraph) +
    text(meta.organization, body, paragraph) +
    gap +
    text(place, body, paragraph) +
    gap;

  const logo = deck.logo ? layout.logo.title.height + layout.logo.title.marginBottom : 0;
  return logo + head + Math.max(reveal, marp);
}

export function fitTitle(planned: Slide, deck: Deck, s: Setting, floor: number, file: string): Slide {
  const scale = largestScale((scale) => titleHeight(deck, s, scale, planned.headline) <= availableHeight, floor);
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
  const text = (value: string | undefined, font: FontSpec, em: number) =>
    value ? textHeight(value, width, style(font, size * em, s.lineHeight), s.measurer, s.lang) : 0;
  const words =
    textHeight(headline, width, style(headingBold, s.heading * scale * layout.closing.headline, layout.headline.lineHeight), s.measurer, s.lang) +
    layout.headline.marginBottom;
  const marpGap = size * layout.closing.paragraphMarginBottom;
  const organization = meta.organization
    ? Math.max(text(meta.organization, body, layout.title.reveal.organization), text(meta.organization, body, 1) + marpGap)
    : 0;
  return words + text(meta.speaker, bodyBold, 1) + organization;
}

/** A closing too long to set large says "Thank you" instead; its full words stay in the notes. */
export function fitClosing(planned: Slide, deck: Deck, s: Setting, floor: number, thankYou: string, file: string): Slide {
  for (const headline of [planned.headline, thankYou]) {
    const scale = largestScale((scale) => closingHeight(deck, s, scale, headline) <= availableHeight, floor);
    if (scale !== undefined) return { ...planned, headline, scale };
  }
  throw new LecternError('the closing slide cannot hold the speaker and organization even at the smallest type', {
    at: { file },
    hint: 'shorten the speaker or organization in the front matter',
  });
}
