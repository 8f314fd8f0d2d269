// The metadata as people read it: dates in the statement's language, and the lines the header and title slide show.
import type { StatementMeta } from '../content/statement.js';
import { labelsFor } from './labels.js';

export interface MetaView extends StatementMeta {
  /** The delivery date in words, in the statement's language: "June 6, 2019". */
  readonly dateText: string;
  readonly publishedText: string | undefined;
  /** Date and time together: "June 6, 2019, 11:15 am – 1:00 pm". */
  readonly when: string;
  /** Speaker and role: "Kieran Gorman-Best, Senior Policy and Liaison Officer". */
  readonly byline: string;
  /** One line on the occasion: "Statement by IOM at the High-Level Thematic Debate …". */
  readonly occasion: string;
}

export function describeMeta(meta: StatementMeta): MetaView {
  const labels = labelsFor(meta.lang);
  const dateText = formatDate(meta.date, meta.lang);
  return {
    ...meta,
    dateText,
    publishedText: meta.published && formatDate(meta.published, meta.lang),
    when: [dateText, meta.time].filter(Boolean).join(', '),
    byline: [meta.speaker, meta.role].filter(Boolean).join(', '),
    occasion: labels.occasion(meta.organization, meta.event),
  };
}

export function formatDate(isoDate: string, lang: string): string {
  return formatter(dateFormats, lang, () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatNumber(value: number, lang: string): string {
  return formatter(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

// Making an Intl formatter takes about a millisecond; watch mode rebuilds often, so each language's is made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatter<T>(cache: Map<string, T>, lang: string, create: () => T): T {
  let format = cache.get(lang);
  if (!format) {
    format = create();
    cache.set(lang, format);
  }
  return format;
}
