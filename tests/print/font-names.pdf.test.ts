// The fonts a PDF embeds are named as the fonts they are: "SourceSans3-Bold", never the "SourceSans3ExtraLight-Bold"
// Source Sans 3's @fontsource files say they are, in every theme and for Arabic.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { themeFamilies } from '../helpers/fidelity.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../helpers/project.js';

/** The embedded fonts' names, without their six-letter subset prefix, as `pdffonts` (poppler) lists them. */
function embeddedFonts(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return [...new Set(lines.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))];
}

/** `Source Sans 3` → `SourceSans3-Regular`, `SourceSans3-Bold`. */
const postscriptNames = (families: readonly string[]) =>
  families.flatMap((family) => ['Regular', 'Bold'].map((style) => `${family.replace(/[^A-Za-z0-9]/g, '')}-${style}`));

const cases = [
  { name: 'the shipped statement, institutional', theme: 'institutional', make: () => createProject({ 'content/speech.md': shippedSource }), args: [] },
  {
    name: 'the shipped statement, projector',
    theme: 'projector',
    make: () => createProject({ 'content/speech.md': shippedSource }),
    args: ['--theme', 'projector'],
  },
  { name: 'the Arabic statement', theme: 'institutional', make: () => fixtureProject('arabic'), args: [] },
];

describe.each(cases)('lectern pdf: $name', ({ theme, make, args }) => {
  let project: TestProject;
  let pdfs: string[];
  beforeAll(() => {
    project = make();
    const run = runCli(['pdf', ...args], { cwd: project.root, timeout: 300_000 });
    if (run.code !== 0) throw new Error(run.stderr);
    const dist = path.join(project.root, 'dist');
    pdfs = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.pdf'))
      .map((file) => path.join(dist, file));
  }, 300_000);
  afterAll(() => project.remove());

  it('embeds only fonts named as the theme’s families, regular or bold', () => {
    expect(pdfs.map((file) => path.basename(file))).toContain('deck.pdf');
    const allowed = postscriptNames(themeFamilies(theme));
    for (const file of pdfs) {
      const fonts = embeddedFonts(file);
      expect(fonts.length, file).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font, `${path.basename(file)}: ${font}`).not.toContain('ExtraLight');
        expect(allowed, `${path.basename(file)}: ${font}`).toContain(font);
      }
    }
  });
});
