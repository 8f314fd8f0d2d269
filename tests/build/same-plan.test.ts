// Build, watch mode and `lectern check` compile statements with one and the same step: for every fixture, the slides
// each one fitted (how far each shrank, how many slides each became, the briefing's type size) are the same, and
// watch mode writes exactly the pages a build writes.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuildSession } from '../../src/build/session.js';
import { checkFiles } from '../../src/check/run.js';
import { buildInMemory } from '../helpers/outputs.js';
import { createProject, fixturesDir, repoRoot, type TestProject } from '../helpers/project.js';

const fixtures = ['the shipped statement', ...readdirSync(fixturesDir).filter((name) => readdirSync(path.join(fixturesDir, name)).includes('content'))];
const projects: TestProject[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

function fixtureCopy(name: string): TestProject {
  const p = createProject();
  projects.push(p);
  if (name === 'the shipped statement') cpSync(path.join(repoRoot, 'content'), path.join(p.root, 'content'), { recursive: true });
  else cpSync(path.join(fixturesDir, name), p.root, { recursive: true });
  return p;
}

/**
 * What fitting decided for each planned slide, as a deck shows it: its smallest scale and how many slides it became
 * (a slide split in two is `point-2` and `point-2-2`).
 */
function fitted(
  planned: readonly string[],
  slides: readonly { readonly id: string; readonly scale: number }[],
): Record<string, { scale: number; slides: number }> {
  const parts = slides.map((slide) => planned.find((id) => slide.id === id) ?? planned.find((id) => new RegExp(`^${id}-\\d+$`).test(slide.id)) ?? slide.id);
  const byPart: Record<string, { scale: number; slides: number }> = {};
  slides.forEach((slide, index) => {
    const seen = byPart[parts[index]!];
    byPart[parts[index]!] = seen ? { scale: Math.min(seen.scale, slide.scale), slides: seen.slides + 1 } : { scale: slide.scale, slides: 1 };
  });
  return byPart;
}

describe.each(fixtures)('the fixture %s', (name) => {
  it('is fitted alike by build, watch mode and check, and watch mode writes what a build writes', async () => {
    const built = await buildInMemory(fixtureCopy(name).config());
    const watched = fixtureCopy(name);
    const session = await createBuildSession(watched.config()).rebuild();
    expect(session.errors.map((error) => error.format())).toEqual([]);
    const checked = await checkFiles(fixtureCopy(name).config());
    expect(checked.errors.map((error) => error.format())).toEqual([]);

    expect(checked.checks.map((check) => check.statement.slug)).toEqual(built.plans.map((plan) => plan.statement.slug));
    built.plans.forEach((plan, index) => {
      const check = checked.checks[index]!;
      const fromCheck = Object.fromEntries(check.fit.slides.map((note) => [note.id, { scale: note.scale, slides: note.slides }]));
      expect(fromCheck, plan.statement.slug).toEqual(fitted(Object.keys(fromCheck), plan.deck.slides));
      expect(check.fit.briefing.scale).toBe(plan.briefing.scale);
    });

    for (const [slug, files] of built.output.statements) {
      for (const file of files.filter((each) => 'contents' in each)) {
        const contents = 'contents' in file ? Buffer.from(file.contents) : Buffer.alloc(0);
        expect(readFileSync(path.join(watched.root, 'dist', file.path)).equals(contents), `${slug}: ${file.path}`).toBe(true);
      }
    }
  });
});

it('covers Lectern’s shipped statement and every fixture with statements', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(9);
});
