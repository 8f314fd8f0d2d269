// WCAG 2.2 contrast of a theme's text/background pairs, computed from its tokens.
// culori's tree-shakable entry: only the colour spaces contrast needs are loaded, sRGB (hex tokens) and linear RGB.
import { modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';
import { contrastPairs, type ThemeTokens } from './theme.js';

useMode(modeRgb);
useMode(modeLrgb);

/** WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text. */
export const minimumContrast = { text: 4.5, large: 3 } as const;

export interface ContrastResult {
  readonly text: string;
  readonly background: string;
  readonly ratio: number;
  readonly required: number;
}

export function contrastResults(tokens: ThemeTokens): ContrastResult[] {
  return contrastPairs.map(({ text, background, large }) => ({
    text,
    background,
    ratio: wcagContrast(tokens.colors[text], tokens.colors[background]),
    required: large ? minimumContrast.large : minimumContrast.text,
  }));
}

/** One sentence per pair that falls short. */
export function checkContrast(tokens: ThemeTokens): string[] {
  return contrastResults(tokens)
    .filter((result) => result.ratio < result.required)
    .map(
      (result) =>
        `colors.${result.text} on colors.${result.background} has contrast ${result.ratio.toFixed(2)}:1, below the ${result.required}:1 WCAG AA needs; darken or lighten one of them`,
    );
}
