// The content file import writes: it reads back word for word, and it builds.
import { describe, expect, it } from 'vitest';
import { buildInMemory } from '../helpers/outputs.js';
import { parseStatement } from '../../src/content/parse.js';
import { asText, writeContentFile, type ImportedStatement } from '../../src/import/write.js';
import { createProject, seedText } from '../helpers/project.js';
import { importStatement } from '../../src/import/import.js';
import { importFixture, plain } from './fixtures.js';

const part = (paragraphs: string[], headline = 'A headline', keyMessages = ['A key message']) => ({
  paragraphs,
  draft: { headline, keyMessages },
  headlineFromText: false,
});

const statement = (overrides: Partial<ImportedStatement> = {}): ImportedStatement => ({
  fields: { title: 'T', event: 'E', organization: 'O', speaker: 'S', date: '2024-01-31' },
  lang: 'en',
  salutation: ['Mr. President,'],
  introduction: part(['Opening.']),
  points: [part(['First, a point.'])],
  conclusion: part(['In conclusion, an ask.']),
  closing: ['Thank you.'],
  unusedHeaderLines: [],
  ...overrides,
});

describe('writeContentFile', () => {
  const markdownLike = [
    '1. A numbered paragraph.',
    '2) Another.',
    '- A line that starts like a list item.',
    '* Another.',
    '+ And another.',
    '# Not a heading.',
    '### Nor this.',
    '> Not a quotation.',
    '```not a fence',
    '~~~ nor this',
    '<!-- not a comment to hide -->',
    '1.',
    '#',
    'Plain text with <b>tags</b>, & {{ braces }} and * stars *.',
  ];

  it('keeps every paragraph a paragraph, whatever it starts with, and shows it as it was', () => {
    const content = writeContentFile(statement({ introduction: part(markdownLike), closing: ['- Thank you.'] }));
    const parsed = parseStatement(content, 'content/x.md');
    expect(parsed.introduction.paragraphs.map((p) => plain(p.text))).toEqual(markdownLike);
    expect(parsed.closing.paragraphs.map((p) => plain(p.text))).toEqual(['- Thank you.']);
  });

  it('keeps key messages and headlines that start like Markdown as text', () => {
    const content = writeContentFile(statement({ points: [part(['Text.'], '# Headline', ['1. One', '- Two'])] }));
    const parsed = parseStatement(content, 'content/x.md');
    expect(parsed.points[0]!.keyMessages.map((m) => plain(m.text))).toEqual(['1. One', '- Two']);
    expect(parsed.points[0]!.headline.text).toBe('# Headline');
  });

  it('quotes front matter values that YAML would misread', () => {
    const content = writeContentFile(statement({ fields: { ...statement().fields, title: 'Panel: "quoted" # not a comment', event: '- a list?' } }));
    expect(parseStatement(content, 'content/x.md').meta).toMatchObject({ title: 'Panel: "quoted" # not a comment', event: '- a list?' });
  });

  it('writes a missing field as a note; the file builds without it, and check lists it', () => {
    const { speaker: _, ...fields } = statement().fields;
    const content = writeContentFile(statement({ fields }));
    expect(content).toContain('# speaker: not found in the text; add who delivers it, e.g. speaker: Kieran Gorman-Best');
    const parsed = parseStatement(content, 'content/x.md');
    expect(parsed.meta.speaker).toBeUndefined();
    expect(parsed.missing).toEqual(['speaker']);
  });

  it('lists header lines it did not place in a note no output shows, which cannot end early', () => {
    const content = writeContentFile(statement({ unusedHeaderLines: ['Check against delivery', 'a --> b'] }));
    expect(content).toContain(
      '<!-- lectern import did not place these lines of the header; copy what you need into the fields above: "Check against delivery" / "a -- > b" -->',
    );
    expect(parseStatement(content, 'content/x.md').introduction.paragraphs.map((p) => p.text)).toEqual(['Opening.']);
  });

  it('asText changes nothing in ordinary text', () => {
    for (const text of ['First, a point.', 'I thank you.', '2019 was a year.', '-5 degrees', '#hashtag', '1.5 million people']) {
      expect(asText(text)).toBe(text);
    }
  });
});

describe('an imported file builds with no edits', () => {
  it.each([
    ['the seed', () => importStatement(Buffer.from(seedText), 'statement.txt').content],
    ['the Arabic statement', () => importFixture('ar.txt').content],
    ['the numbered list', () => importFixture('numbered.txt').content],
  ])('%s', async (_, content) => {
    const project = createProject({ 'content/imported.md': content() });
    try {
      const result = await buildInMemory(project.config());
      const files = result.output.statements.get('imported')!.map((file) => file.path);
      expect(files).toEqual(expect.arrayContaining(['imported/deck.html', 'imported/briefing.html']));
      expect(result.plans[0]!.deck.slides.length).toBeGreaterThan(3);
    } finally {
      project.remove();
    }
  });
});
