// A theme's design tokens: the one set of colours, fonts and sizes that styles every output.
import * as z from 'zod/mini';
import { logoSchema } from '../content/logo.js';

const colour = (name: string, group = 'colors') =>
  z.string({ error: `${group}.${name} is missing; give it as a hex colour such as "#1b2533"` }).check(
    z.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, { error: `${group}.${name} must be a hex colour such as "#1b2533"` }),
  );

const family = (name: string) =>
  z
    .string({ error: `fonts.${name} is missing; name a font family installed from @fontsource` })
    .check(z.trim(), z.regex(/^[\p{L}\p{N}][\p{L}\p{N} ]*$/u, { error: `fonts.${name} must be a font family name, such as Source Sans 3` }));

const size = (name: string, unit: string, min: number, max: number) =>
  z
    .number({ error: `type.${name} must be a number of ${unit}` })
    .check(z.minimum(min, { error: `type.${name} must be at least ${min} ${unit}` }), z.maximum(max, { error: `type.${name} must be at most ${max} ${unit}` }));

/** A layout of a PowerPoint template, by the name PowerPoint shows for it. */
const layoutName = (role: string) => z.string({ error: `pptx.layouts.${role} must be the name of a layout in the template` }).check(z.trim(), z.minLength(1));

const pptxFile = z
  .string({ error: 'pptx must name a .pptx or .potx file in the theme folder' })
  .check(z.trim(), z.regex(/\.(pptx|potx)$/i, { error: 'pptx must name a .pptx or .potx file in the theme folder, such as "master.potx"' }));

export const themeSchema = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1)),
  description: z.string().check(z.trim(), z.minLength(1)),
  colors: z.strictObject({
    /** The page and slide background. */
    background: colour('background'),
    /** Panels and bands drawn on the background: the title band, the briefing's header. */
    surface: colour('surface'),
    /** Body text. */
    text: colour('text'),
    /** Secondary text: metadata, markers, page numbers. */
    muted: colour('muted'),
    /** Headlines. */
    heading: colour('heading'),
    /** Rules, the progress bar and the point marker's text. */
    accent: colour('accent'),
    /** Text drawn on an accent fill. */
    onAccent: colour('onAccent'),
    /** Hairlines between parts; decorative, not text. */
    rule: colour('rule'),
  }),
  /**
   * The colours of the briefing and the handout, which are read on paper: white paper and dark ink. Each is optional:
   * one left out is the screen colour in a light theme, and in a dark theme a dark ink of the screen colour's hue
   * (see `printPalette`). They are held to the same contrast as `colors`.
   */
  printColors: z.optional(
    z.strictObject({
      background: z.optional(colour('background', 'printColors')),
      surface: z.optional(colour('surface', 'printColors')),
      text: z.optional(colour('text', 'printColors')),
      muted: z.optional(colour('muted', 'printColors')),
      heading: z.optional(colour('heading', 'printColors')),
      accent: z.optional(colour('accent', 'printColors')),
      onAccent: z.optional(colour('onAccent', 'printColors')),
      rule: z.optional(colour('rule', 'printColors')),
    }),
  ),
  fonts: z.strictObject({
    body: family('body'),
    heading: family('heading'),
    /** Used for Arabic script, in every part of every output. */
    arabic: family('arabic'),
    /**
     * Sets the letters the body and heading families lack (Vietnamese, say, in a family with Latin only), so that no
     * letter falls to a font of the machine's: a bundled family that covers them.
     */
    fallback: z.optional(family('fallback')),
  }),
  type: z.strictObject({
    /** Key messages on a 1280×720 slide, in px. */
    slide: size('slide', 'px', 24, 60),
    /** Slide headlines, in px. */
    slideHeading: size('slideHeading', 'px', 32, 96),
    /** Body text on the briefing and handout, in pt. */
    print: size('print', 'pt', 9, 14),
    /** Line height, as a multiple of the font size. */
    lineHeight: z.number().check(z.minimum(1.1), z.maximum(2)),
  }),
  /**
   * The organization's PowerPoint template for deck.pptx, relative to the theme folder: its slide master, with the
   * layouts "Title Slide" and "Title and Content", or those `layouts` names. Without it, deck.pptx has Lectern's own
   * master, made from the tokens above.
   */
  /**
   * The organization's mark on every statement in the theme (unless a statement names its own): `{ file, alt }`, an
   * .svg or .png file in the theme folder.
   */
  logo: z.optional(logoSchema),
  pptx: z.optional(
    z.union([
      pptxFile,
      z.strictObject({
        template: pptxFile,
        layouts: z.optional(z.strictObject({ title: z.optional(layoutName('title')), content: z.optional(layoutName('content')) })),
      }),
    ], { error: 'pptx must name a .pptx or .potx file in the theme folder, or hold its `template:` and `layouts:`' }),
  ),
});

export type ThemeTokens = z.infer<typeof themeSchema>;
export type ColourToken = keyof ThemeTokens['colors'];
/** A full set of colours: the screen's, or the paper's. */
export type Palette = ThemeTokens['colors'];

export interface Theme {
  readonly name: string;
  /** The folder the theme came from. */
  readonly dir: string;
  /** `theme.yaml`, as messages show it. */
  readonly file: string;
  readonly tokens: ThemeTokens;
  /** Extra CSS from the theme's optional `theme.css`, appended after the tokens. */
  readonly extraCss: string;
}

/**
 * Text/background pairs every theme must keep readable (WCAG 2.2 AA).
 * `large` pairs are only ever used for large text (at least 24px, or 18.66px bold), so 3:1 suffices.
 */
export const contrastPairs: readonly { text: ColourToken; background: ColourToken; large?: boolean }[] = [
  { text: 'text', background: 'background' },
  { text: 'muted', background: 'background' },
  { text: 'heading', background: 'background' },
  { text: 'accent', background: 'background' },
  { text: 'text', background: 'surface' },
  { text: 'muted', background: 'surface' },
  { text: 'heading', background: 'surface' },
  { text: 'accent', background: 'surface' },
  { text: 'onAccent', background: 'accent' },
];
