// What the header leaves out, every output leaves out: no "undefined", no label without its value, no separator left
// hanging (" · ", ", ", ": "), in the HTML pages, the Marp Markdown, notes.txt, deck.pptx and briefing.docx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../helpers/html.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { createProject, fixturesDir, type TestProject } from '../helpers/project.js';
import { bytesOf, part, paragraphs, unzip } from './office/read.js';

const body = readFileSync(path.join(fixturesDir, 'body-only', 'statement.md'), 'utf8');

/** Header cases: none at all, and a few fields whose neighbours are missing. */
const headers: Record<string, string> = {
  bare: '',
  'venue-only': '---\nvenue: Palais des Nations, Geneva\n---\n',
  'organization-and-date': '---\norganization: IOM\ndate: 2019-06-06\nlang: fr\n---\n',
  'speaker-and-panel': '---\nspeaker: Ana Ruiz\npanel: Round table 2\nlang: ar\n---\n',
};

const htmlPages = ['deck.html', 'deck.marp.html', 'briefing.html', 'handout.html', 'reading.html', 'interpreters.html'];

/** A line of text that shows a missing field: "undefined", a separator at either end, or two in a row. */
function problemsIn(lines: readonly string[]): string[] {
  const dangling = /^\s*(?:[·,،:]|—)\s|\s(?:[·،]|—)\s*$|[,:]\s*$|[·,،]\s*[·,،]|\(\s*\)/u;
  return lines.filter((line) => /undefined|null|NaN/u.test(line) || (line.trim() !== '' && dangling.test(line)));
}

/** Each element's own lines of text, and every label (`dt`, "Delivered by") without a value. */
function htmlProblems(html: string): string[] {
  const document = parseDocument(html);
  const problems: string[] = [];
  // A label ("Date:") ends with its colon: it must have a value beside it.
  for (const term of document.querySelectorAll('dt')) {
    const value = term.nextElementSibling;
    if (value?.tagName !== 'DD' || (value.textContent ?? '').trim() === '') problems.push(`"${term.textContent}" without a value`);
  }
  for (const element of document.querySelectorAll('p, h1, h2, dd, li, footer, title, time')) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' && element.tagName !== 'LI') problems.push(`empty <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`);
    problems.push(...problemsIn([text]));
  }
  for (const meta of document.querySelectorAll('meta[name]')) {
    const content = meta.getAttribute('content') ?? '';
    if (content.trim() === '') problems.push(`empty <meta name="${meta.getAttribute('name')}">`);
    problems.push(...problemsIn([content]));
  }
  for (const time of document.querySelectorAll('time')) if (!time.getAttribute('datetime')) problems.push('<time> without a date');
  return problems;
}

let project: TestProject;
let built: BuiltOutputs;

beforeAll(async () => {
  project = createProject(Object.fromEntries(Object.entries(headers).map(([name, header]) => [`content/${name}.md`, header + body])));
  built = await buildOutputs(project);
}, 120_000);
afterAll(() => project.remove());

describe.each(Object.keys(headers))('a statement whose header is %s', (slug) => {
  it.each(htmlPages)('%s shows no missing field', (page) => {
    expect(htmlProblems(built.text(`${slug}/${page}`))).toEqual([]);
  });

  it('deck.md and notes.txt show no missing field', () => {
    expect(
      problemsIn(
        built
          .text(`${slug}/deck.md`)
          .split('\n')
          .filter((line) => !line.startsWith('<!--')),
      ),
    ).toEqual([]);
    expect(problemsIn(built.text(`${slug}/notes.txt`).split('\n'))).toEqual([]);
  });

  it('deck.pptx and briefing.docx show no missing field', () => {
    const deck = unzip(bytesOf(built, `${slug}/deck.pptx`));
    const slides = [...deck.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides.length).toBeGreaterThan(0);
    for (const name of slides) expect(problemsIn(paragraphs(part(deck, name))), name).toEqual([]);
    const briefing = unzip(bytesOf(built, `${slug}/briefing.docx`));
    const words = [...part(briefing, 'word/document.xml').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''),
    );
    expect(problemsIn(words)).toEqual([]);
    for (const xml of [part(deck, 'docProps/core.xml'), part(briefing, 'docProps/core.xml')]) {
      expect(xml).not.toMatch(/undefined|<dc:creator><\/dc:creator>|<dc:subject><\/dc:subject>/);
    }
  });
});

describe('the index of statements whose headers lack fields', () => {
  it('lists each with what its header gives, and nothing for what it lacks', () => {
    const document = parseDocument(built.text('index.html'));
    const lines = [...document.querySelectorAll('.statement__meta')].map((p) => (p.textContent ?? '').trim());
    expect(lines).toEqual(['IOM · 6 juin 2019', 'Ana Ruiz']);
    expect(htmlProblems(built.text('index.html'))).toEqual([]);
  });

  it('shows the outputs what the header gives: the venue alone, the speaker alone', () => {
    const venue = parseDocument(built.text('venue-only/deck.html'));
    expect(venue.querySelector('.slide--title .occasion')?.textContent).toBe('Palais des Nations, Geneva');
    expect(venue.querySelector('.slide--title .speaker')).toBeNull();
    expect(venue.querySelector('.slide--title .marker')).toBeNull();
    const reading = parseDocument(built.text('speaker-and-panel/reading.html'));
    expect(reading.querySelector('.delivery__speaker')?.textContent).toBe('Ana Ruiz');
    expect(reading.querySelector('.delivery__event')?.textContent).toBe('Round table 2');
  });
});
