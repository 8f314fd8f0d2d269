// The pages only `lectern dev` serves: the preview of one statement (its outputs side by side, each the built page
// itself in a frame, with its own live reload) and the page for an address where nothing is built. Both are
// templates of Lectern's own, in templates/preview/.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { outputs } from '../render/outputs.js';
import type { IndexEntry } from '../render/site.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';

/** Where a statement's preview page is: `_` never begins a statement's folder, so it cannot clash with one. */
export const previewPrefix = '/_preview/';

export function previewUrl(slug: string): string {
  return `${previewPrefix}${encodeURIComponent(slug)}`;
}

export interface PreviewPages {
  /** The preview of a statement: the outputs the registry places in the preview, main frame first. */
  statement(entry: IndexEntry): string;
  notFound(pathname: string): string;
}

export async function previewPages(config: Pick<ResolvedConfig, 'packageRoot' | 'root'>): Promise<PreviewPages> {
  const templates: TemplateSet = await loadTemplates(path.join(config.packageRoot, 'templates'), ['preview/page', 'preview/not-found'], config.root);
  const placed = (['main', 'side'] as const).flatMap((place) => outputs.filter((output) => output.preview === place).map((output) => ({ place, output })));
  return {
    statement(entry) {
      const folder = `/${encodeURIComponent(entry.slug)}`;
      const frames = placed.map(({ place, output }) => ({
        name: output.name,
        place,
        label: output.files[0]!.label,
        src: `${folder}/${output.files[0]!.file}`,
      }));
      return templates.render('preview/page', { entry, frames });
    },
    notFound: (pathname) => templates.render('preview/not-found', { pathname }),
  };
}
