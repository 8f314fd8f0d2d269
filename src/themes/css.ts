// Turns a theme's tokens into CSS: custom properties every output's stylesheet reads, and the fonts' @font-face rules.
import path from 'node:path';
import type { FontFace } from './fonts.js';
import type { ResolvedTheme } from './load.js';

/** `onAccent` → `--lectern-on-accent`; in `printColors`, `--lectern-print-on-accent`. */
export function tokenProperty(group: string, name: string): string {
  const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (group === 'colors') return `--lectern-${kebab}`;
  if (group === 'printColors') return `--lectern-print-${kebab}`;
  return `--lectern-${group}-${kebab}`;
}

/** The name a font file has in `dist/_assets/fonts/`. */
export function fontAssetName(face: FontFace): string {
  return path.basename(face.file);
}

/**
 * The theme's CSS: `@font-face` rules with URLs under `fontsUrl` (none without it), then the tokens as custom properties
 * on `:root` (Marp maps `:root` to each slide), then the theme's own CSS.
 */
export function themeCss(theme: ResolvedTheme, options: { fontsUrl?: string }): string {
  const { colors, type } = theme.tokens;
  const faces = (options.fontsUrl === undefined ? [] : theme.faces).map((face) =>
    [
      '@font-face {',
      `  font-family: "${face.family}";`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.weight};`,
      '  font-display: block;',
      `  src: url("${options.fontsUrl}/${fontAssetName(face)}") format("woff2");`,
      ...(face.unicodeRange ? [`  unicode-range: ${face.unicodeRange};`] : []),
      '}',
    ].join('\n'),
  );
  const properties = [
    ...Object.entries(colors).map(([name, value]) => `  ${tokenProperty('colors', name)}: ${value};`),
    ...Object.entries(theme.printColors).map(([name, value]) => `  ${tokenProperty('printColors', name)}: ${value};`),
    `  --lectern-font-body: ${theme.stacks.body};`,
    `  --lectern-font-heading: ${theme.stacks.heading};`,
    `  ${tokenProperty('type', 'slide')}: ${type.slide}px;`,
    `  ${tokenProperty('type', 'slideHeading')}: ${type.slideHeading}px;`,
    `  ${tokenProperty('type', 'print')}: ${type.print}pt;`,
    `  ${tokenProperty('type', 'lineHeight')}: ${type.lineHeight};`,
  ];
  // Pages read on paper, the briefing and the handout (html[data-paper]), take the print colours for the screen ones.
  const onPaper = Object.keys(colors).map((name) => `  ${tokenProperty('colors', name)}: var(${tokenProperty('printColors', name)});`);
  return [
    `/* Lectern theme "${theme.name}": ${theme.tokens.label}. Generated from ${theme.file}; edit that file, not this one. */`,
    ...faces,
    `:root {\n${properties.join('\n')}\n}`,
    `:root[data-paper] {\n${onPaper.join('\n')}\n}`,
    theme.extraCss.trim(),
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
