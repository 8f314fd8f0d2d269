// Watch mode writes an edit's pages before its slower outputs (the Marp deck, the Office files), so the browser shows
// the edit sooner; until the rest is written the record says the statement is not up to date, so a run stopped in
// between is repaired by the next.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { createBuildSession } from '../../src/build/session.js';
import { parseDocument, texts } from '../helpers/html.js';
import { createProject, repoRoot, shippedSource, type TestProject } from '../helpers/project.js';

const shipped = 'content/iom-crime-prevention-2019.md';
const slug = 'iom-crime-prevention-2019';
const headline = '## Border management against terrorism and organized crime';
const edited = shippedSource.replace(headline, '## Borders managed together');

let project: TestProject | undefined;
afterEach(() => project?.remove());

/** A project with its own copy of Lectern's templates and themes, and its build session. */
function started() {
  project = createProject({ [shipped]: shippedSource });
  for (const dir of ['templates', 'themes']) cpSync(path.join(repoRoot, dir), path.join(project.root, dir), { recursive: true });
  return { project, session: createBuildSession(project.config()) };
}

/** The headlines of a page of the statement, as its reader sees them. */
function headlines(project: TestProject, page: string): string[] {
  return texts(parseDocument(project.read(`dist/${slug}/${page}`)), '.headline, h1');
}

function recordOf(project: TestProject): { key?: string; files: string[] } {
  return JSON.parse(project.read('dist/.lectern/manifest.json')).statements[slug];
}

describe('pages first', () => {
  it('writes an edit’s pages, tells the caller, then writes the Marp deck and the Office files', async () => {
    const { project, session } = started();
    let firstBuildPages = false;
    await session.rebuild([], () => (firstBuildPages = true));
    expect(firstBuildPages, 'the first build writes everything at once').toBe(false);
    const before = recordOf(project);
    expect(before.key).toEqual(expect.any(String));

    let between: { changed: readonly string[]; deck: string[]; marp: string[]; record: { key?: string; files: string[] } } | undefined;
    const result = await session.rebuild([project.write(shipped, edited)], ({ changed, errors }) => {
      expect(errors).toEqual([]);
      between = { changed, deck: headlines(project, 'deck.html'), marp: headlines(project, 'deck.marp.html'), record: recordOf(project) };
    });

    expect(between).toBeDefined();
    expect(between!.changed).toEqual(expect.arrayContaining([`${slug}/deck.html`, `${slug}/briefing.html`, `${slug}/handout.html`]));
    for (const later of ['deck.marp.html', 'deck.md', 'deck.pptx', 'briefing.docx']) expect(between!.changed).not.toContain(`${slug}/${later}`);
    expect(between!.deck).toContain('Borders managed together');
    expect(between!.marp).not.toContain('Borders managed together');
    // Not up to date yet, and still owning every file it had.
    expect(between!.record.key).toBeUndefined();
    expect(between!.record.files).toEqual(expect.arrayContaining(before.files));

    expect(result.built).toEqual([slug]);
    expect(result.changed).toEqual(expect.arrayContaining([`${slug}/deck.html`, `${slug}/deck.marp.html`, `${slug}/deck.pptx`, `${slug}/briefing.docx`]));
    expect(headlines(project, 'deck.marp.html')).toContain('Borders managed together');
    expect(recordOf(project).key).toEqual(expect.any(String));
    expect(recordOf(project).key).not.toBe(before.key);
    expect(recordOf(project).files.sort()).toEqual([...before.files].sort());
  });

  it('keeps the last good Marp deck and Office files when only they fail, and writes them once it is fixed', async () => {
    const { project, session } = started();
    await session.rebuild();
    // A theme may add CSS of its own; a syntax error there is one only Marp reads the CSS closely enough to see.
    const themeCss = 'themes/institutional/theme.css';
    const goodCss = '.headline { letter-spacing: 0; }\n';
    const pptxBefore = project.read(`dist/${slug}/deck.pptx`);

    const broken = await session.rebuild([project.write(shipped, edited), project.write(themeCss, `${goodCss}\n.unclosed {\n`)]);
    expect(broken.errors.map((error) => error.format()).join('\n')).toMatch(/themes\/institutional\/theme\.yaml.*Marp cannot use the theme/);
    expect(headlines(project, 'deck.html')).toContain('Borders managed together');
    expect(headlines(project, 'deck.marp.html')).not.toContain('Borders managed together');
    expect(project.read(`dist/${slug}/deck.pptx`)).toEqual(pptxBefore);
    expect(recordOf(project).key).toBeUndefined();

    const fixed = await session.rebuild([project.write(themeCss, goodCss)]);
    expect(fixed.errors).toEqual([]);
    expect(headlines(project, 'deck.marp.html')).toContain('Borders managed together');
    expect(project.read(`dist/${slug}/deck.pptx`)).not.toEqual(pptxBefore);
    expect(recordOf(project).key).toEqual(expect.any(String));
  });

  it('leaves a statement stopped between its pages and the rest to be built again by the next run', async () => {
    const { project, session } = started();
    await session.rebuild();
    await expect(
      session.rebuild([project.write(shipped, edited)], () => {
        throw new Error('stopped here');
      }),
    ).rejects.toThrow('stopped here');
    expect(headlines(project, 'deck.html')).toContain('Borders managed together');
    expect(headlines(project, 'deck.marp.html')).not.toContain('Borders managed together');

    const next = await build(project.config());
    expect(next.statements.map((statement) => statement.slug)).toEqual([slug]);
    expect(headlines(project, 'deck.marp.html')).toContain('Borders managed together');
    expect(recordOf(project).key).toEqual(expect.any(String));
    expect((await build(project.config())).unchanged).toEqual([slug]);
  });
});
