// The raw statements the import tests read, from tests/fixtures/import/, and what importing one gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStatement } from '../../src/content/parse.js';
import type { Statement } from '../../src/content/statement.js';
import { importStatement, type ImportResult } from '../../src/import/import.js';
import { fixturesDir } from '../helpers/project.js';

export const importFixturesDir = path.join(fixturesDir, 'import');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(importFixturesDir, name));
}

export function importFixture(name: string): ImportResult {
  return importStatement(fixtureBytes(name), `tests/fixtures/import/${name}`);
}

/** Imports a fixture and reads the content file back the way `lectern build` does. */
export function importAndParse(name: string): { result: ImportResult; statement: Statement } {
  const result = importFixture(name);
  return { result, statement: parseStatement(result.content, `content/${name.replace(/\.txt$/, '.md')}`) };
}

/** No-break spaces that keep "1. …" from reading as Markdown are spaces to a reader. */
export function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ').replace(/\u2060/g, '');
}
