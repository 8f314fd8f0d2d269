// The build session behind watch mode: each edit rebuilds what it affects, a mistake leaves the last good output,
// and what it writes is what `lectern build` writes.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { classifySource } from '../../src/build/source-kind.js';
import { createBuildSession, type BuildSession } from '../../src/build/session.js';
import { parseDocument, texts } from '../helpers/html.js';
import { createProject, fixtureProject, fixturesDir, lineOf, repoRoot, shippedSource, shippedWith, type TestProject } from '../helpers/project.js';

const shipped = 'content/iom-crime-prevention-2019.md';
const slug = 'iom-crime-prevention-2019';
/** A second statement on another theme, so a theme edit can be seen to leave it alone. */
const second = 'content/second.md';
const secondSource = shippedSource.replace(/^title: .*$/m, 'title: A second statement').replace('theme: institutional', 'theme: projector');

let project: TestProject | undefined;
afterEach(() => project?.remove());

/** A project with its own templates and themes (copies of Lectern's), so tests can edit them. */
function projectWithSources(files: Record<string, string> = { [shipped]: shippedSource, [second]: secondSource }): TestProject {
  project = createProject(files);
  cpSync(path.join(repoRoot, 'templates'), path.join(project.root, 'templates'), { recursive: true });
  cpSync(path.join(repoRoot, 'themes'), path.join(project.root, 'themes'), { recursive: true });
  return project;
}

/** Writes a file and returns its absolute path, as the watcher reports it. */
function edit(project: TestProject, file: string, contents: string): string {
  return project.write(file, contents);
}

function headlines(project: TestProject, page: string): string[] {
  return texts(parseDocument(project.read(`dist/${page}`)), '.headline');
}

function indexSlugs(project: TestProject): string[] {
  return [...parseDocument(project.read('dist/index.html')).querySelectorAll('[data-slug]')].map((li) => li.getAttribute('data-slug')!);
}

async function started(project: TestProject): Promise<BuildSession> {
  const session = createBuildSession(project.config());
  const first = await session.rebuild();
  expect(first.errors.map((error) => error.format())).toEqual([]);
  return session;
}

describe('createBuildSession', () => {
  it('builds every statement first, exactly as lectern build does', async () => {
    const sessionProject = projectWithSources();
    const first = await createBuildSession(sessionProject.config()).rebuild();
    expect([...first.built].sort()).toEqual([slug, 'second']);
    expect(first.errors).toEqual([]);

    const buildProject = createProject({ [shipped]: shippedSource, [second]: secondSource });
    cpSync(path.join(repoRoot, 'templates'), path.join(buildProject.root, 'templates'), { recursive: true });
    cpSync(path.join(repoRoot, 'themes'), path.join(buildProject.root, 'themes'), { recursive: true });
    try {
      await build(buildProject.config());
      const files = (root: string) => readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).sort();
      expect(files(sessionProject.root)).toEqual(files(buildProject.root));
      for (const file of files(buildProject.root)) {
        const built = path.join(buildProject.root, 'dist', file);
        if (statSync(built).isDirectory()) continue;
        expect(readFileSync(path.join(sessionProject.root, 'dist', file)), file).toEqual(readFileSync(built));
      }
    } finally {
      buildProject.remove();
    }
  });

  it('rebuilds only the statement whose content file changed', async () => {
    const project = projectWithSources();
    const session = await started(project);
    const untouched = statSync(path.join(project.root, 'dist/second/deck.html'));

    const file = edit(project, shipped, shippedSource.replace('## Border management against terrorism and organized crime', '## Borders managed together'));
    const result = await session.rebuild([file]);

    expect(result.built).toEqual([slug]);
    expect(result.changed).toContain(`${slug}/deck.html`);
    expect(result.changed).not.toContain('index.html');
    expect(headlines(project, `${slug}/deck.html`)).toContain('Borders managed together');
    expect(statSync(path.join(project.root, 'dist/second/deck.html')).ino).toBe(untouched.ino);
  });

  it('rebuilds the statements that use an edited theme, and its stylesheet, and no others', async () => {
    const project = projectWithSources();
    const session = await started(project);
    const theme = 'themes/institutional/theme.yaml';

    const file = edit(project, theme, project.read(theme).replace('heading: "#0b3c7d"', 'heading: "#6b1d1d"'));
    const result = await session.rebuild([file]);

    expect(result.built).toEqual([slug]);
    expect(result.changed).toContain('_assets/themes/institutional.css');
    expect(result.changed).toContain(`${slug}/deck.marp.html`); // the Marp page carries the theme inline
    expect(result.changed).not.toContain(`${slug}/deck.html`); // the reveal.js page only links it
    expect(result.changed.some((changed) => changed.startsWith('second/'))).toBe(false);
    expect(project.read('dist/_assets/themes/institutional.css')).toContain('--lectern-heading: #6b1d1d');
    expect(project.read(`dist/${slug}/deck.marp.html`)).toContain('#6b1d1d');
  });

  it('leaves the shared assets alone on a content edit, and puts back those another build replaced', async () => {
    const project = projectWithSources();
    const session = await started(project);
    const assets = () => readdirSync(path.join(project.root, 'dist/_assets/themes')).sort();
    const ownAssets = assets();

    const edited = await session.rebuild([edit(project, shipped, shippedSource.replace('## Border management', '## Borders, managed'))]);
    expect(edited.changed).toContain(`${slug}/deck.html`);
    expect(edited.changed.filter((file) => file.startsWith('_assets/'))).toEqual([]);

    // `lectern build --theme print` in another terminal: both statements in print, and only print's stylesheets.
    await build(project.config({ theme: 'print' }));
    expect(assets()).toEqual(['print.css', 'print.marp.css']);

    // The session rebuilds the statement saved (in institutional again) and leaves the other as that build made it.
    const again = await session.rebuild([edit(project, shipped, shippedSource.replace('## Border management', '## Borders, managed again'))]);
    expect(again.errors).toEqual([]);
    expect(assets()).toEqual(['institutional.css', 'institutional.marp.css', 'print.css', 'print.marp.css']);
    expect(project.read('dist/_assets/themes/institutional.css')).toContain('--lectern-heading');
    expect(ownAssets).toEqual(['institutional.css', 'institutional.marp.css', 'projector.css', 'projector.marp.css']);
  });

  it('rebuilds every statement when a template changes', async () => {
    const project = projectWithSources();
    const session = await started(project);
    const template = 'templates/briefing.hbs';

    const file = edit(project, template, project.read(template).replace('<main class="briefing"', '<main data-edited class="briefing"'));
    const result = await session.rebuild([file]);

    expect([...result.built].sort()).toEqual([slug, 'second']);
    expect(result.changed.filter((changed) => changed.endsWith('briefing.html')).sort()).toEqual([`${slug}/briefing.html`, `second/briefing.html`]);
    expect(project.read(`dist/${slug}/briefing.html`)).toContain('data-edited');
  });

  it('writes nothing when an edit changes no output', async () => {
    const project = projectWithSources();
    const session = await started(project);
    const result = await session.rebuild([edit(project, shipped, `${shippedSource}\n<!-- a note to the author -->\n`)]);
    expect(result.built).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  it('lists a new content file and forgets a deleted one', async () => {
    const project = projectWithSources({ [shipped]: shippedSource });
    const session = await started(project);

    const added = await session.rebuild([edit(project, second, secondSource)]);
    expect(added.built).toEqual(['second']);
    expect(added.changed).toContain('index.html');
    expect(indexSlugs(project).sort()).toEqual([slug, 'second']);

    rmSync(path.join(project.root, second));
    const removed = await session.rebuild([path.join(project.root, second)]);
    expect(removed.removed).toEqual(['second']);
    expect(removed.changed).toEqual(expect.arrayContaining(['index.html', 'second/deck.html']));
    expect(existsSync(path.join(project.root, 'dist/second'))).toBe(false);
    expect(indexSlugs(project)).toEqual([slug]);
  });

  it('removes, on its first build, what an earlier run built from a file that is gone', async () => {
    const project = projectWithSources();
    await started(project);
    rmSync(path.join(project.root, second));

    const result = await createBuildSession(project.config()).rebuild();
    expect(result.removed).toEqual(['second']);
    expect(existsSync(path.join(project.root, 'dist/second'))).toBe(false);
    expect(indexSlugs(project)).toEqual([slug]);
  });

  it('ignores files a build does not read', async () => {
    const project = projectWithSources();
    const config = project.config();
    const at = (file: string) => path.join(project.root, file);
    expect(classifySource(config, at(shipped))).toEqual({ kind: 'content' });
    expect(classifySource(config, at('content/notes.txt'))).toBeUndefined();
    expect(classifySource(config, at('content/_draft.md'))).toBeUndefined();
    expect(classifySource(config, at('templates/partials/head.hbs'))).toEqual({ kind: 'templates' });
    expect(classifySource(config, at('themes/print/theme.css'))).toEqual({ kind: 'theme', name: 'print' });
    expect(classifySource(config, at('README.md'))).toBeUndefined();
    expect(classifySource(config, at('content/logos/mark.svg'))).toEqual({ kind: 'asset' });
  });

  it('rebuilds every statement when the PowerPoint template --pptx-template names is saved', async () => {
    const project = projectWithSources();
    const template = path.join(project.root, 'org.pptx');
    cpSync(path.join(fixturesDir, 'office', 'org-master.pptx'), template);
    const config = project.config({ pptxTemplate: template });
    expect(classifySource(config, template)).toEqual({ kind: 'pptx' });
    const session = createBuildSession(config);
    expect((await session.rebuild()).errors).toEqual([]);
    const purple = '5B2C6F';

    // The organization's title slide turns teal.
    const parts = unzipSync(readFileSync(template));
    const layout = 'ppt/slideLayouts/slideLayout2.xml';
    expect(strFromU8(parts[layout]!)).toContain(purple);
    parts[layout] = strToU8(strFromU8(parts[layout]!).replaceAll(purple, '1B6F6A'));
    writeFileSync(template, zipSync(parts));
    const result = await session.rebuild([template]);
    expect(result.errors).toEqual([]);
    expect([...result.built].sort()).toEqual([slug, 'second']);
    for (const built of [slug, 'second']) {
      const deck = unzipSync(readFileSync(path.join(project.root, 'dist', built, 'deck.pptx')));
      expect(
        Object.entries(deck).some(([name, bytes]) => name.startsWith('ppt/slideLayouts/') && strFromU8(bytes).includes('1B6F6A')),
        built,
      ).toBe(true);
    }
  });

  it('rebuilds the statement whose logo is saved, and only that one', async () => {
    project = fixtureProject('logo');
    const session = await started(project);
    const logo = 'content/logos/mark.svg';
    const changed = project.read(logo).replace('</svg>', '<circle cx="1" cy="1" r="1"/></svg>');
    const result = await session.rebuild([edit(project, logo, changed)]);
    expect(result.errors).toEqual([]);
    expect([...result.built]).toEqual(['with-logo']);
    expect(project.read('dist/with-logo/logo.svg')).toBe(changed);
  });
});

describe('a mistake in watch mode', () => {
  interface Mistake {
    readonly name: string;
    readonly file: string;
    readonly break: (source: string) => string;
    /** The line the message names, in the broken file. */
    readonly line: (broken: string) => number;
    readonly message: RegExp;
  }

  const mistakes: Mistake[] = [
    {
      name: 'broken YAML',
      file: shipped,
      break: (s) => s.replace('role: Senior Policy and Liaison Officer', 'role: "Senior Policy and Liaison Officer'),
      line: (broken) => lineOf(broken, 'role:'),
      message: /YAML|front matter/,
    },
    {
      name: 'a point without a headline',
      file: shipped,
      break: (s) => s.replace('## Border management against terrorism and organized crime\n\n', ''),
      line: (broken) => lineOf(broken, '- Counter-terrorism'),
      message: /point 2 has no headline/,
    },
    {
      name: 'a theme that does not exist',
      file: shipped,
      break: (s) => s.replace('theme: institutional', 'theme: institutionl'),
      line: (broken) => lineOf(broken, 'theme:'),
      message: /unknown theme "institutionl"/,
    },
    {
      name: 'a Handlebars syntax error',
      file: 'templates/partials/slide.hbs',
      break: (s) => s.replace('<h2 class="headline">{{headline}}</h2>\n    <ul', '<h2 class="headline">{{headline}</h2>\n    <ul'),
      line: (broken) => lineOf(broken, '{{headline}</h2>'),
      message: /Handlebars syntax error/,
    },
    {
      name: 'a theme token that is not a colour',
      file: 'themes/institutional/theme.yaml',
      break: (s) => s.replace('heading: "#0b3c7d"', 'heading: navy'),
      line: (broken) => lineOf(broken, 'heading: navy'),
      message: /colors\.heading must be a hex colour/,
    },
  ];

  for (const mistake of mistakes) {
    it(`${mistake.name}: names the file and line, keeps the last good output, and clears on the fix`, async () => {
      const project = projectWithSources({ [shipped]: shippedSource });
      const session = await started(project);
      const before = readdirSync(path.join(project.root, `dist/${slug}`)).map((file) => project.read(`dist/${slug}/${file}`));
      const good = project.read(mistake.file);
      const broken = mistake.break(good);
      expect(broken).not.toBe(good);

      const failed = await session.rebuild([edit(project, mistake.file, broken)]);
      expect(failed.errors.length).toBeGreaterThan(0);
      const [error] = failed.errors;
      expect(error!.at).toMatchObject({ file: mistake.file, line: mistake.line(broken) });
      expect(error!.format()).toMatch(mistake.message);
      expect(failed.built).toEqual([]);
      expect(readdirSync(path.join(project.root, `dist/${slug}`)).map((file) => project.read(`dist/${slug}/${file}`))).toEqual(before);
      expect(indexSlugs(project)).toEqual([slug]);

      // An unrelated edit while it is broken changes nothing and keeps the mistake reported.
      const still = await session.rebuild([]);
      expect(still.errors.map((e) => e.format())).toEqual(failed.errors.map((e) => e.format()));

      // The fix: the file as it was (and, so the rebuild shows, a new headline).
      if (mistake.file !== shipped) edit(project, mistake.file, good);
      const fixed = shippedSource.replace('Regional action against trafficking and smuggling', 'Regional action, fixed');
      const result = await session.rebuild([path.join(project.root, mistake.file), edit(project, shipped, fixed)]);
      expect(result.errors).toEqual([]);
      expect(result.built).toEqual([slug]);
      expect(headlines(project, `${slug}/deck.html`)).toContain('Regional action, fixed');
    });
  }

  it('still rebuilds the other statements while one is broken', async () => {
    const project = projectWithSources();
    const session = await started(project);
    await session.rebuild([
      edit(
        project,
        shipped,
        shippedWith((s) => s.replace('date: 2019-06-06', 'date: 2019-02-30')),
      ),
    ]);

    const result = await session.rebuild([
      edit(project, second, secondSource.replace('## Border management against terrorism and organized crime', '## Second, edited')),
    ]);
    expect(result.built).toEqual(['second']);
    expect(result.errors.map((error) => error.at?.file)).toEqual([shipped]);
    expect(headlines(project, 'second/deck.html')).toContain('Second, edited');
  });

  it('reports two files that make the same folder, and writes the second one nowhere', async () => {
    const project = projectWithSources({ [shipped]: shippedSource });
    const session = await started(project);
    const result = await session.rebuild([edit(project, 'content/IOM-Crime-Prevention-2019.md', secondSource)]);
    expect(result.errors.map((error) => error.format())).toEqual([
      expect.stringMatching(/^content\/IOM-Crime-Prevention-2019\.md: this file would be built into the same folder/),
    ]);
    expect(texts(parseDocument(project.read(`dist/${slug}/deck.html`)), 'h1')[0]).not.toBe('A second statement');
  });
});
