// Measures lectern import on the corpus of real statements in tests/fixtures/corpus/: each file is imported as a user
// would, and compared with what a careful reader marked in its <name>.expected.json. Shared by tests/import/corpus.test.ts
// and scripts/corpus.mjs, which print the same table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets } from '../../src/check/lint.js';
import { importFile } from '../../src/import/document.js';
import type { HeaderFields } from '../../src/import/header.js';
import type { DraftedPart } from '../../src/import/write.js';
import { isSalutation } from '../../src/import/markers.js';
import { countWords } from '../../src/plan/pace.js';

export interface Expected {
  readonly source: { readonly url: string; readonly title: string; readonly retrieved: string; readonly text: string };
  readonly shape: readonly string[];
  /** The header fields a careful reader marks; a list gives values the reader takes as equally right. */
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
  /** Fields the reader takes either way: left out, or with one of these values. */
  readonly optional?: Readonly<Record<string, string | readonly string[]>>;
  readonly points: number;
  readonly pointStarts: readonly string[];
  readonly conclusion: string | null;
}

export interface CorpusFile {
  /** `en/usun-hrc-report-2019.docx`, relative to the corpus folder. */
  readonly file: string;
  readonly lang: string;
  readonly format: 'text' | 'word' | 'pdf';
  readonly expected: Expected;
}

export interface Measured {
  readonly entry: CorpusFile;
  /** The content file lectern import wrote. */
  readonly content: string;
  /** `lectern build` built the file as lectern import wrote it. */
  readonly builds: boolean;
  /** What the build said about the file, when it did not build it. */
  readonly problem?: string;
  readonly points: number;
  readonly pointsRight: boolean;
  /** How many of the reader's point starts open one of the imported points. */
  readonly startsFound: number;
  readonly conclusionRight: boolean;
  /** Each field that is wrong, missing or invented: `speaker: "…" (expected "…")`. */
  readonly wrongFields: readonly string[];
  /** Each drafted headline or key message over the limits `lectern check` enforces. */
  readonly overLimit: readonly string[];
}

export const corpusDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/corpus');

export function corpusFiles(dir = corpusDir): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    const names = readdirSync(path.join(dir, lang)).sort();
    for (const name of names.filter((n) => n.endsWith('.expected.json'))) {
      const base = name.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(path.join(dir, lang, name), 'utf8')) as Expected;
      for (const [ext, format] of [
        ['.txt', 'text'],
        ['.docx', 'word'],
        ['.pdf', 'pdf'],
      ] as const) {
        if (names.includes(base + ext)) files.push({ file: `${lang}/${base}${ext}`, lang, format, expected });
      }
    }
  }
  return files;
}

/** Imports one file as `lectern import` does; whether it builds is measured for all of them at once (`buildAll`). */
export async function measure(entry: CorpusFile, dir = corpusDir): Promise<Measured> {
  const bytes = readFileSync(path.join(dir, entry.file));
  const result = await importFile(bytes, entry.file);
  const { statement } = result;
  const expected = entry.expected;
  const conclusionText = statement.conclusion?.paragraphs.join(' ') ?? '';
  return {
    entry,
    content: result.content,
    builds: false,
    points: statement.points.length,
    pointsRight: statement.points.length === expected.points,
    startsFound: expected.pointStarts.filter((start) =>
      statement.points.some((point) => squeeze(point.paragraphs.find((text) => !isSalutation(text)) ?? '').startsWith(squeeze(start))),
    ).length,
    conclusionRight:
      expected.conclusion === null
        ? statement.conclusion === undefined || statement.conclusionIsDraft === true
        : squeeze(conclusionText).startsWith(squeeze(expected.conclusion)),
    wrongFields: wrongFields(statement.fields, expected),
    overLimit: overLimit([statement.introduction, ...statement.points, statement.conclusion], statement.lang),
  };
}

export async function measureCorpus(dir = corpusDir): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const entry of corpusFiles(dir)) measured.push(await measure(entry, dir));
  return buildAll(measured, path.resolve(dir, '../../..'));
}

/** `en/uk-unsc-ukraine-2022.pdf` → `en-uk-unsc-ukraine-2022-pdf.md`: one content file per corpus file. */
const contentName = (file: string) => `${file.replace(/[/.]/gu, '-')}.md`;

/**
 * Builds every imported file, unedited, as a user would: `lectern build` (bin/lectern.mjs) in a project of its own.
 * A file builds when the build succeeds, or when it fails and names no mistake in that file.
 */
export function buildAll(measured: readonly Measured[], repoRoot: string): Measured[] {
  const project = mkdtempSync(path.join(tmpdir(), 'lectern-corpus-'));
  try {
    mkdirSync(path.join(project, 'content'));
    for (const m of measured) writeFileSync(path.join(project, 'content', contentName(m.entry.file)), m.content);
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'lectern.mjs'), 'build'], { cwd: project, encoding: 'utf8', timeout: 600_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    const problems = (m: Measured) => output.split('\n').filter((line) => line.includes(`content/${contentName(m.entry.file)}`));
    // A failed build that names no file failed for them all.
    const named = run.status !== 0 && measured.some((m) => problems(m).length > 0);
    return measured.map((m) => {
      const problem = run.status === 0 ? undefined : named ? problems(m)[0] : output.trim().split('\n')[0];
      return { ...m, builds: problem === undefined, ...(problem !== undefined && { problem }) };
    });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** Letters and digits only, lower case, apostrophes and quotes alike: how a reader compares two values. */
function squeeze(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function accepts(values: string | readonly string[] | undefined, actual: string): boolean {
  if (values === undefined) return false;
  return (typeof values === 'string' ? [values] : values).some((value) => squeeze(value) === squeeze(actual));
}

function wrongFields(fields: HeaderFields, expected: Expected): string[] {
  const wrong: string[] = [];
  const keys = new Set([...Object.keys(expected.fields), ...Object.keys(fields)]);
  for (const key of keys) {
    const actual = fields[key as keyof HeaderFields];
    const want = expected.fields[key];
    const show = (values: string | readonly string[] | undefined) => (typeof values === 'string' ? `"${values}"` : JSON.stringify(values));
    if (want !== undefined) {
      if (actual === undefined) wrong.push(`${key}: missing (expected ${show(want)})`);
      else if (!accepts(want, actual)) wrong.push(`${key}: "${actual}" (expected ${show(want)})`);
    } else if (actual !== undefined && !accepts(expected.optional?.[key], actual)) {
      wrong.push(`${key}: "${actual}" (expected none${expected.optional?.[key] ? ` or ${show(expected.optional[key])}` : ''})`);
    }
  }
  return wrong;
}

function overLimit(parts: readonly (DraftedPart | undefined)[], lang: string): string[] {
  const over: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    const { headline, keyMessages } = part.draft;
    if (countWords(headline, lang) > budgets.headlineWords) over.push(`headline: ${headline}`);
    for (const message of keyMessages) if (countWords(message, lang) > budgets.keyMessageWords) over.push(`key message: ${message}`);
  }
  return over;
}

const percent = (count: number, total: number) => `${Math.round((100 * count) / Math.max(total, 1))}%`;

export interface Summary {
  readonly files: number;
  readonly builds: number;
  readonly pointsRight: number;
  readonly fieldsRight: number;
  readonly conclusionRight: number;
  readonly startsFound: number;
  readonly starts: number;
  readonly overLimit: number;
}

export function summarize(measured: readonly Measured[]): Summary {
  const count = (test: (m: Measured) => boolean) => measured.filter(test).length;
  return {
    files: measured.length,
    builds: count((m) => m.builds),
    pointsRight: count((m) => m.pointsRight),
    fieldsRight: count((m) => m.wrongFields.length === 0),
    conclusionRight: count((m) => m.conclusionRight),
    startsFound: measured.reduce((sum, m) => sum + m.startsFound, 0),
    starts: measured.reduce((sum, m) => sum + m.entry.expected.pointStarts.length, 0),
    overLimit: measured.reduce((sum, m) => sum + m.overLimit.length, 0),
  };
}

/** The table README's Import section shows: one line per file, then the shares against their goals. */
export function formatTable(measured: readonly Measured[]): string {
  const yes = (value: boolean) => (value ? 'yes' : 'no');
  const lines = [
    '| file | builds unedited | points (reader) | point starts found | conclusion | header fields | drafts over limits |',
    '|---|---|---|---|---|---|---|',
    ...measured.map(
      (m) =>
        `| ${m.entry.file} | ${yes(m.builds)} | ${m.points} (${m.entry.expected.points}) | ` +
        `${m.startsFound}/${m.entry.expected.pointStarts.length} | ${yes(m.conclusionRight)} | ` +
        `${m.wrongFields.length === 0 ? 'right' : m.wrongFields.join('; ').replace(/\|/g, '/')} | ${m.overLimit.length} |`,
    ),
  ];
  const s = summarize(measured);
  const total = s.files;
  lines.push(
    '',
    '| measure | result | goal |',
    '|---|---|---|',
    `| builds unedited (lectern import, then lectern build) | ${s.builds}/${total} (${percent(s.builds, total)}) | 100% |`,
    `| points match the reader's count | ${s.pointsRight}/${total} (${percent(s.pointsRight, total)}) | ≥ 90% |`,
    `| header fields all right | ${s.fieldsRight}/${total} (${percent(s.fieldsRight, total)}) | ≥ 90% |`,
    `| the reader's point starts that open an imported point | ${s.startsFound}/${s.starts} (${percent(s.startsFound, s.starts)}) | — |`,
    `| conclusion where the reader puts it | ${s.conclusionRight}/${total} (${percent(s.conclusionRight, total)}) | — |`,
    `| drafts over the word limits | ${s.overLimit} | 0 |`,
  );
  return lines.join('\n');
}
