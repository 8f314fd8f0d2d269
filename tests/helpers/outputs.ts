// Builds a project in memory (the same build, into a folder held in memory) and hands tests what it wrote.
import { readFileSync } from 'node:fs';
import { build } from '../../src/build/index.js';
import type { Config, ResolvedConfig } from '../../src/config.js';
import type { PlannedStatement } from '../../src/plan/statement.js';
import type { OutputFile } from '../../src/render/output.js';
import { memoryFolder } from '../../src/write/memory.js';
import type { TestProject } from './project.js';

/** The files a build without --pdf writes for each statement, in name order: what a user finds in dist/<slug>/. */
export const statementFiles: readonly string[] = [
  'briefing.docx',
  'briefing.html',
  'deck.html',
  'deck.marp.html',
  'deck.md',
  'deck.pptx',
  'handout.html',
  'interpreters.html',
  'notes.txt',
  'reading.html',
];

export interface BuildInMemory {
  /** Every statement's plan. */
  readonly plans: readonly PlannedStatement[];
  /** Every file the build wrote: each statement's, by slug, and the index and the shared assets. */
  readonly output: { readonly statements: ReadonlyMap<string, readonly OutputFile[]>; readonly site: readonly OutputFile[] };
  readonly warnings: readonly string[];
}

/** What `lectern build` writes from scratch, held in memory. */
export async function buildInMemory(config: ResolvedConfig): Promise<BuildInMemory> {
  const folder = memoryFolder();
  const result = await build(config, { into: folder, keepPlans: true });
  const statements = new Map<string, OutputFile[]>();
  const site: OutputFile[] = [];
  for (const file of folder.files.values()) {
    const [first] = file.path.split('/');
    if (file.path === 'index.html' || first === '_assets') site.push(file);
    else statements.set(first!, [...(statements.get(first!) ?? []), file]);
  }
  return { plans: result.plans, output: { statements, site }, warnings: result.warnings };
}

export interface BuiltOutputs {
  readonly result: BuildInMemory;
  /** The text of an output, by its path under dist/ (e.g. `iom/deck.html`, `index.html`). */
  text(path: string): string;
  paths(): string[];
}

export async function buildOutputs(project: TestProject, options: Partial<Config> = {}): Promise<BuiltOutputs> {
  const result = await buildInMemory(project.config(options));
  const files = new Map(
    [...result.output.statements.values()]
      .flat()
      .concat(result.output.site)
      .map((file) => [file.path, file]),
  );
  return {
    result,
    text(path) {
      const file = files.get(path);
      if (!file) throw new Error(`no output ${path}; there are ${[...files.keys()].filter((p) => !p.includes('/fonts/')).join(', ')}`);
      if ('copyFrom' in file) return readFileSync(file.copyFrom, 'utf8');
      return typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8');
    },
    paths: () => [...files.keys()],
  };
}
