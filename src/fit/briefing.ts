// Fits the briefing on one page: the largest type, down to 9 pt, at which its text block fits 178 × 251 mm —
// the area A4 and US Letter share inside the print margins — so it prints on one page on either paper.
import { LecternError } from '../errors.js';
import type { Briefing, BriefingPoint } from '../plan/briefing.js';
import { labelsFor } from '../plan/labels.js';
import { countWords } from '../plan/pace.js';
import type { ResolvedTheme } from '../themes/load.js';
import { briefing as layout } from './layout.js';
import { lineWidth, textHeight, type TextStyle } from './lines.js';
import { createMeasurer, type FontSpec, type Measurer } from './measure.js';
import { largestScale } from './slides.js';

export interface BriefingFit {
  /** Type size against the theme's `print` size: the briefing template's `--briefing-scale`. */
  readonly scale: number;
  /** Body text size at that scale, in pt. */
  readonly fontSize: number;
  /** Height of the text block at that scale, and the height it must fit in, in mm. */
  readonly height: number;
  readonly available: number;
}

export interface BriefingFitOptions {
  /** The statement's content file, as messages show it. */
  readonly file: string;
  /** Where font metrics are kept between runs. */
  readonly cacheDir?: string | undefined;
  /** A measurer already made for this theme and text; one is made when absent. */
  readonly measurer?: Measurer;
}

/** The text block may come this close to the bottom of the page and no closer, in pt. */
const heightMargin = 3;

const body: FontSpec = { role: 'body', weight: 400 };
const bodyBold: FontSpec = { role: 'body', weight: 700 };
const headingBold: FontSpec = { role: 'heading', weight: 700 };

/** Labels the briefing's header shows in every language (see templates/partials/meta-header.hbs). */
const factLabels = { venue: 'Venue', date: 'Date' } as const;

/** Every piece of text the briefing shows, for the measurer to load the faces it needs. */
export function briefingTexts(briefing: Briefing): string[] {
  const labels = labelsFor(briefing.meta.lang);
  const { meta } = briefing;
  return [
    labels.briefing,
    labels.ask,
    labels.deliveredBy,
    factLabels.venue,
    factLabels.date,
    briefing.delivery,
    ...[meta.event, meta.panel, meta.title, meta.occasion, meta.byline, meta.organization, meta.venue, meta.when].map((text) => text ?? ''),
    ...[briefing.introduction, ...briefing.points, briefing.ask].flatMap((point) => [point.headline, ...point.keyMessages]),
  ];
}

/**
 * The scale at which `briefing` fits one page in `theme`. Throws a LecternError naming the statement's file,
 * and roughly how many words to cut, when it does not fit even with 9 pt body text.
 */
export async function fitBriefing(briefing: Briefing, theme: ResolvedTheme, options: BriefingFitOptions): Promise<BriefingFit> {
  const measurer = options.measurer ?? (await createMeasurer(theme, briefingTexts(briefing), { cacheDir: options.cacheDir }));
  const size = theme.tokens.type.print;
  const heightAt = (scale: number) => briefingHeight(briefing, theme, measurer, size * scale);
  const floor = Math.min(1, layout.floor / size);
  const scale = largestScale((candidate) => heightAt(candidate) <= layout.height - heightMargin, floor);
  if (scale === undefined) {
    const over = heightAt(floor) - (layout.height - heightMargin);
    throw new LecternError(`the briefing does not fit one page even with ${layout.floor} pt text: it runs about ${Math.ceil(over / layout.mm)} mm over`, {
      at: { file: options.file },
      hint: `cut about ${wordsToCut(briefing, theme, measurer, over, floor)} words from its headlines and key messages`,
    });
  }
  return {
    scale,
    fontSize: Number((size * scale).toFixed(2)),
    height: heightAt(scale) / layout.mm,
    available: layout.height / layout.mm,
  };
}

/** Words that take up `over` pt of height at the floor: lines over, times the briefing's words per line. */
function wordsToCut(briefing: Briefing, theme: ResolvedTheme, measurer: Measurer, over: number, floor: number): number {
  const size = theme.tokens.type.print * floor;
  const points = [briefing.introduction, ...briefing.points, briefing.ask];
  const texts = points.flatMap((point) => point.keyMessages);
  const width = layout.width - (layout.points.indent + layout.messages.indent) * size;
  const messageStyle: TextStyle = { font: body, size, lineHeight: theme.tokens.type.lineHeight };
  const words = texts.reduce((sum, text) => sum + countWords(text, briefing.meta.lang), 0);
  const lines = texts.reduce((sum, text) => sum + textHeight(text, width, messageStyle, measurer, briefing.meta.lang) / (size * messageStyle.lineHeight), 0);
  const perLine = lines > 0 ? words / lines : 10;
  return Math.max(1, Math.ceil((over / (size * messageStyle.lineHeight)) * perLine));
}

/** Height of the briefing's text block with body text of `size` pt, laid out as templates/assets/briefing.css does. */
export function briefingHeight(briefing: Briefing, theme: ResolvedTheme, measurer: Measurer, size: number): number {
  const { meta } = briefing;
  const lang = meta.lang;
  const rtl = meta.dir === 'rtl';
  const lineHeight = theme.tokens.type.lineHeight;
  const labels = labelsFor(lang);
  const at = (font: FontSpec, em: number, extra: Partial<TextStyle> = {}): TextStyle => ({ font, size: size * em, lineHeight, ...extra });
  const height = (text: string | undefined, width: number, textStyle: TextStyle) => (text ? textHeight(text, width, textStyle, measurer, lang) : 0);
  const { header } = layout;
  const full = layout.width;

  const kind =
    height(labels.briefing, full, at(bodyBold, layout.kind.size, { letterSpacing: rtl ? 0 : layout.kind.letterSpacing, uppercase: true })) +
    layout.kind.marginBottom;

  const facts = [`${labels.deliveredBy}: ${meta.byline}`, ...(meta.venue ? [`${factLabels.venue}: ${meta.venue}`] : []), `${factLabels.date}: ${meta.when}`];
  const headerHeight =
    height([meta.event, meta.panel].filter(Boolean).join(' · '), full, at(body, header.event)) +
    header.title.margin +
    height(meta.title, full, at(headingBold, header.title.size, { lineHeight: header.title.lineHeight })) +
    header.title.margin +
    height(meta.occasion, full, at(body, header.occasion)) +
    header.facts.marginTop +
    wrappedRowsHeight(facts, at(bodyBold, header.facts.size), measurer, lang) +
    header.paddingBottom +
    header.rule +
    header.marginBottom;

  // A list's last item keeps its small bottom margin only where a padding stops it collapsing into its parent's.
  const messagesHeight = (messages: readonly string[], width: number) =>
    messages.reduce((sum, message) => sum + height(message, width - layout.messages.indent * size, at(body, 1)), 0) +
    Math.max(0, messages.length - 1) * layout.messages.itemMarginBottom;
  const pointHeight = (point: BriefingPoint, width: number) =>
    height(point.headline, width, at(headingBold, layout.headline.size, { lineHeight: layout.headline.lineHeight })) +
    layout.headline.marginBottom +
    messagesHeight(point.keyMessages, width);
  const collapsed = (...margins: number[]) => Math.max(layout.messages.itemMarginBottom, ...margins);

  const introduction = pointHeight(briefing.introduction, full) + collapsed(layout.introduction.marginBottom);
  const pointWidth = full - layout.points.indent * size;
  const points =
    briefing.points.reduce((sum, point) => sum + pointHeight(point, pointWidth), 0) +
    Math.max(0, briefing.points.length - 1) * collapsed(layout.points.itemMarginBottom) +
    collapsed(layout.points.itemMarginBottom, layout.points.marginBottom);

  const { ask } = layout;
  const askWidth = full - 2 * ask.padding.inline - ask.rule;
  const askHeight =
    2 * ask.padding.block +
    height(labels.ask, askWidth, at(bodyBold, ask.label.size, { letterSpacing: rtl ? 0 : ask.label.letterSpacing, uppercase: true })) +
    ask.label.marginBottom +
    height(briefing.ask.headline, askWidth, at(headingBold, ask.headline.size)) +
    ask.headline.marginBottom +
    messagesHeight(briefing.ask.keyMessages, askWidth) +
    layout.messages.itemMarginBottom +
    ask.marginBottom;

  const deliveredBy = `${labels.deliveredBy} ${meta.byline}, ${meta.organization}${meta.venue ? ` · ${meta.venue}` : ''} · ${meta.when}`;
  const footer =
    layout.footer.paddingTop +
    layout.footer.rule +
    height(deliveredBy, full, at(body, layout.footer.size)) +
    height(briefing.delivery, full, at(body, layout.footer.size));

  return kind + headerHeight + introduction + points + askHeight + footer;
}

/** The header's facts: items side by side, wrapping to new rows as a flex-wrap row does. */
function wrappedRowsHeight(items: readonly string[], itemStyle: TextStyle, measurer: Measurer, lang: string): number {
  const { columnGap, rowGap } = layout.header.facts;
  const full = layout.width;
  const rows: number[] = [];
  let x = 0;
  for (const item of items) {
    const natural = lineWidth(item, itemStyle, measurer, lang);
    const itemHeight = textHeight(item, full, itemStyle, measurer, lang);
    if (rows.length > 0 && x + columnGap + natural <= full) {
      rows[rows.length - 1] = Math.max(rows.at(-1)!, itemHeight);
      x += columnGap + natural;
    } else {
      rows.push(itemHeight);
      x = Math.min(natural, full);
    }
  }
  return rows.reduce((sum, row) => sum + row, 0) + Math.max(0, rows.length - 1) * rowGap;
}
