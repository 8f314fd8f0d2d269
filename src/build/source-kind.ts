// What a file that changed while watching is to a build: a statement, an image a statement may use, the templates,
// one theme, or a watched folder made again.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { isContentFileName } from '../content/load.js';

/** What a changed file is to a build; `all` is a watched folder made again, whose every file may be new. */
export type SourceKind =
  | { readonly kind: 'content' }
  /** An image under content/, which a statement may name as its logo. */
  | { readonly kind: 'asset' }
  | { readonly kind: 'templates' }
  | { readonly kind: 'theme'; readonly name: string }
  /** The PowerPoint template `--pptx-template` names. */
  | { readonly kind: 'pptx' }
  | { readonly kind: 'all' };

/** Where a changed file belongs: a content file, the templates, a theme, or nothing a build reads. */
export function classifySource(
  config: Pick<ResolvedConfig, 'contentDir' | 'templatesDir' | 'themeDirs' | 'pptxTemplate'>,
  file: string,
): SourceKind | undefined {
  if (file === config.contentDir || file === config.templatesDir || config.themeDirs.includes(file)) return { kind: 'all' };
  if (file === config.pptxTemplate) return { kind: 'pptx' };
  const inside = (dir: string) => {
    const relative = path.relative(dir, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : undefined;
  };
  const content = inside(config.contentDir);
  if (content !== undefined) {
    if (!content.includes(path.sep) && isContentFileName(content)) return { kind: 'content' };
    return /\.(svg|png)$/i.test(content) ? { kind: 'asset' } : undefined;
  }
  if (inside(config.templatesDir) !== undefined) return { kind: 'templates' };
  for (const dir of config.themeDirs) {
    const [name, ...rest] = inside(dir)?.split(path.sep) ?? [];
    if (name && rest.length > 0) return { kind: 'theme', name };
  }
  return undefined;
}
