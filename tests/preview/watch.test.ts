// Watching the sources: which folders, which files are left alone, and a save inside chokidar's quiet window is not lost.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isEditorScratch, watchedDirs, watchedFiles, watchSources, type SourceWatcher } from '../../src/preview/watch.js';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';

let project: TestProject | undefined;
let watcher: SourceWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  project?.remove();
});

describe('watchedDirs', () => {
  it("watches the project's content, templates and themes, never Lectern's own", () => {
    project = createProject({ 'content/a.md': shippedSource, 'themes/mine/theme.yaml': 'label: x\n' });
    const dirs = watchedDirs(project.config());
    expect(dirs).toEqual([path.join(project.root, 'content'), path.join(project.root, 'themes')]);
  });
});

describe('watchedFiles', () => {
  it('watches the PowerPoint template --pptx-template names, wherever it is', () => {
    project = createProject({ 'content/a.md': shippedSource, 'org.pptx': 'a template' });
    expect(watchedFiles(project.config({ pptxTemplate: path.join(project.root, 'org.pptx') }))).toEqual([path.join(project.root, 'org.pptx')]);
    expect(watchedFiles(project.config())).toEqual([]);
  });

  it('reports a save to it', async () => {
    project = createProject({ 'content/a.md': shippedSource, 'org.pptx': 'a template' });
    const template = path.join(project.root, 'org.pptx');
    let seen = (_: string) => {};
    const reported = new Promise<string>((resolve) => (seen = resolve));
    watcher = await watchSources(project.config({ pptxTemplate: template }), {
      onChange: (changed) => seen(changed),
      onError: (error) => {
        throw error;
      },
    });
    expect(watcher.files).toEqual([template]);
    writeFileSync(template, 'the template, saved again');
    expect(await reported).toBe(template);
  });
});

describe('isEditorScratch', () => {
  it('leaves alone the files editors write beside the one being saved', () => {
    for (const name of ['.statement.md.swp', 'statement.md~', '.#statement.md', '4913', 'statement.md.tmp']) {
      expect(isEditorScratch(`/p/content/${name}`), name).toBe(true);
    }
    for (const name of ['statement.md', 'theme.yaml', 'deck.hbs']) expect(isEditorScratch(`/p/content/${name}`), name).toBe(false);
  });
});

describe('watchSources', () => {
  it('reports a second save made while chokidar is still quiet after the first', async () => {
    project = createProject({ 'content/a.md': 'first\n' });
    const file = path.join(project.root, 'content/a.md');
    const seen: string[] = [];
    let settled = () => {};
    watcher = await watchSources(project.config(), {
      onChange: (changed) => {
        seen.push(readSafely(changed));
        // The second save, right as the first is reported: chokidar drops the event it makes.
        if (seen.length === 1) writeFileSync(file, 'third\n');
        if (!watcher?.settling()) settled(); // the second look, once the file has been quiet
      },
      onError: (error) => {
        throw error;
      },
    });
    const done = new Promise<void>((resolve) => (settled = resolve));
    writeFileSync(file, 'second\n');
    await done;
    expect(seen[0]).toBe('second');
    expect(seen.slice(1)).toContain('third');
    expect(seen.at(-1)).toBe('third');
  });
});

describe('a watched folder deleted and made again', () => {
  it('is reported when it comes back, and the files saved in it afterwards are too', async () => {
    project = createProject({ 'content/a.md': 'first\n' });
    const content = path.join(project.root, 'content');
    const seen: string[] = [];
    const waiters: { pattern: string; resolve: () => void }[] = [];
    const seenPath = (pattern: string) => new Promise<void>((resolve) => (seen.includes(pattern) ? resolve() : waiters.push({ pattern, resolve })));
    watcher = await watchSources(project.config(), {
      onChange: (changed) => {
        seen.push(changed);
        for (const waiter of waiters.filter(({ pattern }) => pattern === changed)) waiter.resolve();
      },
      onError: (error) => {
        throw error;
      },
    });
    rmSync(content, { recursive: true });
    await seenPath(path.join(content, 'a.md'));
    mkdirSync(content);
    await seenPath(content);
    // A file written at once may go unseen while chokidar starts watching again; the folder is reported again once
    // quiet, so a build looks at what it holds then. After that, every save is seen.
    await new Promise<void>((resolve) => setTimeout(resolve, 300));
    expect(seen.filter((file) => file === content).length).toBe(2);
    writeFileSync(path.join(content, 'b.md'), 'new\n');
    await seenPath(path.join(content, 'b.md'));
    writeFileSync(path.join(content, 'b.md'), 'edited\n');
    const before = seen.length;
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (seen.slice(before).includes(path.join(content, 'b.md'))) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
  });
});

function readSafely(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '(gone)';
  }
}
