// What rendering needs besides the statements, made once for a build or a watch session: the templates compiled, the
// Marp engine (marp.ts), and each theme's stylesheets.
import { cacheDir, folderCache } from '../cache/dir.js';
import type { ResolvedConfig } from '../config.js';
import type { MarpEngine } from '../render/marp/engine.js';
import type { RenderContext } from '../render/output.js';
import { templatesUsed } from '../render/outputs.js';
import { themeStyles } from '../render/styles.js';
import { loadTemplates } from '../render/templates.js';

/** Compiles the templates (a mistake in one stops the build here, before anything is written). */
export async function renderContext(config: ResolvedConfig, marp: MarpEngine): Promise<RenderContext> {
  const templates = await loadTemplates(config.templatesDir, templatesUsed, config.root, folderCache(cacheDir(config, 'templates')));
  return { config, templates, marp, styles: themeStyles(config.templatesDir) };
}
