import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, seedParagraphs, shippedSource, type TestProject } from '../helpers/project.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';

const slug = 'iom-crime-prevention-2019';
let project: TestProject;
let outputs: BuiltOutputs;
let document: Document;

beforeAll(async () => {
  project = createProject({ [`content/${slug}.md`]: shippedSource });
  outputs = await buildOutputs(project);
  document = parseDocument(outputs.text(`${slug}/deck.html`));
});
afterAll(() => project.remove());

describe('deck.html, the reveal.js deck of the shipped statement', () => {
  it('has a title slide, the introduction, three points, the conclusion and the closing', () => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    expect(slides.map((slide) => slide.getAttribute('data-kind'))).toEqual(['title', 'introduction', 'point', 'point', 'point', 'conclusion', 'closing']);
    expect(slides.map((slide) => slide.id)).toEqual(['title', 'introduction', 'point-1', 'point-2', 'point-3', 'conclusion', 'closing']);
  });

  it('shows the metadata on the title slide', () => {
    const title = document.querySelector('#title')!;
    const text = normalize(title.querySelector('.frame')!.textContent ?? '');
    expect(title.querySelector('h1')?.textContent).toBe(
      'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses',
    );
    for (const fact of [
      'High-Level Thematic Debate of the General Assembly',
      'Kieran Gorman-Best',
      'Senior Policy and Liaison Officer',
      'International Organization for Migration (IOM)',
      'Trusteeship Council, UNHQ New York',
      'June 6, 2019, 11:15 am – 1:00 pm',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('marks each point "Point n of 3" and shows its headline and key messages, never a paragraph', () => {
    expect(texts(document, 'section[data-kind="point"] .marker')).toEqual(['Point 1 of 3', 'Point 2 of 3', 'Point 3 of 3']);
    expect(texts(document, 'section[data-kind="point"] .headline')).toEqual([
      'Regional action against trafficking and smuggling',
      'Border management against terrorism and organized crime',
      'Migration law capacity that protects human rights',
    ]);
    expect(texts(document, '#point-3 .messages li')).toHaveLength(4);
    for (const message of texts(document, '.frame li')) expect(message.split(' ').length).toBeLessThanOrEqual(15);
    // The longest line on any slide is the title slide's panel (29 words); no paragraph of the statement (60+) appears.
    for (const element of document.querySelectorAll('.frame *')) {
      if (element.children.length === 0) expect(normalize(element.textContent ?? '').split(' ').length).toBeLessThan(35);
    }
  });

  it('puts the full text of every part, word for word, in the speaker notes', () => {
    const notes = [...document.querySelectorAll('aside.notes')].flatMap((aside) => [...aside.querySelectorAll('p')].map((p) => p.textContent));
    const seed = seedParagraphs();
    expect(notes).toEqual(seed.slice(seed.indexOf('Excellencies, distinguished delegates, ladies and gentlemen,')));
    expect(document.querySelector('#point-2 aside.notes')!.textContent).toMatch(/^Second, comprehensive efforts to combat terrorism/);
  });

  it('sets the language and direction, and loads reveal.js, its notes plugin and the theme from dist/', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual(['../_assets/reveal/reveal.js', '../_assets/reveal/plugin/notes.js', '../_assets/lectern/deck.js']);
    expect(document.querySelector('link[data-lectern-theme]')?.getAttribute('href')).toBe('../_assets/themes/institutional.css');
    for (const script of document.querySelectorAll('script')) expect(script.textContent).toBe('');
  });

  it('turns on slide numbers, the progress bar and the speaker notes plugin', () => {
    const init = outputs.text('_assets/lectern/deck.js');
    expect(init).toMatch(/slideNumber: 'c\/t'/);
    expect(init).toMatch(/progress: true/);
    expect(init).toMatch(/plugins: \[RevealNotes\]/);
    expect(init).toMatch(/rtl: document\.documentElement\.dir === 'rtl'/);
  });

  it('uses a different theme when --theme says so', async () => {
    const other = await buildOutputs(project, { theme: 'projector' });
    const deck = parseDocument(other.text(`${slug}/deck.html`));
    expect(deck.querySelector('link[data-lectern-theme]')?.getAttribute('href')).toBe('../_assets/themes/projector.css');
    expect(other.text('_assets/themes/projector.css')).toMatch(/--lectern-background: #0b0f14;/);
  });
});
