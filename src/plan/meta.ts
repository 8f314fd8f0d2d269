// The metadata as people read it: dates and numbers in the statement's language, and the lines the header and title
// slide show, joined with the language's own comma.
import type { StatementMeta } from '../content/statement.js';
import { labelsFor, type Labels, type PluralForms } from './labels.js';

// Every line below is composed of the fields the header gives, and is empty when it gives none of them: a template
// shows a line only when it is not empty, so no output has an empty label, a dangling separator or "undefined".
export interface MetaView extends StatementMeta {
  /** The delivery date in words, in the statement's language: "June 6, 2019"; empty without a date. */
  readonly dateText: string;
  readonly publishedText: string | undefined;
  /** Date and time together: "June 6, 2019, 11:15 am – 1:00 pm". */
  readonly when: string;
  /** Venue, date and time: "Trusteeship Council, UNHQ New York · June 6, 2019, 11:15 am – 1:00 pm". */
  readonly place: string;
  /** The event and its panel: "High-Level Thematic Debate …: Interactive Panel Discussion …". */
  readonly eventLine: string;
  /** Speaker and role: "Kieran Gorman-Best, Senior Policy and Liaison Officer". */
  readonly byline: string;
  /** Speaker, role and organization: who delivers the statement, on whose behalf. */
  readonly deliveredBy: string;
  /** Speaker, role and organization as the reading copies head their page: "Name, Role · Organization". */
  readonly bylineAndOrganization: string;
  /** One line on the occasion: "Statement by IOM at the High-Level Thematic Debate …". */
  readonly occasion: string;
  /** The CSS counter style that writes numbers in the statement's own digits, as Intl does: `decimal`, `arabic-indic` … */
  readonly counterStyle: string;
}

/** One labelled fact of a page's header: "Date: June 6, 2019". */
export interface Fact {
  /** The label with its colon, as the language writes it: "Date:", "Lieu :". */
  readonly term: string;
  readonly value: string;
  /** For a date: the ISO date, for the `<time>` element. */
  readonly datetime?: string;
}

export function describeMeta(meta: StatementMeta): MetaView {
  const labels = labelsFor(meta.lang);
  const dateText = meta.date ? formatDate(meta.date, meta.lang) : '';
  const list = (...items: (string | undefined)[]) => items.filter(Boolean).join(labels.comma);
  const join = (separator: string, ...items: (string | undefined)[]) => items.filter(Boolean).join(separator);
  const when = list(dateText, meta.time);
  const byline = list(meta.speaker, meta.role);
  return {
    ...meta,
    dateText,
    publishedText: meta.published && formatDate(meta.published, meta.lang),
    when,
    place: join(' · ', meta.venue, when),
    eventLine: join(': ', meta.event, meta.panel),
    byline,
    deliveredBy: list(meta.speaker, meta.role, meta.organization),
    bylineAndOrganization: join(' · ', byline, meta.organization),
    occasion: labels.occasion(meta.organization, meta.event),
    counterStyle: counterStyleFor(meta.lang),
  };
}

/** Who delivers the statement, where and when: each once. */
export function metaFacts(meta: MetaView): Fact[] {
  const labels = labelsFor(meta.lang);
  return [
    ...(meta.deliveredBy ? [{ term: labels.term(labels.deliveredBy), value: meta.deliveredBy }] : []),
    ...(meta.venue ? [{ term: labels.term(labels.venue), value: meta.venue }] : []),
    ...(meta.when ? [{ term: labels.term(labels.date), value: meta.when, ...(meta.date && { datetime: meta.date }) }] : []),
  ];
}

export function formatDate(isoDate: string, lang: string): string {
  return formatter(dateFormats, lang, () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatNumber(value: number, lang: string): string {
  return formatter(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

/**
 * A counted phrase: the form the labels' language takes for `count` (Intl.PluralRules: "1 minute", "4 minutes";
 * in Arabic "دقيقة واحدة", "دقيقتان", "3 دقائق", "11 دقيقة"), the number in the statement's digits.
 */
export function formatCount(count: number, lang: string, labels: Labels, forms: PluralForms): string {
  const form = forms[formatter(pluralRules, labels.language, () => new Intl.PluralRules(labels.language)).select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, lang));
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
  const { numberingSystem } = formatter(numberFormats, lang, () => new Intl.NumberFormat(lang)).resolvedOptions();
  return counterStyles[numberingSystem] ?? 'decimal';
}

// Making an Intl formatter takes about a millisecond; watch mode rebuilds often, so each language's is made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatter<T>(cache: Map<string, T>, lang: string, create: () => T): T {
  let format = cache.get(lang);
  if (!format) {
    format = create();
    cache.set(lang, format);
  }
  return format;
}
