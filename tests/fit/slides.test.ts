// Fitting slides: one policy in every theme (at most five key messages a slide, split rather than shrunk below 85%),
// shrinking within the floor, splitting a point over continuation slides without cutting a key message or losing a
// word of the notes, and a clear error for text no slide can hold.
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build/index.js';
import { buildInMemory } from '../helpers/outputs.js';
import { isLecternError, LecternError, splitErrors } from '../../src/errors.js';
import { fontCacheDir } from '../../src/fit/index.js';
import { slideMessagesMax, slideSplitScale } from '../../src/fit/layout.js';
import { createMeasurer } from '../../src/fit/measure.js';
import { deckTexts, fitDeck, slideFloorScale } from '../../src/fit/slides.js';
import { planDeck, type Deck } from '../../src/plan/deck.js';
import type { OutputFile } from '../../src/render/output.js';
import { parseDocument, texts } from '../helpers/html.js';
import { createProject, fixtureProject, lineOf, shippedSource, shippedWith } from '../helpers/project.js';

function textOf(files: readonly OutputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file || !('contents' in file) || typeof file.contents !== 'string') throw new Error(`no ${path}`);
  return file.contents;
}

describe('a point too long for one slide', () => {
  test('is split over continuation slides, each key message whole, the notes divided by paragraph and none lost', async () => {
    const project = fixtureProject('stress-six-messages');
    try {
      const result = await buildInMemory(project.config());
      const { deck, statement } = result.plans[0]!;
      const point = statement.points[1]!;
      const slides = deck.slides.filter((slide) => slide.id.startsWith('point-2'));
      expect(slides.map((slide) => slide.id)).toEqual(['point-2', 'point-2-2']);
      expect(slides.map((slide) => slide.marker)).toEqual(['Point 2 of 2', 'Point 2 of 2, continued']);
      expect(slides.map((slide) => slide.continuation)).toEqual([
        { index: 1, of: 2 },
        { index: 2, of: 2 },
      ]);
      expect(slides.every((slide) => slide.headline === point.headline.text)).toBe(true);
      expect(slides.flatMap((slide) => slide.keyMessages)).toEqual(point.keyMessages.map((message) => message.text));
      expect(slides.every((slide) => slide.keyMessages.length >= 2)).toBe(true);
      expect(slides.flatMap((slide) => slide.notes)).toEqual(point.paragraphs.map((paragraph) => paragraph.text));
      expect(slides.every((slide) => slide.notes.length > 0)).toBe(true);
      // Each slide is as large as the floor allows, and never below it.
      const floor = slideFloorScale(result.plans[0]!.theme);
      expect(slides.every((slide) => slide.scale >= floor && slide.scale <= 1)).toBe(true);
      // The point's speaking time is shared out over its slides.
      const whole = deck.slides.find((slide) => slide.id === 'point-1')!;
      expect(whole.timing).toBeGreaterThan(0);
      expect(slides.reduce((sum, slide) => sum + slide.timing, 0)).toBeGreaterThan(0);

      const html = parseDocument(textOf(result.output.statements.get(statement.slug)!, `${statement.slug}/deck.html`));
      expect(texts(html, '#point-2-2 .marker')).toEqual(['Point 2 of 2, continued']);
      expect(texts(html, '#point-2-2 .messages li')).toEqual(slides[1]!.keyMessages);
      for (const slide of slides) {
        const section = html.querySelector(`#${slide.id}`)!;
        expect(section.getAttribute('data-timing')).toBe(String(slide.timing));
        expect(section.getAttribute('style')).toBe(slide.scale < 1 ? `--lectern-fit: ${slide.scale}` : null);
      }
    } finally {
      project.remove();
    }
  });

  test('splits in the projector theme too, where the floor would have let it shrink, and Marp gets each slide’s scale from a number-only style', async () => {
    const project = fixtureProject('stress-six-messages');
    try {
      const result = await buildInMemory(project.config({ theme: 'projector' }));
      const { deck, statement } = result.plans[0]!;
      const slides = deck.slides.filter((slide) => slide.id.startsWith('point-2'));
      expect(slides.map((slide) => slide.continuation)).toEqual([
        { index: 1, of: 2 },
        { index: 2, of: 2 },
      ]);
      expect(slides.every((slide) => slide.scale >= slideSplitScale && slide.scale < 1)).toBe(true);
      const markdown = textOf(result.output.statements.get(statement.slug)!, `${statement.slug}/deck.md`);
      const styles = markdown.match(/<style scoped>.*<\/style>/g) ?? [];
      expect(styles).toEqual(slides.map((slide) => `<style scoped>section { --lectern-fit: ${slide.scale}; }</style>`));
    } finally {
      project.remove();
    }
  });
});

describe('one fitting policy in every theme', () => {
  const themes = ['institutional', 'projector', 'print'] as const;

  test('a point with ten key messages becomes the same slides in each theme: two of five, at the same size', async () => {
    const decks = [];
    for (const theme of themes) {
      const project = fixtureProject('stress-ten-messages');
      try {
        decks.push((await buildInMemory(project.config({ theme }))).plans[0]!.deck);
      } finally {
        project.remove();
      }
    }
    const shape = (deck: Deck) => deck.slides.map((slide) => [slide.id, slide.marker, slide.keyMessages.length, slide.continuation]);
    const [institutional, ...others] = decks;
    expect(shape(institutional!).filter(([id]) => String(id).startsWith('point-2'))).toEqual([
      ['point-2', 'Point 2 of 2', 5, { index: 1, of: 2 }],
      ['point-2-2', 'Point 2 of 2, continued', 5, { index: 2, of: 2 }],
    ]);
    for (const deck of others) {
      expect(shape(deck)).toEqual(shape(institutional!));
      deck.slides.forEach((slide, index) => expect(Math.abs(slide.scale - institutional!.slides[index]!.scale)).toBeLessThanOrEqual(0.02));
    }
  });

  test('a split point’s notes go with the slides that show what they talk about, and its time adds up', async () => {
    const project = fixtureProject('stress-ten-messages');
    try {
      const { deck, statement } = (await buildInMemory(project.config())).plans[0]!;
      const paragraphs = statement.points[1]!.paragraphs.map((paragraph) => paragraph.text);
      const slides = deck.slides.filter((slide) => slide.id.startsWith('point-2'));
      // The first two paragraphs open the point and speak of the first five commitments; the last two of the rest.
      expect(slides.map((slide) => slide.notes)).toEqual([paragraphs.slice(0, 2), paragraphs.slice(2)]);
      const planned = planDeck(statement).slides.find((slide) => slide.id === 'point-2')!;
      expect(slides.reduce((sum, slide) => sum + slide.timing, 0)).toBe(planned.timing);
    } finally {
      project.remove();
    }
  });

  const fixtures = [
    'stress-ten-messages',
    'stress-six-messages',
    'stress-long-headline',
    'stress-long-word',
    'stress-long-url',
    'stress-emoji',
    'stress-arabic',
  ];
  test.each(themes)(
    'in the %s theme, no slide shows more than five key messages, or shrinks below 85% unless a key message of its own needs it even alone',
    async (theme) => {
      const below: string[] = [];
      for (const name of fixtures) {
        const project = fixtureProject(name);
        try {
          const config = project.config({ theme });
          const { deck, theme: resolved, statement } = (await buildInMemory(config)).plans[0]!;
          const floor = slideFloorScale(resolved);
          const measurer = await createMeasurer(resolved, deckTexts(deck), { cacheDir: fontCacheDir(config) });
          for (const slide of deck.slides.filter((slide) => slide.kind !== 'title' && slide.kind !== 'closing')) {
            expect(slide.keyMessages.length, `${name} ${slide.id}`).toBeLessThanOrEqual(slideMessagesMax);
            expect(slide.scale, `${name} ${slide.id}`).toBeGreaterThanOrEqual(floor);
            if (slide.scale >= slideSplitScale) continue;
            // Each of its key messages on a slide of its own, under the same headline and marker.
            const alone = fitDeck(
              { ...deck, slides: slide.keyMessages.map((message) => ({ ...slide, keyMessages: [message] })) },
              resolved,
              measurer,
              statement.file,
            );
            const needs = Math.min(...alone.deck.slides.map((single) => single.scale));
            expect(needs, `${name} ${slide.id}`).toBeLessThan(slideSplitScale);
            expect(slide.scale, `${name} ${slide.id}: shrunk further than its longest key message needs alone`).toBeGreaterThanOrEqual(needs);
            below.push(`${name} ${slide.id}`);
          }
        } finally {
          project.remove();
        }
      }
      // The long headline leaves little room under it, on any slide: only its point goes below 85%.
      expect(below.every((slide) => slide.startsWith('stress-long-headline point-1'))).toBe(true);
    },
  );
});

describe('text no slide can hold', () => {
  const huge = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

  test('a headline too long even alone at the smallest type fails the build at its line, and writes nothing', async () => {
    const source = shippedWith((text) => text.replace('## Regional action against trafficking and smuggling', `## ${huge(400)}`));
    const project = createProject({ 'content/iom.md': source });
    try {
      const error = await build(project.config()).catch((caught: unknown) => caught);
      expect(isLecternError(error)).toBe(true);
      const [first] = splitErrors(error as LecternError);
      expect(first!.format()).toBe(
        `content/iom.md:${lineOf(source, '## word0 ')}: the headline is too long to fit on a slide even at the smallest type; shorten it: a headline says the point in about 8 words`,
      );
      expect(() => project.read('dist/index.html')).toThrow();
    } finally {
      project.remove();
    }
  });

  test('a key message too long for a slide under its headline fails at the key message’s line', async () => {
    const source = shippedWith((text) => text.replace('- Criminal groups use new technologies and hard-to-trace horizontal networks', `- ${huge(300)}`));
    const project = createProject({ 'content/iom.md': source });
    try {
      const error = await buildInMemory(project.config()).catch((caught: unknown) => caught);
      expect((error as LecternError).format()).toMatch(
        new RegExp(`^content/iom\\.md:${lineOf(source, '- word0 ')}: the key message is too long to fit on a slide`),
      );
    } finally {
      project.remove();
    }
  });

  test('a short closing of very long words becomes "Thank you" on its slide, and stays whole in the notes', async () => {
    const closing = Array.from({ length: 6 }, () => 'x'.repeat(160)).join(' ');
    const source = shippedWith((text) => text.replace('I thank you.', closing));
    const project = createProject({ 'content/iom.md': source });
    try {
      const result = await buildInMemory(project.config());
      const slide = result.plans[0]!.deck.slides.at(-1)!;
      expect(slide.headline).toBe('Thank you');
      expect(slide.notes).toEqual([closing]);
    } finally {
      project.remove();
    }
  });
});

describe('the title slide', () => {
  test('shrinks a long title and panel, never below the floor', async () => {
    const project = fixtureProject('stress-long-headline');
    try {
      const result = await buildInMemory(project.config());
      const title = result.plans[0]!.deck.slides[0]!;
      expect(title.scale).toBeLessThan(1);
      expect(title.scale).toBeGreaterThanOrEqual(slideFloorScale(result.plans[0]!.theme));
    } finally {
      project.remove();
    }
  });
});

test('the shipped statement keeps the full text of each part in its slide’s notes, with a timing from its words', async () => {
  const project = createProject({ 'content/iom.md': shippedSource });
  try {
    const { deck, statement } = (await buildInMemory(project.config())).plans[0]!;
    const point = deck.slides.find((slide) => slide.id === 'point-1')!;
    expect(point.notes).toEqual(statement.points[0]!.paragraphs.map((paragraph) => paragraph.text));
    // 95 words at 130 a minute.
    expect(point.timing).toBe(44);
  } finally {
    project.remove();
  }
});
