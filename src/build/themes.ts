// The themes of a build or a watch session, each loaded once, the first time a statement asks for it.
import type { ResolvedConfig } from '../config.js';
import type { Statement } from '../content/statement.js';
import { loadTheme, type ResolvedTheme } from '../themes/load.js';

export interface ThemeCache {
  /**
   * The statement's theme. A theme with a mistake throws it at the first statement that asks for it, and is then
   * undefined for the others: its mistake is reported once, not once per statement.
   */
  load(statement: Statement): ResolvedTheme | undefined;
  /** Forgets a theme (watch mode, after its files changed), so the next statement that asks loads it again. */
  forget(name: string): void;
  /** Forgets which themes failed (watch mode, at each rebuild), so their mistakes are reported again. */
  forgetFailures(): void;
  /** The themes loaded so far, by name. */
  readonly loaded: ReadonlyMap<string, ResolvedTheme>;
  /** Contrast warnings of the themes loaded so far. */
  warnings(): string[];
}

export function themeCache(config: ResolvedConfig): ThemeCache {
  const loaded = new Map<string, ResolvedTheme>();
  const failed = new Set<string>();
  return {
    loaded,
    load(statement) {
      const known = loaded.get(statement.theme);
      if (known || failed.has(statement.theme)) return known;
      try {
        const theme = loadTheme(statement.theme, config, statement.themeAt);
        loaded.set(statement.theme, theme);
        return theme;
      } catch (error) {
        failed.add(statement.theme);
        throw error;
      }
    },
    forget(name) {
      loaded.delete(name);
      failed.delete(name);
    },
    forgetFailures: () => failed.clear(),
    warnings: () => [...new Set([...loaded.values()].flatMap((theme) => theme.warnings))],
  };
}
