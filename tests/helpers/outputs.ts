// Builds a project in memory and hands tests the text of each output, by path.
import { readFileSync } from 'node:fs';
import { buildInMemory, type BuildInMemory } from '../../src/build.js';
import type { Config } from '../../src/config.js';
import type { TestProject } from './project.js';

export interface BuiltOutputs {
  readonly result: BuildInMemory;
  /** The text of an output, by its path under dist/ (e.g. `iom/deck.html`, `index.html`). */
  text(path: string): string;
  paths(): string[];
}

export async function buildOutputs(project: TestProject, options: Partial<Config> = {}): Promise<BuiltOutputs> {
  const result = await buildInMemory(project.config(options));
  const files = new Map([...result.output.statements.values()].flat().concat(result.output.site).map((file) => [file.path, file]));
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
