// The organization's logo as Office files take it: a PNG as it is, and an SVG together with a PNG drawn from it, since
// PowerPoint and Word show an SVG only beside a PNG that older readers (and LibreOffice's PDF export) fall back on. The
// SVG is drawn at build time by resvg compiled to WebAssembly: no network, no native binary, and the same pixels on
// every machine, so a build stays byte for byte the same. It is loaded only when a build has an SVG logo.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Logo } from '../../content/logo.js';
import { keptOr } from '../../kept.js';

export interface OfficeLogo {
  readonly alt: string;
  /** The picture every reader shows: the PNG itself, or the one drawn from the SVG. */
  readonly png: Uint8Array;
  /** The SVG, for the readers that show it instead. */
  readonly svg: Uint8Array | undefined;
  /** Width over height. */
  readonly aspect: number;
}

/** The height the PNG drawn from an SVG is given, in px: four times the title slide's 72 px, crisp when projected. */
const rasterHeight = 288;
/** At most this wide, in px, however wide the logo: a PNG stays a few hundred kilobytes at most. */
const rasterWidthMax = 2400;

/** Logos already drawn, by their digest: a build draws each once for the deck and the briefing of every statement. */
const drawn = new Map<string, Promise<OfficeLogo>>();

export function officeLogo(logo: Logo): Promise<OfficeLogo> {
  return keptOr(drawn, logo.digest, 8, () => {
    const drawing = logo.type === 'png' ? Promise.resolve(pngLogo(logo)) : svgLogo(logo);
    drawing.catch(() => drawn.delete(logo.digest));
    return drawing;
  });
}

function pngLogo(logo: Logo): OfficeLogo {
  // The width and height in the PNG's header, which the logo was read with.
  const { width, height } = logo.size ?? { width: 1, height: 1 };
  return { alt: logo.alt, png: logo.bytes, svg: undefined, aspect: width / height };
}

async function svgLogo(logo: Logo): Promise<OfficeLogo> {
  const { Resvg } = await resvg();
  const aspect = logo.size ? logo.size.width / logo.size.height : undefined;
  const fitTo =
    aspect !== undefined && rasterHeight * aspect > rasterWidthMax
      ? ({ mode: 'width', value: rasterWidthMax } as const)
      : ({ mode: 'height', value: rasterHeight } as const);
  // No fonts at all, rather than the machine's: a logo's words are best saved as outlines, and a font that one
  // machine has and another lacks would give other bytes.
  const renderer = new Resvg(logo.bytes, { fitTo, font: { loadSystemFonts: false } });
  try {
    const image = renderer.render();
    const png = image.asPng();
    const result = { alt: logo.alt, png, svg: logo.bytes, aspect: image.width / image.height };
    image.free();
    return result;
  } finally {
    renderer.free();
  }
}

let loaded: Promise<typeof import('@resvg/resvg-wasm')> | undefined;

/** resvg's WebAssembly module, read from its package and started once per process. */
function resvg(): Promise<typeof import('@resvg/resvg-wasm')> {
  loaded ??= (async () => {
    const module = await import('@resvg/resvg-wasm');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await module.initWasm(wasm);
    return module;
  })();
  return loaded;
}

/** The logo's size in a box at most `height` high and `maxWidth` wide, keeping its aspect ratio, never cropped. */
export function fitLogo(aspect: number, height: number, maxWidth: number): { width: number; height: number } {
  const width = height * aspect;
  return width <= maxWidth ? { width, height } : { width: maxWidth, height: maxWidth / aspect };
}
