// A theme's stylesheets, made once per build (or watch session) however many statements use the theme: the page CSS
// every output links, and the Marp theme, which adds templates/marp.css (read once) to the same tokens.
import { readFileSync } from 'node:fs';
import { fontAssetName, themeCss } from '../themes/css.js';
import type { NamedFaceFile } from '../themes/face-names.js';
import type { FontFace } from '../themes/fonts.js';
import type { ResolvedTheme } from '../themes/load.js';
import { templateFile } from './templates.js';

export interface ThemeStyles {
  /** `_assets/themes/<name>.css`: the tokens and the fonts, for every page. */
  page(theme: ResolvedTheme): string;
  /** The Marp theme deck.marp.html is rendered with; its page links the page CSS for the fonts. */
  marp(theme: ResolvedTheme): string;
  /**
   * `_assets/themes/<name>.marp.css`: the Marp theme with its fonts inside it as data, for use in other Marp tools. They
   * copy a theme's CSS into what they render (VS Code's preview, marp-cli's HTML and PDF), where a font file's address
   * relative to the CSS would no longer lead to it; data goes wherever the CSS goes. `named` gives the file (or
   * bytes) to embed for each face's file, where it is not the bundled file itself (see `namedFaceFiles`).
   */
  marpWithFonts(theme: ResolvedTheme, named: ReadonlyMap<string, NamedFaceFile>): string;
}

/** Where the fonts are from `_assets/themes/`. */
const fontsUrl = '../fonts';
/** A font's address in the page CSS: `url("../fonts/<file>")`. */
const fontUrl = /url\("\.\.\/fonts\/([^"]+)"\)/g;

export function themeStyles(templatesDir: string): ThemeStyles {
  let layout: string | undefined;
  const marpLayout = () => (layout ??= readFileSync(templateFile(templatesDir, 'marp.css'), 'utf8'));
  const memo = (make: (theme: ResolvedTheme) => string) => {
    const made = new WeakMap<ResolvedTheme, string>();
    return (theme: ResolvedTheme) => {
      let css = made.get(theme);
      if (css === undefined) made.set(theme, (css = make(theme)));
      return css;
    };
  };
  const fontData = new Map<string, string>();
  const dataOf = (face: FontFace, named: ReadonlyMap<string, NamedFaceFile>) => {
    let data = fontData.get(face.file);
    if (data === undefined) {
      const file = named.get(face.file) ?? face.file;
      const bytes = typeof file === 'string' ? readFileSync(file) : Buffer.from(file);
      fontData.set(face.file, (data = `data:font/woff2;base64,${bytes.toString('base64')}`));
    }
    return data;
  };
  // One pass over the CSS, each font's address replaced by its data: not a pass per face over a CSS that grows by
  // every font put in (half a megabyte by the end).
  const embedFonts = (css: string, theme: ResolvedTheme, named: ReadonlyMap<string, NamedFaceFile>) => {
    const faces = new Map<string, FontFace>();
    for (const face of theme.faces) if (!faces.has(fontAssetName(face))) faces.set(fontAssetName(face), face);
    return css.replace(fontUrl, (address, asset: string) => {
      const face = faces.get(asset);
      return face ? `url("${dataOf(face, named)}")` : address;
    });
  };
  const marp = (theme: ResolvedTheme, named?: ReadonlyMap<string, NamedFaceFile>) =>
    `/* @theme ${marpThemeName(theme)} */\n\n${named ? embedFonts(themeCss(theme, { fontsUrl }), theme, named) : themeCss(theme, {})}\n${marpLayout()}`;
  const marpWithFonts = new WeakMap<ResolvedTheme, string>();
  return {
    page: memo((theme) => themeCss(theme, { fontsUrl })),
    marp: memo((theme) => marp(theme)),
    marpWithFonts(theme, named) {
      let css = marpWithFonts.get(theme);
      if (css === undefined) marpWithFonts.set(theme, (css = marp(theme, named)));
      return css;
    },
  };
}

/** The name Marp knows a Lectern theme by, in `theme:` of deck.md. */
export function marpThemeName(theme: { name: string }): string {
  return `lectern-${theme.name}`;
}
