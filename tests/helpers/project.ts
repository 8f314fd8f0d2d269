// Test projects: a temporary folder with content/ (and optionally templates/ or themes/), built with Lectern's own
// templates and themes unless the test brings its own.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, type Config, type ResolvedConfig } from '../../src/config.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shippedFile = path.join(repoRoot, 'content', 'iom-crime-prevention-2019.md');
export const shippedSource = readFileSync(shippedFile, 'utf8');
/** The statement as published, kept in the repository so tests run anywhere. */
export const seedFile = path.join(repoRoot, 'tests', 'fixtures', 'seed', 'statement.txt');
export const seedText = readFileSync(seedFile, 'utf8');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');

export interface TestProject {
  readonly root: string;
  /** Writes a file under the project (creating folders) and returns its absolute path. */
  write(relativePath: string, contents: string): string;
  read(relativePath: string): string;
  config(options?: Partial<Config>): ResolvedConfig;
  remove(): void;
}

/** A temporary project holding `files` (path → contents), e.g. `{ 'content/x.md': source }`. */
export function createProject(files: Record<string, string> = {}): TestProject {
  const root = mkdtempSync(path.join(tmpdir(), 'lectern-test-'));
  const project: TestProject = {
    root,
    write(relativePath, contents) {
      const file = path.join(root, relativePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, contents);
      return file;
    },
    read: (relativePath) => readFileSync(path.join(root, relativePath), 'utf8'),
    config: (options = {}) => resolveConfig({ root, ...options }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  for (const [file, contents] of Object.entries(files)) project.write(file, contents);
  return project;
}

/** A project with one fixture's content/ folder copied in. */
export function fixtureProject(name: string): TestProject {
  const project = createProject();
  cpSync(path.join(fixturesDir, name), project.root, { recursive: true });
  return project;
}

/** The shipped statement with `edit` applied: the usual way to make one bad-content case. */
export function shippedWith(edit: (source: string) => string): string {
  const edited = edit(shippedSource);
  if (edited === shippedSource) throw new Error('the edit changed nothing: the test no longer tests what it says');
  return edited;
}

/** The line (1-based) of the first line of `source` that contains `text`. */
export function lineOf(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`"${text}" is not in the source`);
  return index + 1;
}

/** The seed's paragraphs, as the statement was published. */
export function seedParagraphs(): string[] {
  return seedText
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The full text of a passage or part, paragraphs separated by a blank line. */
export function fullText(part: { readonly paragraphs: readonly { readonly text: string }[] }): string {
  return part.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}
