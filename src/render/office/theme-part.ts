// The theme part of an Office file: a theme's colours as its colour scheme and its fonts as its font scheme. The
// master of deck.pptx carries one, and so does briefing.docx.
import { genericFamily } from '../../themes/fonts.js';
import type { Palette, ThemeTokens } from '../../themes/theme.js';
import { escapeXml, hexColour, xmlDeclaration } from './xml.js';

/**
 * The theme part: the tokens' colours (or the colours for paper a document prints with) as the colour scheme, their
 * fonts as the font scheme. A machine without a font sets another of the same kind (serif or sans serif), which
 * `pitchFamily` tells it.
 */
export function themeXml(tokens: ThemeTokens, fontSearch: readonly string[], colors: Palette = tokens.colors): string {
  const { fonts } = tokens;
  const colour = (name: string, value: string) => `<a:${name}><a:srgbClr val="${hexColour(value)}"/></a:${name}>`;
  const face = (family: string) =>
    `<a:latin typeface="${escapeXml(family)}" pitchFamily="${genericFamily(family, fontSearch) === 'serif' ? 18 : 34}" charset="0"/>` +
    `<a:ea typeface=""/><a:cs typeface="${escapeXml(fonts.arabic)}"/>`;
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = (width: number) => `<a:ln w="${width}">${solid}</a:ln>`;
  return (
    `${xmlDeclaration}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${escapeXml(tokens.label)}"><a:themeElements>` +
    `<a:clrScheme name="${escapeXml(tokens.label)}">` +
    colour('dk1', colors.text) +
    colour('lt1', colors.background) +
    colour('dk2', colors.heading) +
    colour('lt2', colors.surface) +
    colour('accent1', colors.accent) +
    colour('accent2', colors.muted) +
    colour('accent3', colors.rule) +
    colour('accent4', colors.heading) +
    colour('accent5', colors.onAccent) +
    colour('accent6', colors.surface) +
    colour('hlink', colors.accent) +
    colour('folHlink', colors.muted) +
    '</a:clrScheme>' +
    `<a:fontScheme name="${escapeXml(tokens.label)}"><a:majorFont>${face(fonts.heading)}</a:majorFont><a:minorFont>${face(fonts.body)}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="${escapeXml(tokens.label)}"><a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    `<a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}
