// The shared assets: every theme's fonts, and the index's own, copied into _assets/fonts/ once each.
import { mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFiles } from '../../src/render/site.js';
import { themeStyles } from '../../src/render/styles.js';
import { loadTheme, type ResolvedTheme } from '../../src/themes/load.js';
import { createProject, repoRoot, type TestProject } from '../helpers/project.js';

let project: TestProject;
beforeAll(() => {
  project = createProject();
});
afterAll(() => project.remove());

const copies = async (theme: ResolvedTheme) =>
  new Map(
    (
      await assetFiles([theme], themeStyles(path.join(repoRoot, 'templates')), {
        templatesDir: path.join(repoRoot, 'templates'),
        packageRoot: repoRoot,
        fontsCacheDir: path.join(project.root, 'cache'),
      })
    ).flatMap((file) =>
      ['copyFrom', 'contents'].some((key) => key in file) && file.path.endsWith('.woff2') ? [[file.path, 'copyFrom' in file ? file.copyFrom : '']] : [],
    ),
  );

describe('the fonts in _assets/fonts/', () => {
  it('are the index’s own (Source Sans 3 and Vazirmatn) whatever the theme', async () => {
    const projector = loadTheme('projector', project.config(), { file: 'test' });
    const files = [...(await copies(projector)).keys()];
    expect(files).toContain('_assets/fonts/source-sans-3-latin-400-normal.woff2');
    expect(files).toContain('_assets/fonts/vazirmatn-arabic-700-normal.woff2');
    expect(files).toContain('_assets/fonts/atkinson-hyperlegible-latin-700-normal.woff2');
  });

  it('are the theme’s own files where the project installs its own copy of a font the index uses too', async () => {
    const theme = loadTheme('institutional', project.config(), { file: 'test' });
    // A theme whose Vazirmatn comes from the project's own node_modules, as a project with its own install has. (Its
    // names are right, so the file itself is copied; Source Sans 3's are copied renamed: see face-names.test.ts.)
    const ownFile = path.join(project.root, 'node_modules', '@fontsource', 'vazirmatn', 'files', 'vazirmatn-arabic-400-normal.woff2');
    mkdirSync(path.dirname(ownFile), { recursive: true });
    const original = theme.faces.find((face) => path.basename(face.file) === path.basename(ownFile))!;
    copyFileSync(original.file, ownFile);
    const own = { ...theme, faces: theme.faces.map((face) => (face === original ? { ...face, file: ownFile } : face)) };
    expect((await copies(own)).get('_assets/fonts/vazirmatn-arabic-400-normal.woff2')).toBe(ownFile);
  });
});
