// `lectern check` as a user runs it: the table of words and times, warnings at the right lines, exit codes.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createProject, fixtureProject, fixturesDir, lineOf, shippedSource, shippedWith } from '../helpers/project.js';

describe('lectern check', () => {
  test('prints each part’s words and speaking time and the total, with no warnings for the shipped statement', () => {
    const project = createProject({ 'content/iom.md': shippedSource });
    try {
      const run = runCli(['check'], { cwd: project.root });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe('content/iom.md: theme institutional, 130 words a minute');
      const row = (name: string) =>
        lines
          .find((line) => line.trim().startsWith(`${name} `))
          ?.trim()
          .split(/\s{2,}/);
      expect(row('salutation')).toEqual(['salutation', '6', '0:03']);
      expect(row('point 1')).toEqual(['point 1', '95', '0:44']);
      expect(row('closing')).toEqual(['closing', '3', '0:01']);
      // 549 words at 130 a minute: 4 min 13 s.
      expect(row('total')).toEqual(['total', '549', '4:13']);
      expect(run.stdout).toContain('7 slides; briefing at 10.5 pt; no warnings');
      expect(run.stdout).not.toContain('warning ');
      // Nothing is built.
      expect(() => project.read('dist/index.html')).toThrow();
    } finally {
      project.remove();
    }
  });

  test('--wpm sets the pace', () => {
    const project = createProject({ 'content/iom.md': shippedSource });
    try {
      const run = runCli(['check', '--wpm', '100'], { cwd: project.root });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('100 words a minute');
      expect(run.stdout).toMatch(/total\s+549\s+5:29/);
    } finally {
      project.remove();
    }
  });

  test('a pace that is not a number of words a minute is a usage error', () => {
    const project = createProject({ 'content/iom.md': shippedSource });
    try {
      const run = runCli(['check', '--wpm', 'fast'], { cwd: project.root });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('whole number of words a minute');
    } finally {
      project.remove();
    }
  });

  test('--pptx-template measures the slides against an organization’s template; a file that is not there is a usage error', () => {
    const project = createProject({ 'content/iom.md': shippedSource });
    try {
      const template = path.join(fixturesDir, 'office', 'org-master.pptx');
      const run = runCli(['check', '--pptx-template', template], { cwd: project.root });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`warning content/iom.md:${lineOf(shippedSource, 'title:')}: slide 1: the title would overflow the title placeholder`);
      const missing = runCli(['check', '--pptx-template', 'missing.potx'], { cwd: project.root });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--pptx-template missing.potx: no such file');
    } finally {
      project.remove();
    }
  });

  test('warns, at each line, about a headline and a key message over budget, too many key messages, and a split slide', () => {
    const project = fixtureProject('stress-six-messages');
    try {
      const source = project.read('content/six-messages.md');
      const run = runCli(['check'], { cwd: project.root });
      expect(run.code).toBe(0);
      const warnings = run.stdout.split('\n').filter((line) => line.startsWith('warning '));
      const headline = lineOf(source, '## Six things we ask');
      expect(warnings).toContain(`warning content/six-messages.md:${headline}: point 2 has 6 key messages, outside the budget of 2–4; merge or cut some`);
      expect(warnings.some((w) => w.startsWith(`warning content/six-messages.md:${headline}: point 2 is split over 2 slides to fit`))).toBe(true);
      for (let n = 1; n <= 6; n++) {
        expect(warnings).toContain(
          `warning content/six-messages.md:${lineOf(source, `- Message ${n}:`)}: a key message of point 2 has 22 words, over the budget of 15; shorten it`,
        );
      }
    } finally {
      project.remove();
    }
  });

  test('warns about a long headline and a title slide that had to shrink, at their lines', () => {
    const project = fixtureProject('stress-long-headline');
    try {
      const source = project.read('content/long-headline.md');
      const run = runCli(['check', '--theme', 'projector'], { cwd: project.root });
      expect(run.code).toBe(0);
      const headline = lineOf(source, '## Regional organizations and their partners');
      expect(run.stdout).toMatch(
        new RegExp(`warning content/long-headline\\.md:${headline}: the headline of point 1 has \\d+ words, over the budget of 8; shorten it`),
      );
      expect(run.stdout).toMatch(new RegExp(`warning content/long-headline\\.md:${headline}: point 1 (shrinks to \\d+%|is split over)`));
      expect(run.stdout).toMatch(new RegExp(`warning content/long-headline\\.md:${lineOf(source, 'title:')}: the title slide shrinks to \\d+%`));
    } finally {
      project.remove();
    }
  });

  test('reports the good files, then fails with the build’s own message for a file with a mistake', () => {
    const broken = shippedWith((source) => source.replace('## Border management against terrorism and organized crime\n\n', ''));
    const project = createProject({ 'content/a-good.md': shippedSource, 'content/b-broken.md': broken });
    try {
      const check = runCli(['check'], { cwd: project.root });
      const build = runCli(['build'], { cwd: project.root });
      expect(check.code).toBe(1);
      expect(check.stdout).toContain('content/a-good.md: theme institutional');
      expect(check.stdout).not.toContain('content/b-broken.md: theme');
      const errors = (run: { stderr: string }) => run.stderr.split('\n').filter((line) => line.startsWith('error '));
      expect(errors(check).length).toBeGreaterThan(0);
      expect(errors(check)).toEqual(errors(build));
      expect(errors(check)[0]).toContain('content/b-broken.md:');
    } finally {
      project.remove();
    }
  });

  test('checks only the files named', () => {
    const project = createProject({ 'content/a.md': shippedSource, 'content/b.md': shippedSource });
    try {
      const run = runCli(['check', 'content/b.md'], { cwd: project.root });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('content/b.md: theme');
      expect(run.stdout).not.toContain('content/a.md');
    } finally {
      project.remove();
    }
  });
});
