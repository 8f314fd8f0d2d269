// Only the body is required: a statement without front matter, or with only some header fields, parses; a missing
// title is drafted (README, "Content format").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStatement } from '../../src/content/parse.js';
import { fixturesDir } from '../helpers/project.js';

const body = readFileSync(path.join(fixturesDir, 'body-only', 'statement.md'), 'utf8');

describe('a statement with only a body', () => {
  it('parses without front matter, every header field missing and the title drafted from the first sentence', () => {
    const statement = parseStatement(body, 'content/bare.md');
    expect(statement.missing).toEqual(['title', 'event', 'organization', 'speaker', 'date']);
    expect(statement.meta).toEqual({ title: 'Thank you for the opportunity to address this…', lang: 'en', dir: 'ltr' });
    expect(statement.draftTitle).toEqual({ text: 'Thank you for the opportunity to address this…', from: 'the first sentence' });
  });

  it('parses with empty front matter, and with only some fields', () => {
    expect(parseStatement(`---\n---\n${body}`, 'content/x.md').missing).toHaveLength(5);
    const some = parseStatement(`---\nspeaker: Ana Ruiz\nlang: es\n---\n${body}`, 'content/x.md');
    expect(some.missing).toEqual(['title', 'event', 'organization', 'date']);
    expect(some.meta).toMatchObject({ speaker: 'Ana Ruiz', lang: 'es' });
    expect(some.meta).not.toHaveProperty('organization');
  });

  it('takes the event for the title when the header names one', () => {
    const statement = parseStatement(`---\nevent: Human Rights Council, 52nd session\n---\n${body}`, 'content/x.md');
    expect(statement.meta.title).toBe('Human Rights Council, 52nd session');
    expect(statement.draftTitle).toEqual({ text: 'Human Rights Council, 52nd session', from: 'the event' });
    // Said once, as the title: no event line above an identical title.
    expect(statement.meta.event).toBeUndefined();
    expect(statement.missing).not.toContain('event');
  });

  it('keeps a first sentence of at most 8 words whole, without its full stop', () => {
    const short = body.replace(/Thank you for the opportunity[^\n]*/u, 'We welcome this debate. It matters to us all.');
    expect(parseStatement(short, 'content/x.md').meta.title).toBe('We welcome this debate');
  });

  it('still refuses a header field that is wrong, and front matter whose opening line is missing', () => {
    expect(() => parseStatement(`---\ndate: 2019-02-30\n---\n${body}`, 'content/x.md')).toThrow(/date is 2019-02-30, a day that does not exist/);
    expect(() => parseStatement(`speaker: Ana Ruiz\n---\n${body}`, 'content/x.md')).toThrow(/does not start with YAML front matter/);
    expect(() => parseStatement(body.replace(/# Points[\s\S]*?(?=# Conclusion)/u, ''), 'content/x.md')).toThrow(/no "# Points" section/);
  });
});
