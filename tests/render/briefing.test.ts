import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProject, fixturesDir, shippedSource, type TestProject } from '../helpers/project.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';

const slug = 'iom-crime-prevention-2019';
let project: TestProject;
let outputs: BuiltOutputs;
let document: Document;

beforeAll(async () => {
  project = createProject({ [`content/${slug}.md`]: shippedSource, 'content/second.md': shippedSource.replace(/^date: .*$/m, 'date: 2020-01-15') });
  outputs = await buildOutputs(project);
  document = parseDocument(outputs.text(`${slug}/briefing.html`));
});
afterAll(() => project.remove());

describe('briefing.html', () => {
  it('heads the page with the event, the title, and who delivers it, where and when', () => {
    const header = document.querySelector('.meta-header')!;
    expect(normalize(header.querySelector('h1')!.textContent!)).toBe(
      'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses',
    );
    expect(normalize(header.querySelector('.meta-header__event')!.textContent!)).toMatch(
      /^High-Level Thematic Debate of the General Assembly · Interactive Panel Discussion: /,
    );
    expect(texts(header, 'dt')).toEqual(['Delivered by:', 'Venue:', 'Date:']);
    expect(texts(header, 'dd')).toEqual([
      'Kieran Gorman-Best, Senior Policy and Liaison Officer, International Organization for Migration (IOM)',
      'Trusteeship Council, UNHQ New York',
      'June 6, 2019, 11:15 am – 1:00 pm',
    ]);
  });

  it('says each fact once: the speaker, the organization, the venue, the date and the event', () => {
    const page = normalize(document.querySelector('.briefing')!.textContent!);
    const times = (text: string) => page.split(text).length - 1;
    for (const fact of [
      'Kieran Gorman-Best',
      'Senior Policy and Liaison Officer',
      'International Organization for Migration',
      'Trusteeship Council',
      'June 6, 2019',
      '11:15 am',
      'High-Level Thematic Debate',
    ]) {
      expect(times(fact), fact).toBe(1);
    }
  });

  it('labels the introduction, as it labels the ask, in the statement’s language', async () => {
    expect(texts(document, '.briefing__label')).toEqual(['Introduction', 'The ask']);
    const arabic = createProject({ 'content/ar.md': readFileSync(path.join(fixturesDir, 'arabic/content/arabic-statement.md'), 'utf8') });
    try {
      const built = parseDocument((await buildOutputs(arabic)).text('ar/briefing.html'));
      expect(texts(built, '.briefing__label')).toEqual(['مقدمة', 'المطلوب']);
      expect(texts(built, 'dt')).toEqual(['يلقيه:', 'المكان:', 'التاريخ:']);
      expect(normalize(built.querySelector('.briefing__delivery')!.textContent!)).toBe('مدة الإلقاء: دقيقة واحدة تقريباً');
    } finally {
      arabic.remove();
    }
  });

  it("states the conclusion's ask, and how long the statement takes to deliver", () => {
    expect(normalize(document.querySelector('.briefing__ask')!.textContent!)).toMatch(
      /^The ask IOM stands ready to unite regional efforts Regional organizations bring/,
    );
    expect(normalize(document.querySelector('.briefing__footer')!.textContent!)).toBe('Delivery: about 4 minutes');
  });

  it('prints on A4 and US Letter: no fixed paper size, margins within both', () => {
    const css = outputs.text('_assets/lectern/briefing.css');
    expect(css).toMatch(/@page\s*{\s*margin: 14mm 16mm;\s*}/);
    expect(css).not.toMatch(/size:\s*(A4|letter)/i);
    expect(css).toMatch(/@media print/);
  });
});

describe('dist/index.html', () => {
  it('lists every statement, newest first, with a link to each output', () => {
    const index = parseDocument(outputs.text('index.html'));
    const statements = [...index.querySelectorAll('.statement')];
    expect(statements.map((s) => s.getAttribute('data-slug'))).toEqual(['second', slug]);
    const links = [...statements[1]!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    // The deck (as slides, and as one page to read), Marp, briefing and handout come first; the outputs added since
    // follow them.
    expect(links.slice(0, 6)).toEqual([
      ['Slides (reveal.js)', `${slug}/deck.html`],
      ['Slides and notes (one page)', `${slug}/deck.html?view=scroll`],
      ['Slides (Marp)', `${slug}/deck.marp.html`],
      ['Marp Markdown', `${slug}/deck.md`],
      ['Briefing', `${slug}/briefing.html`],
      ['Handout', `${slug}/handout.html`],
    ]);
  });
});
