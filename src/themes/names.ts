// Which themes there are, and where each is: light enough for a command to check --theme before it does anything.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { LecternError, type ErrorKind, type Location } from '../errors.js';

export type ThemeConfig = Pick<ResolvedConfig, 'root' | 'themeDirs' | 'packageRoot'>;

/** Every theme name available, in search order without duplicates. */
export function listThemes(config: ThemeConfig): string[] {
  const names = new Set<string>();
  for (const dir of config.themeDirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(path.join(dir, entry.name, 'theme.yaml'))) names.add(entry.name);
    }
  }
  return [...names].sort();
}

/** The folder of the theme called `name`: the first in the search order that has a `theme.yaml`. */
export function themeDir(name: string, config: ThemeConfig): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) return undefined;
  return config.themeDirs.map((themes) => path.join(themes, name)).find((candidate) => existsSync(path.join(candidate, 'theme.yaml')));
}

/** `at` is where the user asked for it: a content file's `theme:` line (exit 1), or `--theme` (exit 2). */
export function unknownTheme(name: string, config: ThemeConfig, at: Location, kind: ErrorKind = 'input'): LecternError {
  return new LecternError(`unknown theme "${name}"`, {
    kind,
    at,
    hint: `choose one of ${listThemes(config).join(', ')}, or add themes/${name}/theme.yaml`,
  });
}

/** `--theme NAME` names a theme that exists: a mistake on the command line, found before anything is built. */
export function checkThemeOption(config: ThemeConfig & Pick<ResolvedConfig, 'theme'>): void {
  if (config.theme !== undefined && !themeDir(config.theme, config)) throw unknownTheme(config.theme, config, { file: '--theme' }, 'usage');
}
