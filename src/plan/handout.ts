// Plans the handout: every slide of the deck with its speaker notes, one, two or three to a printed page.
import type { HandoutLayout, Paper } from '../config.js';
import type { Deck, Slide } from './deck.js';
import { labelsFor } from './labels.js';
import { formatNumber, type MetaView } from './meta.js';

export interface HandoutItem {
  readonly slide: Slide;
  /** "Slide 3 of 7", in the statement's language. */
  readonly label: string;
}

/** One printed page: up to `layout` slides with their notes. The first also carries the statement's header. */
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
  /** The CSS counter style that writes page numbers in the statement's own digits: `decimal`, `arabic-indic`, … */
  readonly counterStyle: string;
}

export function planHandout(deck: Deck, options: { layout: HandoutLayout; paper: Paper }): Handout {
  const { meta } = deck;
  const labels = labelsFor(meta.lang);
  const total = formatNumber(deck.slides.length, meta.lang);
  const items = deck.slides.map((slide, index) => ({
    slide,
    label: labels.slide(formatNumber(index + 1, meta.lang), total),
  }));
  const sheets: HandoutSheet[] = [];
  for (let start = 0; start < items.length; start += options.layout) {
    sheets.push({ first: start === 0, items: items.slice(start, start + options.layout) });
  }
  return {
    slug: deck.slug,
    meta,
    layout: options.layout,
    paper: options.paper,
    sheets,
    counterStyle: counterStyleFor(meta.lang),
  };
}

/** CSS counter styles for the digits Intl writes numbers in, by its numbering system. */
const counterStyles: Readonly<Record<string, string>> = {
  latn: 'decimal',
  arab: 'arabic-indic',
  arabext: 'persian',
  beng: 'bengali',
  deva: 'devanagari',
  thai: 'thai',
};

function counterStyleFor(lang: string): string {
  const { numberingSystem } = new Intl.NumberFormat(lang).resolvedOptions();
  return counterStyles[numberingSystem] ?? 'decimal';
}
