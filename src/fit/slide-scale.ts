// How tall a slide's text stands at a given scale, and the largest scale, down to the theme's floor, at which it
// fits the canvas. Part, title and closing slides, and the briefing, are all fitted by this search.
import { slide as layout, scaleStep, slideContent } from './layout.js';
import { textHeight, type TextStyle } from './lines.js';
import type { FontSpec, Measurer } from './measure.js';

/** Heights may come this close to the edge and no closer, in px: the model rounds nothing. */
const heightMargin = 4;
export const availableHeight = slideContent.height - heightMargin;

export const body: FontSpec = { role: 'body', weight: 400 };
export const bodyBold: FontSpec = { role: 'body', weight: 700 };
export const headingBold: FontSpec = { role: 'heading', weight: 700 };

/** The sizes a theme sets slides in, and the language that decides line breaks and upper case. */
export interface Setting {
  readonly text: number;
  readonly heading: number;
  readonly lineHeight: number;
  readonly lang: string;
  readonly rtl: boolean;
  readonly measurer: Measurer;
}

/** The largest scale, in steps, from 1 down to `floor`, at which `fits` holds; undefined if not even at the floor. */
export function largestScale(fits: (scale: number) => boolean, floor: number): number | undefined {
  if (fits(1)) return 1;
  let low = Math.round(floor / scaleStep);
  let high = Math.round(1 / scaleStep) - 1;
  if (low > high || !fits(low * scaleStep)) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle * scaleStep)) low = middle;
    else high = middle - 1;
  }
  return Number((low * scaleStep).toFixed(2));
}

/** A slide's text style: sizes in CSS px, on the pixel grid the browser may round hinted advances to. */
export function style(font: FontSpec, size: number, lineHeight: number, extra: Partial<TextStyle> = {}): TextStyle {
  return { font, size, lineHeight, pixel: 1, ...extra };
}

/** Height of the marker line above a headline. */
export function markerHeight(marker: string | undefined, s: Setting, scale: number): number {
  if (!marker) return 0;
  const markerStyle = style(bodyBold, s.text * scale * layout.marker.size, s.lineHeight, {
    letterSpacing: s.rtl ? 0 : layout.marker.letterSpacing,
    uppercase: true,
  });
  return textHeight(marker, slideContent.width, markerStyle, s.measurer, s.lang) + layout.marker.marginBottom;
}
