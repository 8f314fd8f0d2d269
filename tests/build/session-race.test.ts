// A template saved while watch mode reads it: the watcher reports the change as the editor starts writing, the rebuild
// may read the file before the new text has landed, and the watcher's second look at the file (a moment later) must
// then build it again from the new text. Here the save lands exactly between Lectern reading the templates and the
// rest of the rebuild, as it once did on a loaded machine.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { createBuildSession } from '../../src/build/session.js';
import { createProject, repoRoot, shippedSource, type TestProject } from '../helpers/project.js';

const hooks = vi.hoisted(() => ({ afterTemplatesRead: undefined as (() => void) | undefined }));

vi.mock('../../src/render/templates.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/templates.js')>();
  return {
    ...original,
    loadTemplates: async (...args: Parameters<typeof original.loadTemplates>) => {
      const templates = await original.loadTemplates(...args);
      const then = hooks.afterTemplatesRead;
      hooks.afterTemplatesRead = undefined;
      then?.();
      return templates;
    },
  };
});

let project: TestProject | undefined;
afterEach(() => project?.remove());

it('builds a template again from its new text when the rebuild read it before the save landed', async () => {
  project = createProject({ 'content/iom-crime-prevention-2019.md': shippedSource });
  cpSync(path.join(repoRoot, 'templates'), path.join(project.root, 'templates'), { recursive: true });
  const session = createBuildSession(project.config());
  expect((await session.rebuild()).errors).toEqual([]);

  const template = 'templates/briefing.hbs';
  const whole = project.read(template).replace('<main class="briefing"', '<main data-edited class="briefing"');
  const file = path.join(project.root, template);
  hooks.afterTemplatesRead = () => project!.write(template, whole);
  await session.rebuild([file]);
  // The watcher's second look, once the file has been quiet.
  const second = await session.rebuild([file]);

  expect(second.errors).toEqual([]);
  expect(project.read('dist/iom-crime-prevention-2019/briefing.html')).toContain('data-edited');
});
