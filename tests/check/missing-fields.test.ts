// lectern check on a statement with only a body: it builds, so check exits 0 and lists each missing header field as a
// warning at the front matter (line 1), saying what to add; a mistake in the body still stops it with exit code 1.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createProject, fixturesDir, type TestProject } from '../helpers/project.js';

const body = readFileSync(path.join(fixturesDir, 'body-only', 'statement.md'), 'utf8');
let project: TestProject | undefined;
afterEach(() => project?.remove());

describe('lectern check on a statement without header fields', () => {
  it('exits 0 and warns, with file:line, about each missing field and the drafted title', () => {
    project = createProject({ 'content/bare.md': body, 'content/some.md': `---\nspeaker: Ana Ruiz\nevent: Human Rights Council\n---\n${body}` });
    const run = runCli(['check'], { cwd: project.root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'warning content/bare.md:1: no title; the outputs use a draft from the first sentence, "Thank you for the opportunity to address this…"; add "title: What it is about" to the header',
    );
    expect(run.stdout).toContain('warning content/bare.md:1: no event; add "event: Meeting" to the header so the outputs say where it is delivered');
    expect(run.stdout).toContain(
      'warning content/bare.md:1: no organization; add "organization: Name" to the header so the outputs say on whose behalf it is delivered',
    );
    expect(run.stdout).toContain('warning content/bare.md:1: no speaker; add "speaker: Name" to the header so the outputs say who delivers it');
    expect(run.stdout).toContain('warning content/bare.md:1: no date; add "date: YYYY-MM-DD" to the header so the outputs say when it is delivered');
    expect(run.stdout).toContain(
      'warning content/some.md:1: no title; the outputs use a draft from the event, "Human Rights Council"; add "title: What it is about" to the header',
    );
    expect(run.stdout).not.toMatch(/content\/some\.md:1: no (?:speaker|event);/);
  });

  it('builds it', () => {
    project = createProject({ 'content/bare.md': body });
    const run = runCli(['build'], { cwd: project.root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Built 1 statement');
  });

  it('still stops, exit 1, on a mistake in the header or the body', () => {
    project = createProject({
      'content/date.md': `---\ndate: 2019-13-01\n---\n${body}`,
      'content/body.md': body.replace('# Points', '# Pointz'),
    });
    const run = runCli(['check'], { cwd: project.root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error content\/date\.md:2: date is 2019-13-01, a day that does not exist/);
    expect(run.stderr).toMatch(/error content\/body\.md:\d+: /);
  });
});
