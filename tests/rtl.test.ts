// A right-to-left statement: dir="rtl" in every output, the Arabic text byte for byte.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../src/content/parse.js';
import { buildOutputs, type BuiltOutputs } from './helpers/outputs.js';
import { parseDocument, texts } from './helpers/html.js';
import { fixtureProject, fixturesDir, type TestProject } from './helpers/project.js';

const file = path.join(fixturesDir, 'arabic', 'content', 'arabic-statement.md');
const source = readFileSync(file, 'utf8');
const statement = parseStatement(source, 'content/arabic-statement.md');
let project: TestProject;
let outputs: BuiltOutputs;

beforeAll(async () => {
  project = fixtureProject('arabic');
  outputs = await buildOutputs(project);
});
afterAll(() => project.remove());

describe('an Arabic statement', () => {
  it('is right-to-left from its language tag alone', () => {
    expect(statement.meta.lang).toBe('ar');
    expect(statement.meta.dir).toBe('rtl');
  });

  it.each(['arabic-statement/deck.html', 'arabic-statement/deck.marp.html', 'arabic-statement/briefing.html'])('%s is lang="ar" dir="rtl"', (page) => {
    const document = parseDocument(outputs.text(page));
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('marks every Marp slide right-to-left, in deck.md and in its HTML', () => {
    expect(outputs.text('arabic-statement/deck.md')).toMatch(/^class: rtl$/m);
    const sections = parseDocument(outputs.text('arabic-statement/deck.marp.html')).querySelectorAll('section');
    expect(sections.length).toBe(6);
    for (const section of sections) expect(section.getAttribute('class')).toMatch(/\brtl\b/);
  });

  it('lists the statement right-to-left in the index', () => {
    const index = parseDocument(outputs.text('index.html'));
    expect(index.querySelector('.statement__title')?.getAttribute('dir')).toBe('rtl');
  });

  it('keeps the Arabic text byte for byte: headlines, key messages and notes', () => {
    const deck = parseDocument(outputs.text('arabic-statement/deck.html'));
    const expectedHeadlines = [statement.introduction, ...statement.points, statement.conclusion].map((part) => part.headline.text);
    expect(texts(deck, 'section:not(#title):not(#closing) .headline')).toEqual(expectedHeadlines);
    const notes = [...deck.querySelectorAll('aside.notes p')].map((p) => p.textContent);
    const paragraphs = [statement.salutation, statement.introduction, ...statement.points, statement.conclusion, statement.closing].flatMap((part) =>
      part.paragraphs.map((p) => p.text),
    );
    expect(notes).toEqual(paragraphs);
    for (const paragraph of paragraphs) {
      expect(Buffer.from(paragraph).equals(Buffer.from(source.split('\n').find((line) => line === paragraph)!))).toBe(true);
    }
    const briefing = outputs.text('arabic-statement/briefing.html');
    for (const part of statement.points) for (const message of part.keyMessages) expect(briefing).toContain(message.text);
  });

  it('uses Arabic words for what Lectern adds, and the bundled Arabic font', () => {
    const deck = parseDocument(outputs.text('arabic-statement/deck.html'));
    expect(texts(deck, 'section[data-kind="point"] .marker')).toEqual(['النقطة 1 من 2', 'النقطة 2 من 2']);
    expect(outputs.text('_assets/themes/institutional.css')).toMatch(/font-family: "Vazirmatn";[\s\S]*vazirmatn-arabic-400-normal\.woff2/);
    expect(outputs.paths()).toContain('_assets/fonts/vazirmatn-arabic-700-normal.woff2');
  });
});
