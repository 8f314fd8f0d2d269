// The logo in the Marp deck: Marp reads words of an image's alt text as keywords ("bg", "w:30", "50%", "blur") and
// drops them, and Markdown drops what it escapes; deck.marp.html must still carry the alt text whole, as written.
import { Marp } from '@marp-team/marp-core';
import { expect, it } from 'vitest';
import { logoMarkdown, withLogoAlt } from '../../src/render/marp/output.js';
import { parseDocument } from '../helpers/html.js';

it.each([
  'International Organization for Migration (IOM)',
  'bg contain 50% w:30 h:2em blur sepia:1 Logo',
  'A [bracketed] *starred* _mark_ & <b>bold</b> `code` \\ back "quoted" $& $1',
  '- 1. # not a list or heading',
])('keeps the alt text %j whole in deck.marp.html', (alt) => {
  const logo = { alt, name: 'logo.svg' };
  const markdown = `---\nmarp: true\nfooter: ${JSON.stringify(logoMarkdown(logo))}\n---\n\n${logoMarkdown(logo)}\n\n# Slide\n`;
  const { html } = new Marp({ html: false }).render(markdown);
  // No keyword was taken: no size, no filter, no background.
  expect(html).not.toMatch(/<img[^>]*style=|background-image/);
  const images = [...parseDocument(withLogoAlt(html, logo)).querySelectorAll('img')];
  expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([
    ['logo.svg', alt],
    ['logo.svg', alt],
  ]);
});
