// Fitting, the stage between planning and rendering: decides at build time, without a browser, the type scale of
// every slide and of the briefing, and splits what cannot fit, by measuring text with the theme's bundled fonts.
import { cacheDir } from '../cache/dir.js';
import type { ResolvedConfig } from '../config.js';
import type { Statement } from '../content/statement.js';
import { isLecternError, splitErrors, throwIfAny, type LecternError } from '../errors.js';
import type { Briefing } from '../plan/briefing.js';
import type { Deck } from '../plan/deck.js';
import type { ResolvedTheme } from '../themes/load.js';
import { briefingTexts, fitBriefing, type BriefingFit } from './briefing.js';
import { createMeasurer } from './measure.js';
import { deckTexts, fitDeck, type SlideFitNote } from './slides.js';

export interface FitReport {
  readonly slides: readonly SlideFitNote[];
  readonly briefing: BriefingFit;
}

export interface Fitted {
  readonly deck: Deck;
  readonly briefing: Briefing;
  readonly report: FitReport;
}

export interface FitOptions {
  /** Where font metrics are kept between runs: see `fontCacheDir`. */
  readonly cacheDir: string | undefined;
}

/**
 * Fits a statement's deck and briefing in its theme. Throws every mistake found (a headline or key message too
 * long for any slide, a briefing too long for one page), each naming the statement's file.
 */
export async function fitStatement(
  plan: { readonly statement: Statement; readonly deck: Deck; readonly briefing: Briefing },
  theme: ResolvedTheme,
  options: FitOptions,
): Promise<Fitted> {
  const { statement } = plan;
  const measurer = await createMeasurer(theme, [...deckTexts(plan.deck), ...briefingTexts(plan.briefing)], options);
  const errors: LecternError[] = [];
  const attempt = async <T>(step: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (error) {
      if (!isLecternError(error)) throw error;
      errors.push(...splitErrors(error));
      return undefined;
    }
  };
  const deck = await attempt(() => fitDeck(plan.deck, theme, measurer, statement.file));
  const briefing = await attempt(() => fitBriefing(plan.briefing, theme, { file: statement.file, measurer }));
  throwIfAny(errors);
  return {
    deck: deck!.deck,
    briefing: { ...plan.briefing, scale: briefing!.scale },
    report: { slides: deck!.notes, briefing: briefing! },
  };
}

/** Where font metrics are kept between runs. */
export function fontCacheDir(config: Pick<ResolvedConfig, 'root' | 'packageRoot'>): string | undefined {
  return cacheDir(config, 'font-metrics');
}
