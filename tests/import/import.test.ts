// Importing whole statements: the seed round trip, and one raw statement per rule of the issue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/content/parse.js';
import type { Statement } from '../../src/content/statement.js';
import { importStatement } from '../../src/import/import.js';
import { fullText, seedParagraphs, seedText, shippedSource } from '../helpers/project.js';
import { importAndParse, importFixture, plain } from './fixtures.js';

const paragraphsOf = (statement: Statement) =>
  [statement.salutation, statement.introduction, ...statement.points, statement.conclusion, statement.closing].flatMap((part) =>
    part.paragraphs.map((paragraph) => plain(paragraph.text)),
  );
const firstWords = (statement: Statement) => statement.points.map((point) => plain(point.paragraphs[0]!.text).split(' ').slice(0, 2).join(' '));

describe('the seed round trip', () => {
  const result = importStatement(Buffer.from(seedText, 'utf8'), 'statement.txt');
  const imported = parseStatement(result.content, 'content/statement.md');
  const shipped = parseStatement(shippedSource, 'content/iom-crime-prevention-2019.md');

  it('gives the same metadata as the shipped content file', () => {
    expect(imported.meta).toEqual(shipped.meta);
    expect(imported.theme).toBe(shipped.theme);
    expect(result.statement.unusedHeaderLines).toEqual([]);
  });

  it('gives the same three points, word for word', () => {
    expect(imported.points).toHaveLength(3);
    expect(imported.points.map(fullText)).toEqual(shipped.points.map(fullText));
  });

  it('gives the same salutation, introduction, conclusion and closing, paragraph by paragraph', () => {
    expect(imported.salutation.paragraphs.map((p) => p.text)).toEqual(shipped.salutation.paragraphs.map((p) => p.text));
    expect(imported.introduction.paragraphs.map((p) => p.text)).toEqual(shipped.introduction.paragraphs.map((p) => p.text));
    expect(imported.conclusion.paragraphs.map((p) => p.text)).toEqual(shipped.conclusion.paragraphs.map((p) => p.text));
    expect(imported.closing.paragraphs.map((p) => p.text)).toEqual(['I thank you.']);
    const seed = seedParagraphs();
    expect(paragraphsOf(imported)).toEqual(seed.slice(seed.indexOf('Excellencies, distinguished delegates, ladies and gentlemen,')));
  });

  it('marks the headlines and key messages as drafts', () => {
    const drafts = result.content.match(/<!-- draft: [^\n]*-->\n\n## /g) ?? [];
    expect(drafts).toHaveLength(5);
  });
});

interface Case {
  readonly file: string;
  readonly rule: string;
  readonly lang: string;
  /** The first two words of each point's first paragraph. */
  readonly points: readonly string[];
  /** How many paragraphs each point has, when it matters. */
  readonly pointParagraphs?: readonly number[];
  readonly conclusion: string;
  readonly closing: string;
  readonly meta: Partial<Statement['meta']>;
}

const cases: Case[] = [
  {
    file: 'en-phrases.txt',
    rule: '"My first point", "The third and final point"; "Finally" opening the last part is the conclusion',
    lang: 'en',
    points: ['My first', 'My second', 'The third'],
    conclusion: 'Finally, Mr. Chair,',
    closing: 'Thank you.',
    meta: {
      title: 'Financing, climate and data: priorities for sustainable development',
      event: 'Second Committee, General Debate',
      organization: 'Permanent Mission of Norway to the United Nations',
      speaker: 'Ms. Ingrid Solberg',
      role: 'Deputy Permanent Representative',
      venue: 'New York, Conference Room 2',
      date: '2024-10-08',
    },
  },
  {
    file: 'fr.txt',
    rule: 'French: Premièrement, Deuxièmement, Enfin (a point, as "En conclusion" follows), Je vous remercie',
    lang: 'fr',
    points: ['Premièrement, la', 'Deuxièmement, la', 'Enfin, le'],
    conclusion: 'En conclusion,',
    closing: 'Je vous remercie.',
    meta: {
      title: 'Le rôle des organisations régionales dans la prévention du crime',
      event: "Débat thématique de haut niveau de l'Assemblée générale",
      organization: 'Organisation internationale pour les migrations (OIM)',
      speaker: 'Mme Claire Dubois',
      role: 'Directrice du Bureau régional',
      venue: 'Genève, Palais des Nations',
      date: '2019-06-06',
      time: '10 h 00 – 13 h 00',
      dir: 'ltr',
    },
  },
  {
    file: 'es.txt',
    rule: 'Spanish: En primer lugar, Segundo, Por último, En conclusión, Muchas gracias',
    lang: 'es',
    points: ['En primer', 'Segundo, la', 'Por último,'],
    conclusion: 'En conclusión,',
    closing: 'Muchas gracias.',
    meta: {
      title: 'El papel de las organizaciones regionales en la prevención del delito',
      event: 'Debate temático de alto nivel de la Asamblea General',
      organization: 'Organización Internacional para las Migraciones (OIM)',
      speaker: 'Sra. Lucía Fernández',
      role: 'Jefa de la Oficina Regional',
      date: '2019-06-06',
    },
  },
  {
    file: 'ar.txt',
    rule: 'Arabic: أولاً، ثانياً، ثالثاً، وفي الختام، شكراً, with Arabic-Indic digits in the header',
    lang: 'ar',
    points: ['أولاً، تتطلب', 'ثانياً، يجب', 'ثالثاً، ينبغي'],
    conclusion: 'وفي الختام،',
    closing: 'شكراً.',
    meta: {
      title: 'دور المنظمات الإقليمية في منع الجريمة والعدالة الجنائية',
      event: 'المناقشة المواضيعية الرفيعة المستوى للجمعية العامة',
      organization: 'المنظمة الدولية للهجرة',
      speaker: 'ليلى حداد',
      role: 'مسؤولة السياسات والاتصال',
      venue: 'مجلس الوصاية، نيويورك',
      date: '2019-06-06',
      time: '١١:١٥ – ١٣:٠٠',
      dir: 'rtl',
    },
  },
  {
    file: 'numbered.txt',
    rule: 'a numbered list, "1." and "2)"',
    lang: 'en',
    points: ['1. Fund', '2) Make', '3. Invest'],
    conclusion: 'In closing,',
    closing: 'Thank you.',
    meta: { organization: 'World Food Programme (WFP)', speaker: 'Cindy Tran', role: 'Executive Director', date: '2024-06-24' },
  },
  {
    file: 'roman-headings.txt',
    rule: 'Roman-numeral headings, with "I. Introduction" and "IV. Conclusion" opening no point',
    lang: 'en',
    points: ['II. Access', 'III. Solutions'],
    pointParagraphs: [3, 3],
    conclusion: 'IV. Conclusion',
    closing: 'Thank you.',
    meta: { speaker: 'Mr. Tomas Berg', role: 'Director, Division of International Protection', venue: 'Geneva', date: '2024-03-12' },
  },
  {
    file: 'spanning.txt',
    rule: 'points spanning several paragraphs, up to the next point or the conclusion',
    lang: 'en',
    points: ['Firstly, health', 'Secondly, we', 'Thirdly, health'],
    pointParagraphs: [2, 3, 1],
    conclusion: 'To conclude,',
    closing: 'Thank you.',
    meta: { title: 'Health and migration: leaving no one behind', speaker: 'Dr. Maria Santos', role: 'Assistant Director-General' },
  },
  {
    file: 'first-time.txt',
    rule: '"For the first time", "The second half of the year", "Second Committee" start no point',
    lang: 'en',
    points: ['First, we', 'Second, we'],
    pointParagraphs: [2, 1],
    conclusion: 'In conclusion,',
    closing: 'Thank you, Madam Chair.',
    meta: { event: 'Second Committee of the General Assembly', panel: 'Agenda item 18: Sustainable development', speaker: 'Mr. Diego Rojas' },
  },
  {
    file: 'hard-wrapped.txt',
    rule: 'hard-wrapped lines, page numbers and a form feed',
    lang: 'en',
    points: ['Firstly, the', 'Secondly, cooperation', 'Thirdly, we'],
    pointParagraphs: [1, 1, 1],
    conclusion: 'In conclusion,',
    closing: 'I thank you.',
    meta: { speaker: 'Ms. Anna Koval', role: 'Chief, Organized Crime Branch', venue: 'Vienna', date: '2024-05-14' },
  },
];

describe.each(cases)('$file: $rule', ({ file, lang, points, pointParagraphs, conclusion, closing, meta }) => {
  const { result, statement } = importAndParse(file);

  it('finds every part, and the file builds with no edits', () => {
    expect(firstWords(statement)).toEqual(points);
    if (pointParagraphs) expect(statement.points.map((point) => point.paragraphs.length)).toEqual(pointParagraphs);
    expect(statement.conclusion.paragraphs[0]!.text.startsWith(conclusion)).toBe(true);
    expect(statement.closing.paragraphs.map((p) => p.text)).toEqual([closing]);
    expect(statement.salutation.paragraphs).toHaveLength(1);
    expect(statement.introduction.paragraphs.length).toBeGreaterThan(0);
    expect(result.content).not.toMatch(/^# \w+: not found in the text/m);
  });

  it('reads the header', () => {
    expect(statement.meta.lang).toBe(lang);
    expect(statement.meta).toMatchObject(meta);
  });
});

describe('nothing marks the points', () => {
  it('groups the paragraphs into an introduction, points and a conclusion, marks them as drafts and says so', () => {
    const imported = importFixture('no-points.txt');
    expect(imported.statement.pointsFound).toBe('grouped');
    expect(imported.statement.introduction!.paragraphs.map(plain)).toEqual([expect.stringMatching(/^The care economy employs/)]);
    expect(imported.statement.points.map((point) => point.paragraphs.map(plain))).toEqual([[expect.stringMatching(/^Investing in care/)]]);
    expect(imported.statement.conclusion!.paragraphs.map(plain)).toEqual([expect.stringMatching(/^The ILO stands ready/)]);
    expect(imported.statement.conclusionIsDraft).toBe(true);
    expect(imported.statement.closing).toEqual(['Thank you.']);
    expect(imported.content).toMatch(/<!-- lectern import found nothing that marks the points .* so it grouped the paragraphs into 1 point .*-->/);
    expect(imported.content).toMatch(/# Conclusion\n\n<!-- draft: lectern import found nothing opening the conclusion/);
    // The file builds as it is.
    expect(() => parseStatement(imported.content, 'content/no-points.md')).not.toThrow();
  });

  it('still marks no points in a text of one sentence', () => {
    const imported = importStatement(Buffer.from('We meet today to agree on the way forward.\n'), 'one.txt');
    expect(imported.statement.points).toEqual([]);
    expect(imported.content).toMatch(/<!-- lectern import found no points in this text/);
  });
});

describe('a text without blank lines, its first sentence on a line of its own', () => {
  // The lines run together into one paragraph with the header's, so the body begins after them; the sentence must not
  // be left behind in the header, where it was listed as a line to copy by hand and missing from every output.
  it('keeps the first sentence as the opening of the statement, in Arabic as published', () => {
    const imported = importStatement(readFileSync('tests/fixtures/corpus/ar/sg-un-day-2022.txt'), 'sg-un-day-2022.txt');
    expect(imported.statement.unusedHeaderLines).toEqual([]);
    expect(imported.statement.introduction!.paragraphs[0]).toBe('الأمم المتحدة هي وليدة الأمل.');
    const statement = parseStatement(imported.content, 'content/sg-un-day-2022.md');
    expect(statement.introduction.paragraphs[0]!.text).toBe('الأمم المتحدة هي وليدة الأمل.');
  });

  it('moves no title or date into the statement with it', () => {
    const text = [
      'Statement on the rule of law',
      '12 June 2023',
      'We meet at a hard time.',
      'Across the world, courts are under pressure, judges are threatened, and the trust that people place in justice is being tested as rarely before in our lifetimes.',
      'First, we must protect judges and lawyers, so that they can do their work without fear of reprisal from anyone, anywhere.',
      'Second, we must fund justice systems properly, because justice delayed and underfunded is justice denied to those who need it most.',
      'Finally, we stand ready to work with every partner to make these commitments real.',
      'Thank you.',
    ].join('\n');
    const imported = importStatement(Buffer.from(text), 'rule-of-law.txt');
    expect(imported.statement.fields.date).toBe('2023-06-12');
    expect(imported.statement.unusedHeaderLines).toEqual([]);
    expect(imported.statement.introduction!.paragraphs[0]).toBe('We meet at a hard time.');
  });
});

describe('a title repeated lower in the header', () => {
  // Found as the title only after the repeats were looked for: it was then listed as a line to copy by hand.
  it('is not listed as a line left over', () => {
    const imported = importStatement(readFileSync('tests/fixtures/corpus/es/cuba-comite-asesor-2023.txt'), 'cuba-comite-asesor-2023.txt');
    expect(imported.statement.fields.title).toBe(
      'Intervención general de la delegación de Cuba en la 29º sesión del Comité Asesor del Consejo de Derechos Humanos',
    );
    expect(imported.statement.unusedHeaderLines).toEqual([]);
  });
});

describe('the same text however it arrives', () => {
  const reference = importAndParse('bom.txt').statement;
  it.each(['crlf.txt', 'utf16be.txt'])('%s gives what the UTF-8 file with a byte-order mark gives', (file) => {
    const { statement } = importAndParse(file);
    expect(statement.meta).toEqual(reference.meta);
    expect(paragraphsOf(statement)).toEqual(paragraphsOf(reference));
  });

  it('UTF-16 little-endian with CRLF line endings gives what the UTF-8 file gives', () => {
    const utf16 = importAndParse('utf16le.txt').statement;
    const utf8 = importAndParse('fr.txt').statement;
    expect(utf16.meta).toEqual(utf8.meta);
    expect(paragraphsOf(utf16)).toEqual(paragraphsOf(utf8));
  });

  it('a byte-order mark leaves no trace in the text', () => {
    expect(reference.meta.organization).toBe('International Organization for Migration (IOM)');
    expect(importAndParse('bom.txt').result.content).not.toContain('\uFEFF');
  });
});
