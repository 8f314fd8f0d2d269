import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';
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
  it('heads the page with the metadata, the title and one line on the occasion', () => {
    const header = document.querySelector('.meta-header')!;
    expect(normalize(header.querySelector('h1')!.textContent!)).toBe(
      'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses',
    );
    expect(normalize(header.querySelector('.meta-header__event')!.textContent!)).toMatch(
      /^High-Level Thematic Debate of the General Assembly · Interactive Panel Discussion: /,
    );
    expect(normalize(header.querySelector('.meta-header__occasion')!.textContent!)).toBe(
      'International Organization for Migration (IOM): statement at the High-Level Thematic Debate of the General Assembly',
    );
    expect(texts(header, 'dd')).toEqual([
      'Kieran Gorman-Best, Senior Policy and Liaison Officer',
      'Trusteeship Council, UNHQ New York',
      'June 6, 2019, 11:15 am – 1:00 pm',
    ]);
  });

  it("lists each point's headline and key messages, numbered", () => {
    expect(texts(document, '.briefing__point > h2')).toEqual([
      'Regional action against trafficking and smuggling',
      'Border management against terrorism and organized crime',
      'Migration law capacity that protects human rights',
    ]);
    expect(texts(document, '.briefing__point:nth-child(3) li')).toEqual([
      'Help all countries build capacity in international migration law',
      'Migration systems should protect migrants’ rights, whatever their status',
      'Victims of transnational crime need cross-border remedies of justice',
      'Regional agreements can improve migrants’ access to justice',
    ]);
  });

  it("states the conclusion's ask, and who delivers the statement, where and when", () => {
    expect(normalize(document.querySelector('.briefing__ask')!.textContent!)).toMatch(
      /^The ask IOM stands ready to unite regional efforts Regional organizations bring/,
    );
    expect(normalize(document.querySelector('.briefing__footer p')!.textContent!)).toBe(
      'Delivered by Kieran Gorman-Best, Senior Policy and Liaison Officer, International Organization for Migration (IOM) · Trusteeship Council, UNHQ New York · June 6, 2019, 11:15 am – 1:00 pm',
    );
    expect(normalize(document.querySelector('.briefing__delivery')!.textContent!)).toBe('Delivery: about 4 minutes');
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
    expect(links).toEqual([
      ['Slides (reveal.js)', `${slug}/deck.html`],
      ['Slides (Marp)', `${slug}/deck.marp.html`],
      ['Marp Markdown', `${slug}/deck.md`],
      ['Briefing', `${slug}/briefing.html`],
      ['Handout', `${slug}/handout.html`],
    ]);
  });
});
