// Loads a theme by name: validates its tokens and resolves its fonts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../config.js';
import { readLogo, type Logo } from '../content/logo.js';
import { LecternError, throwIfAny, type Location } from '../errors.js';
import { parseYamlMapping } from '../yaml.js';
import { checkContrast, printPalette } from './contrast.js';
import { fontStack, genericFamily, resolveFontFaces, type FontFace } from './fonts.js';
import { themeDir, unknownTheme, type ThemeConfig } from './names.js';
import { themeSchema, type Palette, type Theme } from './theme.js';

/** A theme ready to render with: tokens, the font faces to bundle, and the font stacks. */
export interface ResolvedTheme extends Theme {
  readonly faces: readonly FontFace[];
  readonly stacks: { readonly body: string; readonly heading: string };
  /** The colours the briefing and the handout print with: `printColors`, the rest derived (see `printPalette`). */
  readonly printColors: Palette;
  /** The logo the theme names, read and checked. */
  readonly logo: Logo | undefined;
  /** Contrast failures, for a theme that is not one of ours; shipped themes have none (a test checks). */
  readonly warnings: readonly string[];
}

/**
 * Loads the theme called `name`. `requestedAt` is where the user asked for it (a content file's `theme:` line,
 * or the command line), so an unknown name points there.
 */
export function loadTheme(name: string, config: ThemeConfig, requestedAt: Location): ResolvedTheme {
  const dir = themeDir(name, config);
  if (!dir) throw unknownTheme(name, config, requestedAt);
  const yamlPath = path.join(dir, 'theme.yaml');
  const file = displayPath(config, yamlPath);
  const yaml = parseYamlMapping(readFileSync(yamlPath, 'utf8'), file);
  const result = themeSchema.safeParse(yaml.data);
  if (!result.success) {
    throwIfAny(
      result.error.issues.map(
        (issue) =>
          new LecternError(issue.code === 'unrecognized_keys' ? `unknown token ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message, {
            at: { file, line: yaml.lineOf(issue.path) },
            hint: issue.code === 'unrecognized_keys' ? 'remove it, or check its spelling against the shipped themes' : 'correct the token',
          }),
      ),
    );
  }
  const tokens = result.data!;
  const cssPath = path.join(dir, 'theme.css');
  const extraCss = existsSync(cssPath) ? readFileSync(cssPath, 'utf8') : '';

  const searchFrom = [config.root, config.packageRoot];
  const fontAt = (role: keyof typeof tokens.fonts) => ({ file, line: yaml.lineOf(['fonts', role]) });
  const families = new Map<string, FontFace[]>();
  for (const role of ['body', 'heading'] as const) {
    const family = tokens.fonts[role];
    if (!families.has(family)) families.set(family, resolveFontFaces(family, { searchFrom, at: fontAt(role) }));
  }
  const { fallback } = tokens.fonts;
  const fallbackFaces = fallback && !families.has(fallback) ? resolveFontFaces(fallback, { searchFrom, at: fontAt('fallback') }) : [];
  const arabicFaces = resolveFontFaces(tokens.fonts.arabic, { searchFrom, subsets: ['arabic'], at: fontAt('arabic') });
  const stack = (family: string) =>
    fontStack(family, tokens.fonts)
      .map((n) => `"${n}"`)
      .concat(genericFamily(family, searchFrom))
      .join(', ');

  return {
    name,
    dir,
    file,
    tokens,
    extraCss,
    faces: [...[...families.values()].flat(), ...fallbackFaces, ...arabicFaces],
    stacks: { body: stack(tokens.fonts.body), heading: stack(tokens.fonts.heading) },
    printColors: printPalette(tokens),
    logo: tokens.logo && readLogo(tokens.logo, { baseDir: dir, shown: file, line: yaml.lineOf(['logo']), insideBase: true }),
    warnings: checkContrast(tokens).map((failure) => `${file}: ${failure}`),
  };
}
