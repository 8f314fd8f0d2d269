// WCAG 2.2 contrast of a theme's text/background pairs, computed from its tokens; and the palette a theme prints with,
// which keeps a dark theme's hues but puts them, as dark ink, on white paper.
// culori's tree-shakable entry: only the colour spaces needed are loaded, sRGB (hex tokens), linear RGB and OKLCH.
import { clampChroma, converter, formatHex, modeLrgb, modeOklab, modeOklch, modeRgb, useMode, wcagContrast, wcagLuminance } from 'culori/fn';
import { contrastPairs, type ColourToken, type Palette, type ThemeTokens } from './theme.js';

useMode(modeRgb);
useMode(modeLrgb);
useMode(modeOklab);
useMode(modeOklch);

/** WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text. */
export const minimumContrast = { text: 4.5, large: 3 } as const;

export interface ContrastResult {
  /** `colors` or `printColors`: which palette the pair is from. */
  readonly palette: 'colors' | 'printColors';
  readonly text: string;
  readonly background: string;
  readonly ratio: number;
  readonly required: number;
}

/** Paper: what a page's margins, and the handout's footer in them, print on. */
const paper = '#ffffff';

/** Every pair of both palettes; on paper, the footer's muted text also stands on the bare page. */
export function contrastResults(tokens: ThemeTokens): ContrastResult[] {
  const print = printPalette(tokens);
  const results = (palette: ContrastResult['palette'], colors: Palette) =>
    contrastPairs.map(({ text, background, large }) => ({
      palette,
      text,
      background,
      ratio: wcagContrast(colors[text], colors[background]),
      required: large ? minimumContrast.large : minimumContrast.text,
    }));
  const all: ContrastResult[] = [
    ...results('colors', tokens.colors),
    ...results('printColors', print),
    { palette: 'printColors', text: 'muted', background: 'paper', ratio: wcagContrast(print.muted, paper), required: minimumContrast.text },
  ];
  // A light theme prints with its screen colours: each pair of colours is checked, and reported, once.
  const colour = (result: ContrastResult, token: string) => (token === 'paper' ? paper : (result.palette === 'colors' ? tokens.colors : print)[token as ColourToken]);
  const seen = new Set<string>();
  return all.filter((result) => {
    const key = `${colour(result, result.text)} ${colour(result, result.background)} ${result.required}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One sentence per pair that falls short. */
export function checkContrast(tokens: ThemeTokens): string[] {
  return contrastResults(tokens)
    .filter((result) => result.ratio < result.required)
    .map((result) => {
      const on = result.background === 'paper' ? 'white paper' : `${result.palette}.${result.background}`;
      return `${result.palette}.${result.text} on ${on} has contrast ${result.ratio.toFixed(2)}:1, below the ${result.required}:1 WCAG AA needs; darken or lighten one of them`;
    });
}

/** A background this dark is a dark theme's: it prints as white paper instead. */
const darkBackground = 0.2;

/**
 * The colours the briefing and the handout print with: the theme's `printColors`, and for each it leaves out, the
 * screen colour in a light theme, or in a dark theme one derived from it: white paper, a faint tint of the accent for
 * panels, near-black text, and the muted, heading and accent colours' own hues darkened until they read on both.
 */
export function printPalette(tokens: ThemeTokens): Palette {
  const { colors } = tokens;
  const derived = wcagLuminance(colors.background) < darkBackground ? inkOnPaper(colors) : colors;
  return { ...derived, ...tokens.printColors };
}

/** Contrast each derived ink aims at against both paper and panel, a margin above what WCAG AA asks. */
const inkContrast = { text: 14, muted: 6, heading: 7, accent: 5 } as const;

function inkOnPaper(colors: Palette): Palette {
  const background = paper;
  const surface = tint(colors.accent, 0.965, 0.015);
  const ink = (colour: string, target: number) => darken(colour, target, [background, surface]);
  const accent = ink(colors.accent, inkContrast.accent);
  return {
    background,
    surface,
    text: ink(colors.text, inkContrast.text),
    muted: ink(colors.muted, inkContrast.muted),
    heading: ink(colors.heading, inkContrast.heading),
    accent,
    onAccent: wcagContrast(paper, accent) >= minimumContrast.text ? paper : '#000000',
    rule: tint(colors.rule, 0.8, 0.02),
  };
}

const oklch = converter('oklch');

/** `colour`'s hue at OKLCH lightness `lightness`, with at most `chroma`. */
function tint(colour: string, lightness: number, chroma: number): string {
  const { c = 0, h } = oklch(colour) ?? {};
  return formatHex(clampChroma({ mode: 'oklch', l: lightness, c: Math.min(c, chroma), h }, 'oklch'));
}

/** `colour` made darker, keeping its hue, until it has `target` contrast against each of `backgrounds`. */
function darken(colour: string, target: number, backgrounds: readonly string[]): string {
  const { l = 0, c = 0, h } = oklch(colour) ?? {};
  const at = (lightness: number) => formatHex(clampChroma({ mode: 'oklch', l: lightness, c, h }, 'oklch'));
  const reads = (hex: string) => backgrounds.every((background) => wcagContrast(hex, background) >= target);
  for (let lightness = Math.min(l, 0.9); lightness > 0; lightness -= 0.01) {
    if (reads(at(lightness))) return at(lightness);
  }
  return '#000000';
}
