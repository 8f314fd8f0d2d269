// Fits the briefing on one page of the paper it prints on: the largest type, up to the theme's size and down to 9 pt,
// at which its text block fits inside that paper's print margins.
import type { Paper } from '../config.js';
import { LecternError } from '../errors.js';
import type { Briefing, BriefingPoint } from '../plan/briefing.js';
import type { Fact } from '../plan/meta.js';
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
  /** The paper to fit it to; the briefing's own when absent. */
  readonly paper?: Paper | undefined;
  /** Where font metrics are kept between runs. */
  readonly cacheDir?: string | undefined;
  /** A measurer already made for this theme and text; one is made when absent. */
  readonly measurer?: Measurer;
}

/** The text block may come this close to the bottom of the page and no closer, in pt. */
const heightMargin = 3;

/**
 * Lines are laid out in boxes this much narrower than the page's: a line within a hair of the full width, which
 * Chromium may break where the model does not, is counted as broken. Fitting fills the whole page, so a line the
 * model missed would push the text onto a second one.
 */
const widthSafety = 0.985;

const body: FontSpec = { role: 'body', weight: 400 };
const bodyBold: FontSpec = { role: 'body', weight: 700 };
const headingBold: FontSpec = { role: 'heading', weight: 700 };

/**
 * The text block of each paper, in pt: the page inside the @page margins of templates/assets/briefing.css,
 * 14 mm top and bottom, 16 mm either side.
 */
export const briefingArea: Readonly<Record<Paper, { readonly width: number; readonly height: number }>> = {
  a4: { width: (210 - 2 * 16) * layout.mm, height: (297 - 2 * 14) * layout.mm },
  letter: { width: (215.9 - 2 * 16) * layout.mm, height: (279.4 - 2 * 14) * layout.mm },
};

/** The labels: "Briefing", "Introduction", "The ask". Upper case and never letter-spaced (see briefing.css). */
const label = { size: layout.kind.size, marginBottom: layout.ask.label.marginBottom } as const;

/** A fact of the header as it is set: its label, a no-break space, its value. */
const factText = (fact: Fact) => `${fact.term}\u00a0${fact.value}`;

/** Every piece of text the briefing shows, for the measurer to load the faces it needs. */
export function briefingTexts(briefing: Briefing): string[] {
  const labels = labelsFor(briefing.meta.lang);
  const { meta } = briefing;
  return [
    labels.briefing,
    labels.introduction,
    labels.ask,
    briefing.delivery,
    ...briefing.facts.map(factText),
    ...[meta.event, meta.panel, meta.title].map((text) => text ?? ''),
    ...[briefing.introduction, ...briefing.points, briefing.ask].flatMap((point) => [point.headline, ...point.keyMessages]),
  ];
}

/**
 * The scale at which `briefing` fits one page in `theme`. Throws a LecternError naming the statement's file,
 * and roughly how many words to cut, when it does not fit even with 9 pt body text.
 */
export async function fitBriefing(briefing: Briefing, theme: ResolvedTheme, options: BriefingFitOptions): Promise<BriefingFit> {
  const measurer = options.measurer ?? (await createMeasurer(theme, briefingTexts(briefing), { cacheDir: options.cacheDir }));
  const area = briefingArea[options.paper ?? briefing.paper];
  const size = theme.tokens.type.print;
  const heightAt = (scale: number) => briefingHeight(briefing, theme, measurer, size * scale, area.width);
  const floor = Math.min(1, layout.floor / size);
  const scale = largestScale((candidate) => heightAt(candidate) <= area.height - heightMargin, floor);
  if (scale === undefined) {
    const over = heightAt(floor) - (area.height - heightMargin);
    throw new LecternError(`the briefing does not fit one page even with ${layout.floor} pt text: it runs about ${Math.ceil(over / layout.mm)} mm over`, {
      at: { file: options.file },
      hint: `cut about ${wordsToCut(briefing, theme, measurer, over, floor, area.width)} words from its headlines and key messages`,
    });
  }
  return {
    scale,
    fontSize: Number((size * scale).toFixed(2)),
    height: heightAt(scale) / layout.mm,
    available: area.height / layout.mm,
  };
}

/** Words that take up `over` pt of height at the floor: lines over, times the briefing's words per line. */
function wordsToCut(briefing: Briefing, theme: ResolvedTheme, measurer: Measurer, over: number, floor: number, full: number): number {
  const size = theme.tokens.type.print * floor;
  const points = [briefing.introduction, ...briefing.points, briefing.ask];
  const texts = points.flatMap((point) => point.keyMessages);
  const width = full - (layout.points.indent + layout.messages.indent) * size;
  const messageStyle: TextStyle = { font: body, size, lineHeight: theme.tokens.type.lineHeight };
  const words = texts.reduce((sum, text) => sum + countWords(text, briefing.meta.lang), 0);
  const lines = texts.reduce((sum, text) => sum + textHeight(text, width, messageStyle, measurer, briefing.meta.lang) / (size * messageStyle.lineHeight), 0);
  const perLine = lines > 0 ? words / lines : 10;
  return Math.max(1, Math.ceil((over / (size * messageStyle.lineHeight)) * perLine));
}

/**
 * Height of the briefing's text block with body text of `size` pt on a page `full` pt wide, laid out as
 * templates/assets/briefing.css does.
 */
export function briefingHeight(briefing: Briefing, theme: ResolvedTheme, measurer: Measurer, size: number, full: number): number {
  const { meta } = briefing;
  const lang = meta.lang;
  const lineHeight = theme.tokens.type.lineHeight;
  const labels = labelsFor(lang);
  const at = (font: FontSpec, em: number, extra: Partial<TextStyle> = {}): TextStyle => ({ font, size: size * em, lineHeight, ...extra });
  const height = (text: string | undefined, width: number, textStyle: TextStyle) =>
    text ? textHeight(text, width * widthSafety, textStyle, measurer, lang) : 0;
  const labelHeight = (text: string, width: number) => height(text, width, at(bodyBold, label.size, { uppercase: true })) + label.marginBottom;
  const { header } = layout;

  const headerHeight =
    height([meta.event, meta.panel].filter(Boolean).join(' · '), full, at(body, header.event)) +
    header.title.margin +
    height(meta.title, full, at(headingBold, header.title.size, { lineHeight: header.title.lineHeight })) +
    header.facts.marginTop +
    wrappedRowsHeight(briefing.facts.map(factText), at(bodyBold, header.facts.size), measurer, lang, full) +
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

  const introduction = labelHeight(labels.introduction, full) + pointHeight(briefing.introduction, full) + collapsed(layout.introduction.marginBottom);
  const pointWidth = full - layout.points.indent * size;
  const points =
    briefing.points.reduce((sum, point) => sum + pointHeight(point, pointWidth), 0) +
    Math.max(0, briefing.points.length - 1) * collapsed(layout.points.itemMarginBottom) +
    collapsed(layout.points.itemMarginBottom, layout.points.marginBottom);

  const { ask } = layout;
  const askWidth = full - 2 * ask.padding.inline - ask.rule;
  const askHeight =
    2 * ask.padding.block + labelHeight(labels.ask, askWidth) + pointHeight(briefing.ask, askWidth) + layout.messages.itemMarginBottom + ask.marginBottom;

  const footer = layout.footer.paddingTop + layout.footer.rule + height(briefing.delivery, full, at(body, layout.footer.size));

  const logo = briefing.logo ? layout.logo.height + layout.logo.marginBottom : 0;
  return logo + labelHeight(labels.briefing, full) - label.marginBottom + layout.kind.marginBottom + headerHeight + introduction + points + askHeight + footer;
}

/** The header's facts: items side by side, wrapping to new rows as a flex-wrap row does. */
function wrappedRowsHeight(items: readonly string[], itemStyle: TextStyle, measurer: Measurer, lang: string, full: number): number {
  const { columnGap, rowGap } = layout.header.facts;
  const rows: number[] = [];
  let x = 0;
  for (const item of items) {
    const natural = lineWidth(item, itemStyle, measurer, lang);
    const itemHeight = textHeight(item, full * widthSafety, itemStyle, measurer, lang);
    if (rows.length > 0 && x + columnGap + natural <= full * widthSafety) {
      rows[rows.length - 1] = Math.max(rows.at(-1)!, itemHeight);
      x += columnGap + natural;
    } else {
      rows.push(itemHeight);
      x = Math.min(natural, full);
    }
  }
  return rows.reduce((sum, row) => sum + row, 0) + Math.max(0, rows.length - 1) * rowGap;
}
