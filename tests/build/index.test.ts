import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { buildInMemory, statementFiles } from '../helpers/outputs.js';
import { LecternError } from '../../src/errors.js';
import { snapshot } from '../helpers/files.js';
import { createProject, fixturesDir, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
const projects: TestProject[] = [];
function project(files: Record<string, string> = { [`content/${slug}.md`]: shippedSource }): TestProject {
  const created = createProject(files);
  projects.push(created);
  return created;
}
afterEach(() => {
  for (const p of projects.splice(0)) p.remove();
});

async function buildError(p: TestProject, options = {}): Promise<LecternError> {
  const error = await build(p.config(options)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LecternError);
  return error as LecternError;
}

describe('a build in memory', () => {
  it('renders every output of the shipped statement without writing anything', async () => {
    const p = project();
    const result = await buildInMemory(p.config());
    const files = [...result.output.statements.get(slug)!].map((file) => file.path).sort();
    expect(files).toEqual(statementFiles.map((file) => `${slug}/${file}`));
    const site = result.output.site.map((file) => file.path);
    expect(site).toContain('index.html');
    expect(site).toContain('_assets/reveal/reveal.js');
    expect(site).toContain('_assets/reveal/plugin/notes.js');
    expect(site).toContain('_assets/themes/institutional.css');
    expect(site.filter((file) => file.startsWith('_assets/fonts/') && file.endsWith('.woff2')).length).toBeGreaterThan(4);
    expect(existsSync(path.join(p.root, 'dist'))).toBe(false);
    expect(result.plans[0]!.deck.slides).toHaveLength(7);
  });
});

describe('a build on disk', () => {
  it('writes dist/<slug>/ with each output, the index and the shared assets', async () => {
    const p = project();
    const result = await build(p.config());
    expect(result.written).toBeGreaterThan(10);
    for (const file of ['deck.html', 'deck.md', 'deck.marp.html', 'briefing.html', 'handout.html']) {
      expect(existsSync(path.join(p.root, 'dist', slug, file)), file).toBe(true);
    }
    expect(p.read('dist/index.html')).toContain(`href="${slug}/deck.html"`);
    expect(readdirSync(path.join(p.root, 'dist')).filter((name) => name.startsWith('.staging'))).toEqual([]);
  });

  it('writes to --out when given', async () => {
    const p = project();
    await build(p.config({ outDir: 'public/slides' }));
    expect(existsSync(path.join(p.root, 'public/slides', slug, 'deck.html'))).toBe(true);
  });

  it('rewrites nothing shared when nothing changed', async () => {
    const p = project();
    await build(p.config());
    const again = await build(p.config());
    expect(again.written).toBe(0);
    expect(again.statements).toEqual([]);
    expect(again.unchanged).toEqual([slug]);
  });

  it('builds only the files named, and keeps the others in the index', async () => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'content/second.md': shippedSource.replace(/^title: .*$/m, 'title: Second statement') });
    await build(p.config());
    const before = snapshot(path.join(p.root, 'dist', slug), { mtimes: true });
    p.write('content/second.md', shippedSource.replace(/^title: .*$/m, 'title: Second statement, revised'));
    await build(p.config({ files: ['content/second.md'] }));
    expect(snapshot(path.join(p.root, 'dist', slug), { mtimes: true })).toEqual(before);
    const index = p.read('dist/index.html');
    expect(index).toContain('Second statement, revised');
    expect(index).toContain(`href="${slug}/deck.html"`);
  });

  it('removes the folder of a statement whose file was deleted', async () => {
    const p = project({ [`content/${slug}.md`]: shippedSource, 'content/second.md': shippedSource });
    await build(p.config());
    expect(existsSync(path.join(p.root, 'dist/second'))).toBe(true);
    rmSync(path.join(p.root, 'content/second.md'));
    await build(p.config());
    expect(existsSync(path.join(p.root, 'dist/second'))).toBe(false);
    expect(p.read('dist/index.html')).not.toContain('second/deck.html');
  });
});

describe('a build that fails', () => {
  const breakages: [string, (p: TestProject) => void, RegExp][] = [
    [
      'a content mistake',
      (p) =>
        p.write(
          `content/${slug}.md`,
          shippedWith((s) => s.replace('speaker:', 'speeker:')),
        ),
      /content\/iom-crime-prevention-2019\.md:6: unknown field "speeker"/,
    ],
    [
      'an unknown theme',
      (p) =>
        p.write(
          `content/${slug}.md`,
          shippedWith((s) => s.replace('theme: institutional', 'theme: neon')),
        ),
      /content\/iom-crime-prevention-2019\.md:13: unknown theme "neon"; choose one of institutional, print, projector/,
    ],
    [
      'a Handlebars syntax error',
      (p) => copyTemplates(p, (name, text) => (name === 'deck.hbs' ? text.replace('{{/each}}\n</div>', '\n</div>') : text)),
      /templates\/deck\.hbs:\d+: Handlebars syntax error/,
    ],
    [
      'a template that writes text raw',
      (p) =>
        copyTemplates(p, (name, text) =>
          name === 'briefing.hbs' ? text.replace('{{briefing.introduction.headline}}', '{{{briefing.introduction.headline}}}') : text,
        ),
      /templates\/briefing\.hbs:\d+: a template outputs text without escaping it/,
    ],
    [
      'a bad theme token',
      (p) => copyTheme(p, (text) => text.replace('text: "#1b2533"', 'text: "dark blue"')),
      /themes\/institutional\/theme\.yaml:7: colors\.text must be a hex colour/,
    ],
  ];

  it.each(breakages)('leaves dist/ exactly as it was after %s', async (_, breakIt, message) => {
    const p = project();
    await build(p.config());
    const before = snapshot(path.join(p.root, 'dist'), { mtimes: true });
    breakIt(p);
    const error = await buildError(p);
    expect(error.format()).toMatch(message);
    expect(snapshot(path.join(p.root, 'dist'), { mtimes: true })).toEqual(before);
  });

  it('reports the mistakes of every file, not only the first', async () => {
    const p = project({
      'content/a.md': shippedWith((s) => s.replace('speaker:', 'speeker:')),
      'content/b.md': shippedWith((s) => s.replace('date: 2019-06-06', 'date: tomorrow')),
    });
    const lines = (await buildError(p)).format().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/a\.md:6: /);
    expect(lines[1]).toMatch(/^content\/b\.md:9: date must be a date/);
  });

  it("reports an unknown theme with the file's other mistakes, not once they are fixed", async () => {
    const edit = (s: string) => s.replace('speaker:', 'speeker:').replace('theme: institutional', 'theme: institutionl').replace('# Introduction', '# Intro');
    const p = project({ [`content/${slug}.md`]: shippedWith(edit) });
    const lines = (await buildError(p)).format().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/:6: unknown field "speeker"/);
    expect(lines[1]).toMatch(/:13: unknown theme "institutionl"; choose one of institutional, print, projector/);
    expect(lines[2]).toMatch(/: "# Intro" is not a section of a statement/);
    // --theme replaces the file's theme: its theme: line is then no mistake.
    const withTheme = (await buildError(p, { theme: 'print' })).format();
    expect(withTheme).not.toMatch(/unknown theme/);
    expect(withTheme.split('\n')).toHaveLength(2);
  });

  it('refuses two files that would build into the same folder', async () => {
    const p = project({ 'content/My Statement.md': shippedSource, 'content/my-statement.md': shippedSource });
    expect((await buildError(p)).format()).toMatch(/same folder, dist\/my-statement\//);
  });

  it('says so when there is nothing to build', async () => {
    const p = project({ 'content/README.txt': 'not a statement' });
    const error = await buildError(p);
    expect(error.kind).toBe('usage');
    expect(error.format()).toMatch(/no statements to build/);
  });
});

function copyTemplates(p: TestProject, edit: (name: string, text: string) => string): void {
  const dir = path.join(fixturesDir, '..', '..', 'templates');
  const copy = (from: string, to: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) copy(source, target);
      else p.write(path.relative(p.root, target), edit(entry.name, readFileSync(source, 'utf8')));
    }
  };
  copy(dir, path.join(p.root, 'templates'));
}

function copyTheme(p: TestProject, edit: (text: string) => string): void {
  const source = readFileSync(path.join(fixturesDir, '..', '..', 'themes', 'institutional', 'theme.yaml'), 'utf8');
  p.write('themes/institutional/theme.yaml', edit(source));
}

describe('a build after a build', () => {
  const second = 'content/second.md';
  const secondSource = shippedSource.replace(/^title: .*$/m, 'title: Second statement');
  const twoStatements = () => project({ [`content/${slug}.md`]: shippedSource, [second]: secondSource });

  it('leaves every file as it was when nothing changed', async () => {
    const p = twoStatements();
    await build(p.config());
    const before = snapshot(path.join(p.root, 'dist'), { mtimes: true });
    const again = await build(p.config());
    expect(again).toMatchObject({ statements: [], unchanged: [slug, 'second'], written: 0 });
    expect(snapshot(path.join(p.root, 'dist'), { mtimes: true })).toEqual(before);
  });

  it('rebuilds only the statement whose file changed, and keeps the others in the index', async () => {
    const p = twoStatements();
    await build(p.config());
    const untouched = snapshot(path.join(p.root, 'dist', slug), { mtimes: true });
    p.write(second, secondSource.replace('Second statement', 'Second statement, revised'));
    const again = await build(p.config());
    expect(again.statements.map((s) => s.slug)).toEqual(['second']);
    expect(again.unchanged).toEqual([slug]);
    expect(snapshot(path.join(p.root, 'dist', slug), { mtimes: true })).toEqual(untouched);
    expect(p.read('dist/second/deck.html')).toContain('Second statement, revised');
    expect(p.read('dist/index.html')).toContain(`href="${slug}/deck.html"`);
  });

  it.each([
    [
      'a template',
      (p: TestProject) =>
        copyTemplates(p, (name, text) => (name === 'deck.hbs' ? text.replace('<main class="reveal"', '<main data-edited class="reveal"') : text)),
    ],
    ['a theme', (p: TestProject) => copyTheme(p, (text) => text.replace('text: "#1b2533"', 'text: "#1b2534"'))],
  ])('rebuilds every statement when %s changes', async (_, change) => {
    const p = twoStatements();
    await build(p.config());
    change(p);
    const again = await build(p.config());
    expect(again.statements.map((s) => s.slug).sort()).toEqual([slug, 'second']);
  });

  it('rebuilds every statement when an option that changes the output does', async () => {
    const p = twoStatements();
    await build(p.config());
    expect((await build(p.config({ wordsPerMinute: 100 }))).statements).toHaveLength(2);
    expect((await build(p.config({ theme: 'print' }))).statements).toHaveLength(2);
    expect(p.read(`dist/${slug}/deck.html`)).toContain('_assets/themes/print.css');
  });

  it('rebuilds every statement when the PowerPoint template named with --pptx-template changes, or another is named', async () => {
    const p = twoStatements();
    const template = path.join(p.root, 'org.pptx');
    cpSync(path.join(fixturesDir, 'office', 'org-master.pptx'), template);
    await build(p.config({ pptxTemplate: template }));
    expect(await build(p.config({ pptxTemplate: template }))).toMatchObject({ statements: [], unchanged: [slug, 'second'] });
    // The same file, saved again: other bytes, the same name.
    const saved = zipSync(unzipSync(readFileSync(template)), { level: 9 });
    expect(Buffer.from(saved).equals(readFileSync(template))).toBe(false);
    writeFileSync(template, saved);
    expect((await build(p.config({ pptxTemplate: template }))).statements).toHaveLength(2);
    expect((await build(p.config())).statements).toHaveLength(2);
  });

  it('rebuilds a statement whose folder was deleted', async () => {
    const p = twoStatements();
    await build(p.config());
    rmSync(path.join(p.root, 'dist', 'second'), { recursive: true });
    const again = await build(p.config());
    expect(again.statements.map((s) => s.slug)).toEqual(['second']);
    expect(existsSync(path.join(p.root, 'dist/second/deck.html'))).toBe(true);
  });

  it('still refuses a new file that would share a built statement’s folder', async () => {
    const p = twoStatements();
    await build(p.config());
    p.write('content/Second.MD', secondSource);
    expect((await buildError(p)).format()).toMatch(/same folder, dist\/second\//);
  });
});

describe('an output folder that is a file', () => {
  it('is a command-line mistake (exit code 2), named with what to do, and changes nothing', async () => {
    const p = project();
    p.write('taken', 'a file where the output folder should be');
    const error = await buildError(p, { outDir: 'taken' });
    expect(error.kind).toBe('usage');
    expect(error.format()).toBe('the output folder taken is a file; choose a folder with --out, such as dist');
    expect(p.read('taken')).toBe('a file where the output folder should be');
  });
});

describe('a project with templates of its own', () => {
  it('that lacks a file every templates folder needs is told which, not shown a stack trace', async () => {
    const p = project();
    copyTemplates(p, (_, text) => text);
    rmSync(path.join(p.root, 'templates', 'marp.css'));
    const error = await buildError(p);
    expect(error.format()).toMatch(/templates: the templates folder has no marp\.css; copy templates\/marp\.css from Lectern's own templates/);
  });
});
