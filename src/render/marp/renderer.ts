// marp-core, set up as Lectern renders with it: one Marp kept for many decks, each theme registered once (and again
// when its CSS changes), and output that is the same for the same input. Runs on the worker thread or in process.
import { createHash } from 'node:crypto';
import { Marp, type MarpOptions } from '@marp-team/marp-core';
import { ThemeSet } from '@marp-team/marpit';
import type { ValueCache } from '../output.js';
import { MarpFailure } from './failure.js';

// The worker runs this module bundled on its own (lib/marp-renderer.cjs): it checks failures against this class.
export { MarpFailure };

export interface MarpOutput {
  readonly html: string;
  readonly css: string;
}

export interface MarpRenderer {
  /** Renders `markdown` with the Marp theme whose CSS is `themeCss` (registered first if new or changed). */
  render(themeCss: string, markdown: string): MarpOutput;
}

/** Where packed theme CSS is kept between runs, and what else its validity depends on (the installed code). */
export interface MarpCache {
  readonly values: ValueCache;
  readonly salt: string;
}

export function createMarpRenderer(cache?: MarpCache): MarpRenderer {
  // No HTML from Markdown, no emoji images (Marp would fetch them from a CDN), no links made from addresses in the
  // text (a statement's text is shown as it is), and strict YAML: Lectern quotes every directive's value.
  const marp = reusePackedThemes(
    marpWithoutBuiltInThemes({ html: false, emoji: { shortcode: false, unicode: false }, markdown: { linkify: false }, looseYAML: false, minifyCSS: true }),
    cache,
  );
  const registered = new Set<string>();
  return {
    render(themeCss, markdown) {
      if (!registered.has(themeCss)) {
        try {
          marp.themeSet.add(themeCss);
        } catch (error) {
          throw new MarpFailure((error as Error).message, true);
        }
        registered.add(themeCss);
      }
      try {
        return stableScopes(marp.render(markdown));
      } catch (error) {
        throw Object.assign(new MarpFailure((error as Error).message, false), { cause: error });
      }
    },
  };
}

/**
 * A Marp without its built-in themes (default, gaia, uncover). marp-core parses each with PostCSS as it is
 * constructed, a third of its cold start, and every deck Lectern renders names a Lectern theme. Marp offers no
 * option for this, so the theme set takes no theme while the constructor runs. (Were marp-core ever to bring its
 * own copy of Marpit, the themes would simply be parsed as before.)
 */
function marpWithoutBuiltInThemes(options: MarpOptions): Marp {
  const { add } = ThemeSet.prototype;
  ThemeSet.prototype.add = () => undefined as never;
  try {
    return new Marp(options);
  } finally {
    ThemeSet.prototype.add = add;
  }
}

/**
 * Packing a theme into the page's CSS (PostCSS over every rule) is most of a Marp render, and its result depends only
 * on the theme's CSS and the pack options: a deck that changes only the text reuses the last result, and with a cache
 * folder, so does the next process (a cold build's first deck is then ready some 30 ms sooner).
 */
function reusePackedThemes(marp: Marp, cache: MarpCache | undefined): Marp {
  const { themeSet } = marp;
  const pack = themeSet.pack.bind(themeSet);
  const last = new Map<string, { theme: string | undefined; options: string; packed: string }>();
  themeSet.pack = (name, opts) => {
    const theme = themeSet.get(name ?? '', true)?.css;
    const options = JSON.stringify(opts);
    const hit = last.get(name ?? '');
    if (hit && hit.theme === theme && hit.options === options) return hit.packed;
    const key = cache && `${digest(cache.salt, name ?? '', theme ?? '', options).slice(0, 32)}.css`;
    const cached = key ? cache.values.read(key) : undefined;
    const packed = cached ?? pack(name, opts);
    if (key && cached === undefined) cache.values.write(key, packed);
    last.set(name ?? '', { theme, options, packed });
    return packed;
  };
  return marp;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * Marp names each slide's scoped style with a random id; naming them by order instead makes a build reproducible,
 * so an unchanged statement renders the same bytes (and watch mode writes nothing for it).
 */
function stableScopes(rendered: MarpOutput): MarpOutput {
  const names = new Map<string, string>();
  const rename = (_: string, id: string) => {
    if (!names.has(id)) names.set(id, `s${names.size + 1}`);
    return `data-marpit-scope-${names.get(id)}`;
  };
  const html = rendered.html.replace(/data-marpit-scope-([A-Za-z0-9]+)/g, rename);
  return { html, css: rendered.css.replace(/data-marpit-scope-([A-Za-z0-9]+)/g, rename) };
}
