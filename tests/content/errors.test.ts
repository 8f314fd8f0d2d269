// Every kind of mistake in a content file gives one message naming the file, the line and what to do.
import { describe, expect, it } from 'vitest';
import { lineOf, shippedSource, shippedWith } from '../helpers/project.js';
import { problems } from './parse.test.js';

const file = 'content/iom-crime-prevention-2019.md';

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...[...'bcdefghi'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)]
  .map((line) => `${line}\n`)
  .join('');

interface Case {
  readonly name: string;
  readonly edit: (source: string) => string;
  /** Text on the line the message must point at; a number for a fixed line; or a function of the edited source. */
  readonly at: string | number | ((source: string) => number);
  readonly message: RegExp;
  readonly hint: RegExp;
}

const cases: Case[] = [
  {
    // One message, not three (no introduction, no points, no conclusion) for a file saved before anything was written.
    name: 'an empty file',
    edit: () => '\n  \n',
    at: 1,
    message: /the file is empty/,
    hint: /write the statement in it/,
  },
  {
    name: 'a field with an empty value',
    edit: (s) => s.replace('speaker: Kieran Gorman-Best\n', 'speaker: ""\n'),
    at: 'speaker: ""',
    message: /speaker is empty/,
    hint: /correct the "speaker" field/,
  },
  {
    name: 'front matter whose opening line is missing',
    edit: (s) => s.replace(/^---\n/, ''),
    at: 1,
    message: /the file does not start with YAML front matter/,
    hint: /begin it with a line "---"/,
  },
  {
    name: 'a misspelled field',
    edit: (s) => s.replace('speaker:', 'speeker:'),
    at: 'speeker:',
    message: /unknown field "speeker"/,
    hint: /did you mean "speaker"\?/,
  },
  {
    name: 'an unknown field with no near match',
    edit: (s) => s.replace('lang: en\n', 'lang: en\nmood: hopeful\n'),
    at: 'mood:',
    message: /unknown field "mood"/,
    hint: /remove it; the fields are title, event/,
  },
  {
    name: 'malformed YAML',
    edit: (s) => s.replace('role: Senior Policy and Liaison Officer', 'role: "Senior Policy and Liaison Officer'),
    at: 'role:',
    message: /the front matter|not valid YAML/,
    hint: /quoting and indentation/,
  },
  {
    // "Billion laughs": nine anchors, each a list of nine aliases of the one before, would expand to 9^9 values.
    name: 'YAML aliases nested to expand without end',
    edit: (s) => s.replace('lang: en\n', `lang: en\n${aliasBomb}`),
    at: 'a: &a',
    message: /"&a" is a YAML anchor: Lectern reads no anchors \(&name\) or aliases \(\*name\)/,
    hint: /write each value out in full, and put in quotes a value that starts with "&" or "\*"/,
  },
  {
    name: 'a value that starts with "*", read by YAML as an alias',
    edit: (s) => s.replace('venue: Trusteeship Council, UNHQ New York', 'venue: *TBC*'),
    at: 'venue:',
    message: /"\*TBC\*" is a YAML alias: Lectern reads no anchors/,
    hint: /put in quotes a value that starts with "&" or "\*"/,
  },
  {
    name: 'a value that starts with "&", read by YAML as an anchor',
    edit: (s) => s.replace('organization: ', 'organization: &Co '),
    at: 'organization:',
    message: /"&Co" is a YAML anchor: Lectern reads no anchors/,
    hint: /put in quotes a value that starts with "&" or "\*"/,
  },
  {
    name: 'a value that is not text',
    edit: (s) => s.replace('speaker: Kieran Gorman-Best', 'speaker: [Kieran, Gorman-Best]'),
    at: 'speaker:',
    message: /speaker must be text/,
    hint: /quotes/,
  },
  {
    name: 'a date in the wrong form',
    edit: (s) => s.replace('date: 2019-06-06', 'date: 6 June 2019'),
    at: 'date: 6 June',
    message: /date must be a date written YYYY-MM-DD/,
    hint: /correct the "date" field/,
  },
  // 30 February, a thirteenth month, the 31st of a 30-day month.
  ...['2019-02-30', '2019-13-01', '2019-04-31'].map((day) => ({
    name: `a date that does not exist, ${day}`,
    edit: (s: string) => s.replace('date: 2019-06-06', `date: ${day}`),
    at: `date: ${day}`,
    message: new RegExp(`date is ${day}, a day that does not exist`),
    hint: /correct the "date" field/,
  })),
  {
    name: 'a published date on 29 February of a year that is not a leap year',
    edit: (s) => s.replace('published: 2019-06-07', 'published: 2019-02-29'),
    at: 'published:',
    message: /published is 2019-02-29, a day that does not exist/,
    hint: /correct the "published" field/,
  },
  {
    name: 'a language tag that is not one',
    edit: (s) => s.replace('lang: en', 'lang: english please'),
    at: 'lang:',
    message: /lang must be a language tag/,
    hint: /correct the "lang" field/,
  },
  {
    name: 'front matter that is never closed',
    edit: (s) => s.replace('theme: institutional\n---', 'theme: institutional\n'),
    at: 1,
    message: /never closed/,
    hint: /add a line "---"/,
  },
  {
    name: 'a point without a headline',
    edit: (s) => s.replace('## Border management against terrorism and organized crime\n\n', ''),
    at: '- Counter-terrorism',
    message: /point 2 has no headline/,
    hint: /add a "## " heading above its key messages/,
  },
  {
    name: 'the first point without a headline',
    edit: (s) => s.replace('## Regional action against trafficking and smuggling\n\n', ''),
    at: '- Trafficking and smuggling networks',
    message: /point 1 has no headline/,
    hint: /add a "## " heading/,
  },
  {
    name: 'an empty headline',
    edit: (s) => s.replace('## Border management against terrorism and organized crime', '##'),
    at: lineOf(shippedSource, '## Border management'),
    message: /point 2 has no headline/,
    hint: /write the headline after "## "/,
  },
  {
    name: 'an empty conclusion',
    edit: (s) => s.slice(0, s.indexOf('# Conclusion')) + '# Conclusion\n\n' + s.slice(s.indexOf('# Closing')),
    at: '# Conclusion',
    message: /the conclusion is empty/,
    hint: /add a "## " headline under "# Conclusion"/,
  },
  {
    name: 'a missing conclusion',
    edit: (s) => s.slice(0, s.indexOf('# Conclusion')) + s.slice(s.indexOf('# Closing')),
    at: '# Salutation',
    message: /no "# Conclusion" section/,
    hint: /add "# Conclusion"/,
  },
  {
    name: 'a point with no key messages',
    edit: (s) => s.replace(/- Counter-terrorism.*\n- Information.*\n- IOM brings.*\n\n/, ''),
    at: '## Border management',
    message: /point 2 \("Border management against terrorism and organized crime"\) has no key messages/,
    hint: /add 2–4 lines starting with "- "/,
  },
  {
    name: 'a point with no text',
    edit: (s) => s.replace(/Second, comprehensive.*\n\n/, ''),
    at: '## Border management',
    message: /point 2 .* has no full text/,
    hint: /add the text as delivered/,
  },
  {
    name: 'an empty key message',
    edit: (s) => s.replace('- Information sharing and border security tools disrupt terrorist travel', '-'),
    at: (source) => lineOf(source, '- Counter-terrorism') + 1,
    message: /point 2 has an empty key message/,
    hint: /write it, or remove the "- "/,
  },
  {
    name: 'a misspelled section',
    edit: (s) => s.replace('# Points', '# Pionts'),
    at: '# Pionts',
    message: /"# Pionts" is not a section of a statement/,
    hint: /use one of "# Salutation", "# Introduction", "# Points"/,
  },
  {
    name: 'a section twice',
    edit: (s) => s.replace('# Closing', '# Conclusion'),
    at: (source) => lineOf(source, 'I thank you.') - 2,
    message: /"# Conclusion" appears twice/,
    hint: /merge the two sections/,
  },
  {
    name: 'a third-level heading',
    edit: (s) => s.replace('## Border management', '### Border management'),
    at: '### Border',
    message: /level-3 heading/,
    hint: /use "# " for a section and "## " for a headline/,
  },
  {
    name: 'a nested list',
    edit: (s) => s.replace('- Information sharing', '  - Information sharing'),
    at: '  - Information sharing',
    message: /a key message has a list inside it/,
    hint: /one level deep/,
  },
  {
    name: 'a key message over two paragraphs',
    edit: (s) => s.replace('- Information sharing and border security tools disrupt terrorist travel', '- Information sharing and border security tools disrupt terrorist travel\n\n  and an indented second paragraph'),
    at: '  and an indented second paragraph',
    message: /a key message runs over more than one paragraph/,
    hint: /keep each key message to one "- " line/,
  },
  {
    name: 'a code block',
    edit: (s) => s.replace('I thank you.', '```\nI thank you.\n```'),
    at: '```',
    message: /a fenced code block is not part of a statement's format/,
    hint: /write plain paragraphs/,
  },
  {
    name: 'a headline on the salutation',
    edit: (s) => s.replace('# Salutation\n', '# Salutation\n\n## Greetings\n'),
    at: '## Greetings',
    message: /the salutation is plain text/,
    hint: /write the salutation as a paragraph/,
  },
];

describe('a content file with a mistake', () => {
  it.each(cases)('$name: one message with file:line and what to do', ({ edit, at, message, hint }) => {
    const source = shippedWith(edit);
    const line = typeof at === 'number' ? at : typeof at === 'string' ? lineOf(source, at) : at(source);
    const [first, ...rest] = problems(source);
    expect(rest, 'exactly one message').toEqual([]);
    expect(first).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}: `));
    expect(first).toMatch(message);
    expect(first).toMatch(hint);
    expect(first).not.toMatch(/\n\s+at /);
  });

  it('reports every mistake in the file, each on its own line', () => {
    const source = shippedWith((s) => s.replace('speaker:', 'speeker:').replace('## Border management against terrorism and organized crime', '##'));
    const messages = problems(source);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/unknown field "speeker"; did you mean "speaker"/);
    expect(messages[1]).toMatch(/point 2 has no headline/);
  });

  it("reports the front matter's mistakes with a mistake in the body's structure, which stops its reading", () => {
    const source = shippedWith((s) => s.replace('speaker:', 'speeker:').replace('# Introduction', '# Intro'));
    const messages = problems(source);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:6: unknown field "speeker"`));
    expect(messages[1]).toMatch(new RegExp(`:${lineOf(source, '# Intro')}: "# Intro" is not a section of a statement`));
  });
});
