import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/content/parse.js';
import { LecternError, LecternErrors } from '../../src/errors.js';
import { fullText, seedParagraphs, shippedSource } from '../helpers/project.js';

const file = 'content/iom-crime-prevention-2019.md';

describe('the shipped statement', () => {
  const statement = parseStatement(shippedSource, file);
  const seed = seedParagraphs();

  it('has every metadata field the seed gives', () => {
    expect(statement.meta).toEqual({
      title: 'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses',
      event: 'High-Level Thematic Debate of the General Assembly',
      panel:
        'Interactive Panel Discussion: Enhancing the strategic relationship between the UN and regional organizations in Crime Prevention and Criminal Justice: Challenges facing the international community',
      organization: 'International Organization for Migration (IOM)',
      speaker: 'Kieran Gorman-Best',
      role: 'Senior Policy and Liaison Officer',
      venue: 'Trusteeship Council, UNHQ New York',
      date: '2019-06-06',
      time: '11:15 am – 1:00 pm',
      published: '2019-06-07',
      lang: 'en',
      dir: 'ltr',
    });
    expect(statement.theme).toBe('institutional');
    expect(statement.slug).toBe('iom-crime-prevention-2019');
  });

  it('keeps the text of every part word for word', () => {
    const parts = [statement.salutation, statement.introduction, ...statement.points, statement.conclusion, statement.closing];
    const paragraphs = parts.flatMap((part) => part.paragraphs.map((p) => p.text));
    const body = seed.slice(seed.indexOf('Excellencies, distinguished delegates, ladies and gentlemen,'));
    expect(paragraphs).toEqual(body);
    expect(fullText(statement.points[1]!)).toMatch(/^Second, comprehensive efforts/);
    expect(fullText(statement.closing)).toBe('I thank you.');
  });

  it('has three points, each with a short headline and 2–4 short key messages', () => {
    expect(statement.points).toHaveLength(3);
    for (const part of [statement.introduction, ...statement.points, statement.conclusion]) {
      expect(part.headline.text.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(part.keyMessages.length).toBeGreaterThanOrEqual(2);
      expect(part.keyMessages.length).toBeLessThanOrEqual(4);
      for (const message of part.keyMessages) expect(message.text.split(/\s+/).length).toBeLessThanOrEqual(15);
    }
  });

  it('knows the line of every headline and key message', () => {
    const lines = shippedSource.split('\n');
    for (const point of statement.points) {
      expect(lines[point.headline.line - 1]).toBe(`## ${point.headline.text}`);
      for (const message of point.keyMessages) expect(lines[message.line - 1]).toBe(`- ${message.text}`);
    }
  });
});

describe('statements of other shapes', () => {
  const minimal = (points: string) => `---
title: T
event: E
organization: O
speaker: S
date: 2024-01-31
---

# Introduction

## Intro
- one

Opening.

# Points
${points}
# Conclusion

## Ask
- ask

In conclusion.
`;

  it('accepts one point, no salutation and no closing', () => {
    const statement = parseStatement(minimal('\n## Only\n- a\n- b\n\nFirst.\n'), 'content/one.md');
    expect(statement.points).toHaveLength(1);
    expect(statement.salutation.paragraphs).toEqual([]);
    expect(statement.closing.paragraphs).toEqual([]);
    expect(statement.meta.lang).toBe('en');
  });

  it('accepts six points, and a point that runs over several paragraphs', () => {
    const points = Array.from({ length: 6 }, (_, i) => `\n## P${i + 1}\n- a\n- b\n\nText ${i + 1}.\n\nMore ${i + 1}.\n`).join('');
    const statement = parseStatement(minimal(points), 'content/six.md');
    expect(statement.points.map((p) => p.headline.text)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(statement.points[5]!.paragraphs.map((p) => p.text)).toEqual(['Text 6.', 'More 6.']);
  });

  it('joins a hard-wrapped paragraph back into one line', () => {
    const statement = parseStatement(minimal('\n## P\n- a\n\nFirst line\nsecond line.\n'), 'content/wrap.md');
    expect(statement.points[0]!.paragraphs[0]!.text).toBe('First line second line.');
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const source = `\uFEFF${minimal('\n## P\n- a\n\nText.\n').replace(/\n/g, '\r\n')}`;
    const statement = parseStatement(source, 'content/crlf.md');
    expect(statement.points[0]!.headline.text).toBe('P');
    expect(statement.meta.title).toBe('T');
  });

  it('reads 29 February in a leap year', () => {
    const statement = parseStatement(minimal('\n## P\n- a\n\nText.\n').replace(/date: .*/, 'date: 2024-02-29'), 'content/leap.md');
    expect(statement.meta.date).toBe('2024-02-29');
  });

  it('sets right-to-left from an Arabic language tag', () => {
    const statement = parseStatement(minimal('\n## P\n- a\n\nText.\n').replace('date:', 'lang: ar\ndate:'), 'content/ar.md');
    expect(statement.meta.dir).toBe('rtl');
  });
});

/** Parses, expecting failure, and returns every message as the user would read it. */
function problems(source: string): string[] {
  try {
    parseStatement(source, file);
  } catch (error) {
    if (error instanceof LecternErrors) return error.errors.map((e) => e.format());
    if (error instanceof LecternError) return [error.format()];
    throw error;
  }
  throw new Error('expected the statement to be rejected');
}

export { problems };

describe('author notes', () => {
  it('ignores a paragraph that is only an HTML comment, and keeps one that is not only a comment', () => {
    const source = shippedSource
      .replace('# Points\n', '# Points\n\n<!-- draft: check these headlines -->\n')
      .replace('I thank you.', '<!-- not a note --> I thank you.');
    const statement = parseStatement(source, file);
    expect(statement.points).toHaveLength(3);
    expect(statement.closing.paragraphs[0]!.text).toBe('<!-- not a note --> I thank you.');
  });
});
