import { readdirSync } from 'node:fs';
import path from 'node:path';
import { wcagContrast } from 'culori';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { LecternError } from '../../src/errors.js';
import { contrastPairs } from '../../src/themes/theme.js';
import { loadTheme } from '../../src/themes/load.js';
import { listThemes } from '../../src/themes/names.js';
import { themeCss } from '../../src/themes/css.js';
import { fontStack } from '../../src/themes/fonts.js';
import { createProject, repoRoot, shippedSource } from '../helpers/project.js';

const config = resolveConfig({ root: repoRoot });
const shipped = readdirSync(path.join(repoRoot, 'themes')).sort();
const at = { file: 'test' };

describe('the shipped themes', () => {
  it('are at least an institutional light theme, a dark projector theme and a monochrome print theme', () => {
    expect(shipped).toEqual(['institutional', 'print', 'projector']);
    expect(listThemes(config)).toEqual(shipped);
  });

  it.each(shipped)('%s meets WCAG 2.2 AA for every text/background pair it uses', (name) => {
    const { tokens, warnings } = loadTheme(name, config, at);
    for (const pair of contrastPairs) {
      const ratio = wcagContrast(tokens.colors[pair.text], tokens.colors[pair.background]);
      expect(ratio, `${pair.text} on ${pair.background}`).toBeGreaterThanOrEqual(pair.large ? 3 : 4.5);
    }
    expect(warnings).toEqual([]);
  });

  it('are what they say: projector is dark, print has no colour', () => {
    const luminance = (hex: string) => wcagContrast(hex, '#000000');
    expect(luminance(loadTheme('projector', config, at).tokens.colors.background)).toBeLessThan(1.5);
    expect(luminance(loadTheme('institutional', config, at).tokens.colors.background)).toBeGreaterThan(15);
    for (const colour of Object.values(loadTheme('print', config, at).tokens.colors)) {
      const [r, g, b] = [1, 3, 5].map((i) => colour.slice(i, i + 2));
      expect(r === g && g === b, colour).toBe(true);
    }
  });

  it.each(shipped)('%s bundles its fonts, with Arabic script covered', (name) => {
    const theme = loadTheme(name, config, at);
    const families = new Set(theme.faces.map((face) => face.family));
    expect(families.has(theme.tokens.fonts.body) && families.has(theme.tokens.fonts.heading)).toBe(true);
    const arabic = theme.faces.filter((face) => face.family === theme.tokens.fonts.arabic);
    expect(arabic.map((face) => face.subset)).toEqual(['arabic', 'arabic']);
    expect(arabic[0]!.unicodeRange).toMatch(/U\+0600-06FF/);
    const css = themeCss(theme, { fontsUrl: '../fonts' });
    expect(css).not.toMatch(/https?:/);
    expect(css).toMatch(/--lectern-font-body: "[^"]+", ("[^"]+", )?"Vazirmatn", (sans-serif|serif);/);
  });

  it.each(shipped)('%s sets Latin letters of every European and Vietnamese name in a bundled font, not one of the machine', (name) => {
    const theme = loadTheme(name, config, at);
    const stack = fontStack(theme.tokens.fonts.body, theme.tokens.fonts);
    const covered = (codePoint: number) =>
      theme.faces.some(
        (face) =>
          stack.includes(face.family) &&
          (face.unicodeRange ?? '').split(',').some((range) => {
            const [from, to = from] = range.trim().replace('U+', '').split('-');
            return codePoint >= parseInt(from!, 16) && codePoint <= parseInt(to!, 16);
          }),
      );
    const letters = 'Nguyễn Thị Ánh Tuyết, Phạm Văn Đồng, Łódź, Ærøskøbing, Şişli, Čapek, ő ű ğ ı ș ț ệ ơ ư';
    expect([...letters].filter((letter) => letter.trim() && !covered(letter.codePointAt(0)!))).toEqual([]);
  });
});

describe('a theme of your own', () => {
  const projects: ReturnType<typeof createProject>[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));

  const withTheme = (yaml: string) => {
    const p = createProject({ 'content/s.md': shippedSource.replace('theme: institutional', 'theme: mine'), 'themes/mine/theme.yaml': yaml });
    projects.push(p);
    return p.config();
  };
  const valid = `label: Mine
description: Test theme.
colors: { background: "#ffffff", surface: "#f0f0f0", text: "#111111", muted: "#555555", heading: "#000000", accent: "#333333", onAccent: "#ffffff", rule: "#999999" }
fonts: { body: Source Sans 3, heading: Source Sans 3, arabic: Vazirmatn }
type: { slide: 32, slideHeading: 52, print: 10, lineHeight: 1.3 }
`;

  it('is found next to the shipped ones', () => {
    expect(listThemes(withTheme(valid))).toEqual(['institutional', 'mine', 'print', 'projector']);
  });

  it('that falls short of AA contrast loads with a warning naming the pair', () => {
    const theme = loadTheme('mine', withTheme(valid.replace('muted: "#555555"', 'muted: "#bbbbbb"')), at);
    expect(theme.warnings).toHaveLength(2);
    expect(theme.warnings[0]).toMatch(/themes\/mine\/theme\.yaml: colors\.muted on colors\.background has contrast 1\.9\d:1, below the 4\.5:1 WCAG AA needs/);
  });

  it.each([
    ['an unknown token', valid.replace('rule: "#999999"', 'rule: "#999999", glow: "#ff0000"'), /theme\.yaml:3: unknown token "glow"/],
    ['a colour that is not one', valid.replace('"#111111"', '"black"'), /theme\.yaml:3: colors\.text must be a hex colour/],
    ['a font that is not installed', valid.replace('body: Source Sans 3', 'body: Comic Neue'), /theme\.yaml:4: the font "Comic Neue" is not installed.*npm install @fontsource\/comic-neue/],
    ['a size out of range', valid.replace('slide: 32', 'slide: 8'), /theme\.yaml:5: type\.slide must be at least 24 px/],
    ['broken YAML', valid.replace('label: Mine', 'label: [Mine'), /theme\.yaml:\d+: this is not valid YAML/],
    ['a YAML alias', `${valid}fonts2: *body\n`.replace('body: Source Sans 3', 'body: &body Source Sans 3'), /theme\.yaml:4: "&body" is a YAML anchor: Lectern reads no anchors/],
  ])('with %s is rejected with file:line', (_, yaml, message) => {
    const error = (() => {
      try {
        loadTheme('mine', withTheme(yaml), at);
      } catch (e) {
        return e;
      }
      throw new Error('expected the theme to be rejected');
    })();
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).format()).toMatch(message);
  });
});
