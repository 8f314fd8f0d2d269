// The fitting model and the stylesheets describe the same slide and the same briefing: a change to one without the
// other would let text overflow, so every number the model reads is checked against the CSS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { briefing, slide } from '../../src/fit/layout.js';
import { repoRoot } from '../helpers/project.js';

const css = (file: string) => readFileSync(path.join(repoRoot, 'templates', file), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(source: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\n|,\\s*)${escaped}\\s*\\{([^}]*)\\}`).exec(source);
  if (!match) throw new Error(`no rule for ${selector}`);
  return match[1]!;
}

describe.each([
  [
    'assets/deck.css',
    {
      frame: '.reveal .frame',
      marker: '.reveal .marker',
      headline: '.reveal .headline',
      messages: '.reveal .messages',
      item: '.reveal .messages li',
      title: '.reveal .slide--title .headline',
      closing: '.reveal .slide--closing .headline',
    },
  ],
  ['marp.css', { frame: 'section', marker: 'header', headline: 'h1', messages: 'ul', item: 'li', title: 'section.title h1', closing: 'section.closing h1' }],
] as const)('%s', (file, selectors) => {
  const source = css(file);
  test('lays out the slide as the fitting model does', () => {
    const { top, right, bottom } = slide.padding;
    expect(rule(source, selectors.frame)).toContain(`padding: ${top}px ${right}px ${bottom}px;`);
    expect(rule(source, selectors.frame)).toContain('overflow-wrap: anywhere;');
    const marker = rule(source, selectors.marker);
    expect(marker).toContain(`font-size: ${slide.marker.size}em;`);
    // The model counts the wider tracking of the two decks: a deck may track its marker tighter, never wider.
    expect(Number(/letter-spacing: ([\d.]+)em;/.exec(marker)?.[1])).toBeLessThanOrEqual(slide.marker.letterSpacing);
    expect(marker).toContain(`margin: 0 0 ${slide.marker.marginBottom}px;`);
    expect(marker).toContain('text-transform: uppercase;');
    const headline = rule(source, selectors.headline);
    expect(headline).toContain(`margin: 0 0 ${slide.headline.marginBottom}px;`);
    expect(headline).toContain(`padding-bottom: ${slide.headline.paddingBottom}px;`);
    expect(headline).toContain(`border-bottom: ${slide.headline.rule}px solid`);
    expect(headline).toContain(`line-height: ${slide.headline.lineHeight};`);
    expect(headline).toContain('font-size: calc(var(--lectern-type-slide-heading) * var(--lectern-fit, 1));');
    expect(rule(source, selectors.messages)).toContain(`gap: ${slide.messages.gap}em;`);
    expect(rule(source, selectors.item)).toContain(`padding-inline-start: ${slide.messages.indent}em;`);
    expect(rule(source, selectors.title)).toContain(`${slide.title.headline} * var(--lectern-fit, 1));`);
    expect(rule(source, selectors.title)).toContain(`margin-bottom: ${slide.title.headlineMarginBottom}px;`);
    expect(rule(source, selectors.closing)).toContain(`${slide.closing.headline} * var(--lectern-fit, 1));`);
  });
});

test('the reveal.js title slide and the Marp title slide use the model’s sizes', () => {
  const deck = css('assets/deck.css');
  const { reveal, marp } = slide.title;
  expect(rule(deck, '.reveal .slide--title .panel')).toContain(`font-size: ${reveal.panel}em;`);
  expect(rule(deck, '.reveal .slide--title .panel')).toContain(`margin: 0 0 ${reveal.panelMarginBottom}px;`);
  expect(rule(deck, '.reveal .slide--title .occasion')).toContain(`font-size: ${reveal.occasion}em;`);
  expect(rule(deck, '.reveal .slide--title .occasion')).toContain(`margin: ${reveal.occasionMarginTop}px 0 0;`);
  expect(rule(deck, '.reveal .speaker__organization')).toContain(`font-size: ${reveal.organization}em;`);
  expect(rule(css('marp.css'), 'section.title p')).toContain(`font-size: ${marp.paragraph}em;`);
  expect(rule(css('marp.css'), 'p')).toContain(`margin: 0 0 ${marp.paragraphMarginBottom}em;`);
});

test('the briefing is laid out as the fitting model does', () => {
  const source = css('assets/briefing.css');
  const mm = (value: number) => `${Number((value / briefing.mm).toFixed(2))}mm`;
  expect(source).toContain('@page {\n  margin: 14mm 16mm;\n}');
  expect(rule(source, '.briefing')).toContain('font-size: calc(var(--lectern-type-print) * var(--briefing-scale, 1));');
  expect(rule(source, '.meta-header__title')).toContain(`font-size: ${briefing.header.title.size}em;`);
  expect(rule(source, '.meta-header__title')).toContain(`line-height: ${briefing.header.title.lineHeight};`);
  expect(rule(source, '.meta-header')).toContain(`margin-bottom: ${mm(briefing.header.marginBottom)};`);
  expect(rule(source, '.briefing__headline')).toContain(`font-size: ${briefing.headline.size}em;`);
  expect(rule(source, '.briefing__messages')).toContain(`padding-inline-start: ${briefing.messages.indent}em;`);
  expect(rule(source, '.briefing__messages li')).toContain(`margin: 0 0 ${mm(briefing.messages.itemMarginBottom)};`);
  expect(rule(source, '.briefing__introduction')).toContain(`margin-bottom: ${mm(briefing.introduction.marginBottom)};`);
  expect(rule(source, '.briefing__points')).toContain(`margin: 0 0 ${mm(briefing.points.marginBottom)};`);
  expect(rule(source, '.briefing__point')).toContain(`margin: 0 0 ${mm(briefing.points.itemMarginBottom)};`);
  expect(rule(source, '.briefing__point')).toContain(`padding-inline-start: ${briefing.points.indent}em;`);
  expect(rule(source, '.briefing__ask')).toContain(`margin: 0 0 ${mm(briefing.ask.marginBottom)};`);
  expect(rule(source, '.briefing__footer')).toContain(`font-size: ${briefing.footer.size}em;`);
});

test('the logo takes the room fitting counts for it, on both title slides and on the briefing', () => {
  const { title, footer } = slide.logo;
  const deck = rule(css('assets/deck.css'), '.reveal .logo--title');
  expect(deck).toContain(`height: ${title.height}px;`);
  expect(deck).toContain(`margin: 0 0 ${title.marginBottom}px;`);
  expect(rule(css('assets/deck.css'), '.reveal .logo--footer')).toContain(`height: ${footer.height}px;`);
  const marp = css('marp.css');
  expect(rule(marp, 'section.title p:has(> img)')).toContain(`margin: 0 0 ${title.marginBottom}px;`);
  expect(rule(marp, 'section.title p:has(> img) img')).toContain(`height: ${title.height}px;`);
  expect(rule(marp, 'footer img')).toContain(`height: ${footer.height}px;`);
  const mm = (value: number) => `${Number((value / briefing.mm).toFixed(2))}mm`;
  const paper = rule(css('assets/briefing.css'), '.briefing__logo');
  expect(paper).toContain(`height: ${mm(briefing.logo.height)};`);
  expect(paper).toContain(`margin: 0 0 ${mm(briefing.logo.marginBottom)};`);
});
