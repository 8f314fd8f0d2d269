// An organization's mark: the logo a theme (`logo:` in theme.yaml) or a statement (`logo:` in its front matter) names,
// an SVG or PNG file with its alt text. It is checked once, when the theme or statement is read, and copied next to
// the statement's outputs, which show it with <img> only: an SVG shown that way never runs a script it holds.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { LecternError, type Location } from '../errors.js';
import { formatBytes, kindOf } from '../read-file.js';
import { splitFrontMatter } from './frontmatter.js';

const described = 'say in words what the logo shows, for people who cannot see it (the organization\'s name)';

/** `logo: { file, alt }`, in theme.yaml or a statement's front matter. Both are required; `alt` is never left out. */
export const logoSchema = z.pipe(
  z
    .strictObject(
      {
        file: z.optional(
          z
            .string({ error: 'logo.file must be the name of an .svg or .png file' })
            .check(z.trim(), z.minLength(1, { error: 'logo.file is empty; name an .svg or .png file' })),
        ),
        alt: z.optional(z.string({ error: 'logo.alt must be text' }).check(z.trim(), z.minLength(1, { error: `logo.alt is empty: ${described}` }))),
      },
      { error: 'logo must hold file: and alt:, such as logo: { file: mark.svg, alt: International Organization for Migration }' },
    )
    .check(
      z.refine((logo) => logo.file !== undefined, { error: 'logo.file is missing; name an .svg or .png file', path: ['file'] }),
      z.refine((logo) => logo.alt !== undefined, { error: `logo.alt is missing: ${described}`, path: ['alt'] }),
    ),
  z.transform((logo): LogoRef => ({ file: logo.file!, alt: logo.alt! })),
);

/** A logo as a theme or front matter names it: not yet read. */
export interface LogoRef {
  readonly file: string;
  readonly alt: string;
}

/** A logo read and checked, ready to copy and show. */
export interface Logo {
  /** Absolute path of the image. */
  readonly path: string;
  /** What the image is described as, for alt text everywhere it is shown. */
  readonly alt: string;
  readonly type: 'svg' | 'png';
  /** Its name next to the statement's outputs: `logo.svg` or `logo.png`. */
  readonly name: string;
  /** Its size in px, when the file says (a PNG always does; an SVG by its viewBox or width and height). */
  readonly size: { readonly width: number; readonly height: number } | undefined;
  /** SHA-256 of its bytes. */
  readonly digest: string;
  readonly bytes: Uint8Array;
  /** Where it is named: the line of `logo:` in the content file or the theme.yaml. */
  readonly named: Location;
}

/** The names a logo may have in a statement's folder: outputs Lectern writes, and so may remove. */
export const logoNames: readonly string[] = ['logo.svg', 'logo.png'];

/** A logo file may be at most this large: a mark is a few kilobytes. */
export const maxLogoBytes = 5 * 1024 * 1024;

export interface LogoPlace {
  /** The folder the file is named relative to: the theme's, or the content file's. */
  readonly baseDir: string;
  /** The theme.yaml or content file, as messages show it, and the lines of `logo.file` and `logo.alt`. */
  readonly shown: string;
  readonly line: number;
  /** A theme's logo must lie inside its folder, which a build's record covers. */
  readonly insideBase?: boolean;
}

/** Reads and checks the logo `ref` names; a mistake is one line naming the file and the line of `logo:`. */
export function readLogo(ref: LogoRef, place: LogoPlace): Logo {
  const at = { file: place.shown, line: place.line };
  const file = path.resolve(place.baseDir, ref.file);
  const relative = path.relative(place.baseDir, file);
  if (place.insideBase && (relative.startsWith('..') || path.isAbsolute(relative))) {
    throw new LecternError(`logo: "${ref.file}" is outside the theme's folder`, { at, hint: 'copy the logo into the theme folder and name it from there' });
  }
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.svg' && extension !== '.png') {
    throw new LecternError(`logo: "${ref.file}" is not an .svg or .png file`, { at, hint: 'save the logo as SVG or PNG and name that file' });
  }
  const bytes = readBytes(file, ref.file, at);
  const type = extension === '.svg' ? 'svg' : 'png';
  if (type === 'png' ? !isPng(bytes) : !isSvg(bytes)) {
    throw new LecternError(`logo: "${ref.file}" is not ${type === 'png' ? 'a PNG image' : 'an SVG image'}, whatever its name says`, {
      at,
      hint: 'export the logo again as SVG or PNG, and name the file by what it is',
    });
  }
  return {
    path: file,
    alt: ref.alt,
    type,
    name: `logo.${type}`,
    size: type === 'png' ? pngSize(bytes) : svgSize(bytes),
    digest: digestOf(bytes),
    bytes,
    named: at,
  };
}

function readBytes(file: string, named: string, at: { file: string; line: number }): Uint8Array {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) throw new LecternError(`logo: "${named}" does not exist`, { at, hint: 'check the path: it is relative to the folder of the file that names it' });
  if (!info.isFile()) throw new LecternError(`logo: "${named}" is ${kindOf(info)}, not a file`, { at, hint: 'name the .svg or .png file itself' });
  if (info.size > maxLogoBytes) {
    throw new LecternError(`logo: "${named}" is ${formatBytes(info.size)} bytes; a logo may be at most 5 MiB`, { at, hint: 'export it smaller' });
  }
  return readFileSync(file);
}

function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 24 && pngSignature.every((byte, index) => bytes[index] === byte);
}

/** Width and height from the PNG's header chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The start of an SVG file: a `<svg` element, after any byte-order mark, XML declaration, comments and doctype. */
function svgHead(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  const rest = text.replace(/^(?:\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i, '');
  return /^<svg[\s>/]/.test(rest) ? rest.slice(0, rest.indexOf('>') + 1) : undefined;
}

function isSvg(bytes: Uint8Array): boolean {
  return svgHead(bytes) !== undefined;
}

function svgSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const head = svgHead(bytes) ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(head)?.[1];
  const viewBox = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) return { width: viewBox[2]!, height: viewBox[3]! };
  const width = Number.parseFloat(attribute('width') ?? '');
  const height = Number.parseFloat(attribute('height') ?? '');
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * A statement's digest with its own logo's bytes in it, so that editing the logo rebuilds the statement. A theme's logo
 * is in its theme's folder, which the build's record covers already.
 */
export function withLogoDigest(contentDigest: string, logoDigest: string | undefined): string {
  return logoDigest === undefined ? contentDigest : digestOf(new TextEncoder().encode(`${contentDigest}\0logo\0${logoDigest}`));
}

/**
 * The digest of the logo a content file's front matter names, for telling whether a statement changed without
 * compiling it; undefined when it names none. A logo that cannot be read gives a digest of its own: the build then
 * stops on it with the reason.
 */
export function namedLogoDigest(bytes: Uint8Array, contentPath: string): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/^logo\s*:/m.test(text)) return undefined;
  try {
    const named = logoSchema.safeParse(splitFrontMatter(text, contentPath).data['logo']);
    if (!named.success) return undefined;
    return digestOf(readBytes(path.resolve(path.dirname(contentPath), named.data.file), named.data.file, { file: contentPath, line: 1 }));
  } catch {
    return 'unreadable';
  }
}
