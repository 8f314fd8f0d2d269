// What the output folder holds besides the statements' own files: the index and the shared assets, and what the
// record says of each statement (from which the index lists it).
import { cacheDir } from '../cache/dir.js';
import type { ResolvedConfig } from '../config.js';
import type { PlannedStatement } from '../plan/statement.js';
import type { OutputFile, RenderContext } from '../render/output.js';
import { indexLinks, pageFiles } from '../render/outputs.js';
import { assetFiles, renderIndex, type IndexEntry } from '../render/site.js';
import { loadTheme, type ResolvedTheme } from '../themes/load.js';
import type { StatementRecord } from '../write/record.js';

/**
 * What the record says of a statement just rendered. A copy: the strings it keeps for the rest of the build would
 * otherwise keep the statement's whole text alive (V8 keeps the string a slice was taken from), some 20 KiB per
 * statement of a large build.
 */
export function recordEntry({ statement, deck }: PlannedStatement, key: string | undefined): StatementRecord {
  const { title, event, organization, speaker, date, dateText, lang, dir } = deck.meta;
  return structuredClone({
    slug: statement.slug,
    file: statement.file,
    theme: statement.theme,
    meta: { title, event, organization, speaker, date, dateText, lang, dir },
    key,
    files: [...pageFiles, ...(deck.logo ? [deck.logo.name] : [])],
  });
}

/** How the index and the preview list a statement: what it is, and a link to each output it has. */
export function indexEntryOf(entry: StatementRecord): IndexEntry {
  const files = new Set(entry.files);
  const outputs = indexLinks.filter(({ file }) => files.has(file)).map(({ file, query = '', label }) => ({ label, href: `${entry.slug}/${file}${query}` }));
  const { event, speaker, organization, date, dateText } = entry.meta;
  const about = [
    event && { text: event },
    (speaker || organization) && { text: [speaker, organization].filter(Boolean).join(', ') },
    date && dateText && { text: dateText, datetime: date },
  ].filter((item) => Boolean(item)) as IndexEntry['about'];
  return { slug: entry.slug, file: entry.file, theme: entry.theme, meta: entry.meta, about, outputs };
}

/** The index and the shared assets: reveal.js, the page styles, and the CSS and fonts of every theme in use. */
export async function renderSite(entries: readonly StatementRecord[], themes: readonly ResolvedTheme[], context: RenderContext): Promise<OutputFile[]> {
  return [renderIndexOf(entries, context), ...(await siteAssets(themes, context))];
}

/** The shared assets alone: reveal.js, the page styles, and the CSS and fonts of `themes`. */
export function siteAssets(themes: readonly ResolvedTheme[], { config, styles }: RenderContext): Promise<OutputFile[]> {
  const options = { templatesDir: config.templatesDir, packageRoot: config.packageRoot, fontsCacheDir: cacheDir(config, 'font-files') };
  return assetFiles(themes, styles, options);
}

export function renderIndexOf(entries: readonly StatementRecord[], context: RenderContext): OutputFile {
  return renderIndex(entries.map(indexEntryOf), context.templates);
}

/** The themes the listed statements use: those this run loaded, and the others loaded now for their assets. */
export function themesInUse(entries: readonly StatementRecord[], loaded: ReadonlyMap<string, ResolvedTheme>, config: ResolvedConfig): ResolvedTheme[] {
  const names = [...new Set(entries.map((entry) => entry.theme))].sort();
  return names.map((name) => loaded.get(name) ?? loadTheme(name, config, { file: entries.find((entry) => entry.theme === name)!.file }));
}
