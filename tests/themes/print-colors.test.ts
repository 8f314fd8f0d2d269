// The colours the briefing and the handout print with: dark ink on white paper in every theme, a dark theme's
// derived from its own hues, each text/background pair at WCAG AA or better.
import { wcagContrast, wcagLuminance } from 'culori';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { contrastResults, printPalette } from '../../src/themes/contrast.js';
import { themeCss } from '../../src/themes/css.js';
import { loadTheme } from '../../src/themes/load.js';
import { contrastPairs } from '../../src/themes/theme.js';
import { createProject, repoRoot, shippedSource } from '../helpers/project.js';

const config = resolveConfig({ root: repoRoot });
const at = { file: 'test' };
const shipped = ['institutional', 'projector', 'print'] as const;

describe.each(shipped)('the %s theme on paper', (name) => {
  const theme = loadTheme(name, config, at);
  const print = theme.printColors;

  it('is dark ink on white paper', () => {
    expect(print.background).toBe('#ffffff');
    expect(wcagLuminance(print.text)).toBeLessThan(0.05);
    expect(wcagLuminance(print.surface)).toBeGreaterThan(0.8);
  });

  it('keeps every text/background pair at 4.5:1 or more, and its muted text on the bare page too', () => {
    for (const pair of contrastPairs) {
      expect(wcagContrast(print[pair.text], print[pair.background]), `${pair.text} on ${pair.background}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(wcagContrast(print.muted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(theme.warnings).toEqual([]);
  });

  it('reaches the pages as --lectern-print-* properties', () => {
    const css = themeCss(theme, {});
    expect(css).toContain(`--lectern-print-background: ${print.background};`);
    expect(css).toContain(`--lectern-print-muted: ${print.muted};`);
    expect(css).toContain(`--lectern-print-on-accent: ${print.onAccent};`);
  });
});

it('a light theme prints with its own colours; the dark one with its hues darkened on white', () => {
  const institutional = loadTheme('institutional', config, at);
  expect(institutional.printColors).toEqual(institutional.tokens.colors);
  const projector = loadTheme('projector', config, at);
  expect(projector.printColors.background).not.toBe(projector.tokens.colors.background);
  // The footer's muted grey on white was about 1.5:1; on paper it now reads.
  expect(wcagContrast(projector.tokens.colors.muted, '#ffffff')).toBeLessThan(2);
  expect(wcagContrast(projector.printColors.muted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
});

describe('a theme of your own', () => {
  const projects: ReturnType<typeof createProject>[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));
  const dark = `label: Mine
description: Test theme.
colors: { background: "#101010", surface: "#202020", text: "#f0f0f0", muted: "#c0c0c0", heading: "#ff9f40", accent: "#7fd0ff", onAccent: "#101010", rule: "#505050" }
fonts: { body: Source Sans 3, heading: Source Sans 3, arabic: Vazirmatn }
type: { slide: 32, slideHeading: 52, print: 10, lineHeight: 1.3 }
`;
  const themed = (yaml: string) => {
    const project = createProject({ 'content/s.md': shippedSource.replace('theme: institutional', 'theme: mine'), 'themes/mine/theme.yaml': yaml });
    projects.push(project);
    return loadTheme('mine', project.config(), at);
  };

  it('that is dark prints with colours derived from its own, all readable', () => {
    const theme = themed(dark);
    expect(theme.printColors.background).toBe('#ffffff');
    expect(theme.warnings).toEqual([]);
    for (const result of contrastResults(theme.tokens)) expect(result.ratio, `${result.text} on ${result.background}`).toBeGreaterThanOrEqual(result.required);
  });

  it('may set any print colour itself, the rest derived', () => {
    const theme = themed(dark.replace('type:', 'printColors: { heading: "#7a1f00" }\ntype:'));
    expect(theme.printColors.heading).toBe('#7a1f00');
    expect(theme.printColors).toEqual({ ...printPalette(themed(dark).tokens), heading: '#7a1f00' });
  });

  it('whose print colours fall short of AA loads with a warning naming the pair', () => {
    const theme = themed(dark.replace('type:', 'printColors: { muted: "#bbbbbb" }\ntype:'));
    expect(theme.warnings.join('\n')).toMatch(/themes\/mine\/theme\.yaml: printColors\.muted on printColors\.background has contrast 1\.9\d:1, below the 4\.5:1/);
  });

  it('with a print colour that is not one is rejected with file:line', () => {
    expect(() => themed(dark.replace('type:', 'printColors: { text: "black" }\ntype:'))).toThrow(/printColors\.text must be a hex colour/);
  });
});
