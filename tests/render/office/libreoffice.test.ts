// deck.pptx and briefing.docx opened by a real Office client: LibreOffice, headless, converts them to PDF as a user's
// "Export as PDF" would. The deck has one page per slide with every headline and key message on it, in every theme,
// on Lectern's own master and on an organization's; the briefing is exactly one page of A4 and of US Letter, for the
// shipped statement and for heavy ones. LibreOffice is installed for the tests (see README, "Office files"), without
// the themes' fonts: it sets wider ones in their place, as on a machine where they were never installed. Without it
// the tests fail, saying what to install, as the browser tests do without Chromium: they never pass by being skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Config } from '../../../src/config.js';
import type { PlannedStatement } from '../../../src/plan/statement.js';
import { buildOutputs } from '../../helpers/outputs.js';
import { a4, letter, readPdf, sameSize } from '../../helpers/pdf.js';
import { createProject, fixtureProject, fixturesDir, shippedSource, type TestProject } from '../../helpers/project.js';
import { bytesOf } from './read.js';

const themes = ['institutional', 'projector', 'print'] as const;
const work = mkdtempSync(path.join(tmpdir(), 'lectern-office-'));

interface Case {
  readonly name: string;
  readonly make: () => TestProject;
  readonly options: Partial<Config>;
  /** The statement to convert, where the project has more than one. */
  readonly slug?: string;
}

const shipped = () => createProject({ 'content/iom.md': shippedSource });
const deckCases: Case[] = [
  ...themes.map((theme) => ({ name: `shipped-${theme}`, make: shipped, options: { theme } })),
  ...['arabic', 'stress-six-messages', 'stress-long-headline', 'stress-arabic'].map((name) => ({ name, make: () => fixtureProject(name), options: {} })),
  { name: 'org-template', make: shipped, options: { pptxTemplate: path.join(fixturesDir, 'office', 'org-master.pptx') } },
  ...logoCases(''),
  {
    name: 'logo-svg-org-template',
    make: () => fixtureProject('logo'),
    options: { pptxTemplate: path.join(fixturesDir, 'office', 'org-master.pptx') },
    slug: 'with-logo',
  },
];
const heavy = ['stress-six-messages', 'stress-long-headline', 'stress-arabic'];
const briefingCases: Case[] = (['a4', 'letter'] as const).flatMap((paper) => [
  ...themes.map((theme) => ({ name: `shipped-${theme}-${paper}`, make: shipped, options: { theme, paper } })),
  ...heavy.map((name) => ({ name: `${name}-${paper}`, make: () => fixtureProject(name), options: { paper } })),
  ...logoCases(`-${paper}`, { paper }),
]);

/** The logo fixture's statements: one with an SVG logo beside it, one whose theme has a PNG logo. */
function logoCases(suffix: string, options: Partial<Config> = {}): Case[] {
  return [
    { name: `logo-svg${suffix}`, make: () => fixtureProject('logo'), options, slug: 'with-logo' },
    { name: `logo-png${suffix}`, make: () => fixtureProject('logo'), options, slug: 'theme-logo' },
  ];
}

const plans = new Map<string, PlannedStatement>();

/** LibreOffice's `soffice`, or an error that says how to install it. */
function findSoffice(): string {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (found.error || found.status !== 0) {
    throw new Error(
      `LibreOffice (soffice) is needed to open deck.pptx and briefing.docx, and ${found.error ? 'is not on the PATH' : `failed: ${found.stderr}`}: ` +
        'install it with `apt-get install -y --no-install-recommends libreoffice-impress-nogui libreoffice-writer-nogui` (README, "Office files"; .ci/run does)',
    );
  }
  return 'soffice';
}

/** Builds every case and converts all the files with one LibreOffice: it takes seconds to start. */
beforeAll(async () => {
  const soffice = findSoffice();
  const files: string[] = [];
  for (const [cases, output] of [
    [deckCases, 'deck.pptx'],
    [briefingCases, 'briefing.docx'],
  ] as const) {
    for (const { name, make, options, slug } of cases) {
      const project = make();
      try {
        const built = await buildOutputs(project, options);
        const planned = built.result.plans.find((plan) => slug === undefined || plan.deck.slug === slug)!;
        plans.set(name, planned);
        const file = path.join(work, `${name}-${output}`);
        writeFileSync(file, bytesOf(built, `${planned.deck.slug}/${output}`));
        files.push(file);
      } finally {
        project.remove();
      }
    }
  }
  const profile = path.join(work, 'profile');
  mkdirSync(profile);
  const run = spawnSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, ...files], {
    encoding: 'utf8',
    timeout: 280_000,
  });
  if (run.error || run.status !== 0) throw new Error(`soffice could not convert: ${run.error?.message ?? run.stderr}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdfOf = (name: string, output: string) => readPdf(path.join(work, `${name}-${output.replace(/\.\w+$/, '.pdf')}`));

describe.each(deckCases.map((c) => c.name))('deck.pptx of %s, opened in LibreOffice', (name) => {
  test('has one 16:9 page per slide, with every headline and key message', async () => {
    const { deck } = plans.get(name)!;
    const pdf = await pdfOf(name, 'deck.pptx');
    expect(pdf.pages).toHaveLength(deck.slides.length);
    expect(pdf.pages.every((page) => sameSize(page.size, [960, 540]))).toBe(true);
    // Arabic comes out of a PDF's text layer in shaped forms, so its words are checked in the XML tests instead.
    if (deck.meta.lang === 'ar') return;
    deck.slides.forEach((slide, index) => {
      const text = pdf.pages[index]!.text;
      for (const line of [slide.headline, ...slide.keyMessages]) expect(text, `slide ${index + 1}`).toContain(line.replace(/\s+/g, ' '));
    });
  });
});

test('the organization’s master shows: its purple ground is on the slides', () => {
  // pdftoppm writes the page to stdout as a PPM image when given no file name for it.
  const run = spawnSync('pdftoppm', ['-r', '10', '-f', '3', '-l', '3', path.join(work, 'org-template-deck.pdf')]);
  const ppm = run.stdout;
  // P6 header: magic, width, height, max value, then RGB bytes; the pixel at (2, 2).
  const [, width] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1'))!;
  const header = ppm.toString('latin1').match(/^P6\s+\d+\s+\d+\s+255\s/)![0].length;
  const at = header + (2 * Number(width) + 2) * 3;
  expect([...ppm.subarray(at, at + 3)]).toEqual([0x5b, 0x2c, 0x6f]);
});

/** The images drawn on a page of a converted file, as `pdfimages -list` lists them (soft masks left out). */
function imagesOn(name: string, output: string, page: number): string[] {
  const pdf = path.join(work, `${name}-${output.replace(/\.\w+$/, '.pdf')}`);
  const run = spawnSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdfimages failed: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .slice(2)
    .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
}

test.each(deckCases.filter((c) => c.slug).map((c) => c.name))('the logo of %s is drawn on the first slide, not on the closing', (name) => {
  expect(imagesOn(name, 'deck.pptx', 1)).toHaveLength(1);
  expect(imagesOn(name, 'deck.pptx', plans.get(name)!.deck.slides.length)).toHaveLength(0);
});

test.each(briefingCases.filter((c) => c.slug).map((c) => c.name))('the logo heads the briefing of %s', (name) => {
  expect(imagesOn(name, 'briefing.docx', 1)).toHaveLength(1);
});

describe.each(briefingCases.map((c) => c.name))('briefing.docx of %s, opened in LibreOffice', (name) => {
  test('is exactly one page of its paper, with every headline', async () => {
    const { briefing } = plans.get(name)!;
    const pdf = await pdfOf(name, 'briefing.docx');
    expect(pdf.pages).toHaveLength(1);
    expect(sameSize(pdf.pages[0]!.size, name.endsWith('letter') ? letter : a4)).toBe(true);
    if (briefing.meta.lang === 'ar') return;
    for (const line of [briefing.meta.title, ...briefing.points.map((point) => point.headline), briefing.ask.headline]) {
      expect(pdf.text).toContain(line.replace(/\s+/g, ' '));
    }
  });
});

describe.each(briefingCases.filter((c) => c.name.includes('arabic')).map((c) => c.name))(
  'briefing.docx of %s, right to left, opened in LibreOffice',
  (name) => {
    // Right to left, the lists' bullets and the points' numbers stand at the right margin, where the text starts: not
    // past it, in the page's margin (as they did when aligned "left", which LibreOffice and Word read differently).
    test('sets its bullets and numbers inside the right margin', async () => {
      const [page] = (await pdfOf(name, 'briefing.docx')).pages;
      const markers = page!.pieces.filter((piece) => /^(?:•|\.?\d+\.?|\.)$/.test(piece.text.trim()));
      const text = page!.pieces.filter((piece) => !markers.includes(piece) && /\p{Script=Arabic}/u.test(piece.text));
      const margin = Math.max(...text.map((piece) => piece.right));
      expect(markers.filter((piece) => piece.text.includes('•')).length).toBeGreaterThan(5);
      expect(markers.filter((piece) => /\d/.test(piece.text)).length).toBeGreaterThanOrEqual(2);
      for (const marker of markers)
        expect(marker.right, `"${marker.text}" at ${marker.left.toFixed(1)}–${marker.right.toFixed(1)}`).toBeLessThanOrEqual(margin + 1);
    });
  },
);
