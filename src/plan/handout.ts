// Plans the handout: every slide of the deck with its speaker notes, one, two or three to a printed page.
// handout.js then fits each page in the browser: it may set notes smaller, carry notes too long for their page onto
// the next under a "continued" label, and keep a short closing on the page before.
import type { HandoutLayout, Paper } from '../config.js';
import type { Deck, Slide } from './deck.js';
import { labelsFor } from './labels.js';
import { formatNumber, type MetaView } from './meta.js';

export interface HandoutItem {
  readonly slide: Slide;
  /** "Slide 3 of 7", in the statement's language: the slide's place in the deck, the title slide being 1. */
  readonly label: string;
  /** "Slide 3 of 7, continued": heads its notes where they carry on over a page. */
  readonly continuedLabel: string;
}

/** One printed page: up to `layout` slides with their notes. The first also carries the handout's label. */
export interface HandoutSheet {
  readonly first: boolean;
  readonly items: readonly HandoutItem[];
}

export interface Handout {
  readonly slug: string;
  readonly meta: MetaView;
  readonly layout: HandoutLayout;
  readonly paper: Paper;
  readonly sheets: readonly HandoutSheet[];
}

export function planHandout(deck: Deck, options: { layout: HandoutLayout; paper: Paper }): Handout {
  const { meta } = deck;
  const labels = labelsFor(meta.lang);
  const total = formatNumber(deck.slides.length, meta.lang);
  const items = deck.slides.map((slide, index) => {
    const label = labels.slide(formatNumber(index + 1, meta.lang), total);
    return { slide, label, continuedLabel: `${label}${labels.comma}${labels.continued}` };
  });
  const sheets: HandoutSheet[] = [];
  for (let start = 0; start < items.length; start += options.layout) {
    sheets.push({ first: start === 0, items: items.slice(start, start + options.layout) });
  }
  return { slug: deck.slug, meta, layout: options.layout, paper: options.paper, sheets };
}
