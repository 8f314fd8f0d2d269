// The organization's logo: copied beside a statement's pages, which show it with <img> (never inline, so an SVG's
// script never runs), with its alt text, on the title slide, in the slides' footer, and at the head of the briefing.
import type { Logo } from '../content/logo.js';
import type { Output } from './output.js';

export const logoOutput: Output = {
  name: 'logo',
  templates: [],
  // Not linked from the index: the pages link it.
  files: [],
  render({ deck }) {
    // The bytes that were checked, not the file as it may be by now.
    return deck.logo ? [{ path: `${deck.slug}/${deck.logo.name}`, contents: deck.logo.bytes }] : [];
  },
};

/** What a template shows of the logo: its address beside the page, and its alt text (escaped by the template). */
export interface LogoView {
  readonly src: string;
  readonly alt: string;
}

export function logoView(logo: Logo | undefined): LogoView | undefined {
  return logo && { src: logo.name, alt: logo.alt };
}
