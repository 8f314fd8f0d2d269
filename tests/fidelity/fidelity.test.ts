// Every output is faithful to its statement: for a corpus of statements (the shipped one, a long one, an Arabic one,
// one of long addresses and emoji), in every theme, on A4 and on Letter, every page and PDF the outputs table lists
// is built with `lectern pdf` and checked as a reader gets it: the statement's words in the PDF's text, nothing off
// its slide or page, only the theme's fonts, legible contrast on the printed pixels, a tagged structure, and slide
// numbers that agree. A failing check writes screenshots of the pages it is about to test-artifacts/fidelity/.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/config.js';
import { launchBrowser } from '../helpers/browser.js';
import {
  foreignFonts,
  lowContrast,
  missingStructure,
  missingText,
  overlappingText,
  textOffPage,
  thinStructure,
  wrongPageCount,
  type Problem,
} from '../helpers/fidelity-checks.js';
import { elementsOutside, screenshotOutput, slideNumbers, type PageProblem, type SlideNumber } from '../helpers/fidelity-browser.js';
import { readPdfDetail, snapshotPages, type PdfDetail } from '../helpers/fidelity-pdf.js';
import {
  buildCase,
  corpus,
  expectedText,
  papers,
  printedOutputs,
  slideOutputs,
  themeFamilies,
  themes,
  type FidelityCase,
  type PrintedOutput,
} from '../helpers/fidelity.js';
import { repoRoot } from '../helpers/project.js';
import type { Deck } from '../../src/plan/deck.js';
import { planHandout } from '../../src/plan/handout.js';

/** Every "Slide n of N, continued" label the handout may print. */
const continuedLabels = (deck: Deck) => planHandout(deck, { layout: 1, paper: 'a4' }).sheets.flatMap((sheet) => sheet.items.map((item) => item.continuedLabel));

const artifacts = path.join(repoRoot, 'test-artifacts', 'fidelity');
const started = performance.now();
let browser: Browser;

beforeAll(async () => {
  rmSync(artifacts, { recursive: true, force: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  // A build started ahead for a case that did not run (a filtered run) still leaves nothing behind.
  for (const build of builds.values()) (await build.catch(() => undefined))?.project.remove();
  console.log(`fidelity: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
});

const cases = themes.flatMap((theme) => papers.map((paper): [string, Paper] => [theme, paper]));

/** Each case's build, started as the case before it begins its checks, so that building and checking overlap. */
const builds = new Map<number, Promise<FidelityCase>>();
function buildFor(index: number): Promise<FidelityCase> | undefined {
  const next = cases[index];
  if (!next) return undefined;
  if (!builds.has(index)) {
    const promise = buildCase(...next);
    promise.catch(() => undefined);
    builds.set(index, promise);
  }
  return builds.get(index);
}

/** The screenshots already written: several checks failing on one page keep one picture of it. */
const written = new Set<string>();

/** The most problems one assertion lists; failures.txt in the case's folder has them all. */
const listed = 40;

/** Fails with every problem listed, after keeping the pages it is about where a person can look at them. */
async function expectNone(
  problems: readonly (Problem | PageProblem)[],
  where: { built: FidelityCase; statement: string; output?: PrintedOutput; check: string; pdf?: boolean },
): Promise<void> {
  if (problems.length === 0) return;
  const title = `${where.statement} · ${where.built.theme} · ${where.built.paper}${where.output ? ` · ${where.output.pdf}` : ''} · ${where.check}`;
  const dir = path.join(artifacts, `${where.statement}-${where.built.theme}-${where.built.paper}`);
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, 'failures.txt'), `${title}\n${problems.map((problem) => `  - ${problem.message}\n`).join('')}\n`);
  const outputs = where.output ? [where.output] : printedOutputs.filter((output) => slideOutputs.has(output.name));
  for (const output of outputs) {
    const folder = where.built.folder(where.statement);
    const pages = [
      ...new Set(problems.flatMap((problem) => ('slide' in problem && problem.slide !== undefined ? [problem.slide + 1] : problem.page ? [problem.page] : []))),
    ].slice(0, 8);
    const shown = pages.length ? pages : [1];
    const pdfFile = path.join(folder, output.pdf);
    if (where.pdf !== false && existsSync(pdfFile)) {
      if (!written.has(path.join(dir, output.pdf))) copyFileSync(pdfFile, path.join(dir, output.pdf));
      written.add(path.join(dir, output.pdf));
      const fresh = shown.filter((page) => !written.has(path.join(dir, `${output.pdf}-page-${page}`)));
      snapshotPages(pdfFile, fresh, path.join(dir, `${output.pdf}-page-`));
      fresh.forEach((page) => written.add(path.join(dir, `${output.pdf}-page-${page}`)));
    }
    const slides = slideOutputs.has(output.name)
      ? shown.map((page) => page - 1).filter((slide) => !written.has(path.join(dir, `${output.html}-slide-${slide}`)))
      : [];
    const whole = path.join(dir, output.html);
    if (slides.length || (!slideOutputs.has(output.name) && !written.has(whole))) {
      await screenshotOutput(browser, path.join(folder, output.html), output.name, slides, whole);
      slides.forEach((slide) => written.add(path.join(dir, `${output.html}-slide-${slide}`)));
      written.add(whole);
    }
  }
  const messages = problems.map((problem) => problem.message);
  expect(
    messages.length > listed
      ? [...messages.slice(0, listed), `… and ${messages.length - listed} more: see ${path.relative(repoRoot, dir)}/failures.txt`]
      : messages,
    `${title} (pictures in ${path.relative(repoRoot, dir)}/)`,
  ).toEqual([]);
}

describe.each(cases)('fidelity: %s theme, %s paper', (theme, paper) => {
  let built: FidelityCase;
  const pdfs = new Map<string, Promise<PdfDetail>>();
  const pdf = (statement: string, output: PrintedOutput) => {
    const key = `${statement}/${output.pdf}`;
    if (!pdfs.has(key)) pdfs.set(key, readPdfDetail(path.join(built.folder(statement), output.pdf)));
    return pdfs.get(key)!;
  };

  beforeAll(async () => {
    const index = cases.findIndex(([t, p]) => t === theme && p === paper);
    built = (await buildFor(index))!;
    void buildFor(index + 1);
    console.log(`fidelity: lectern pdf --theme ${theme} --paper ${paper}: ${built.seconds.toFixed(1)} s`);
  }, 300_000);
  afterAll(() => built?.project.remove());

  describe.each(corpus.map(({ name }) => name))('%s statement', (statement) => {
    const plan = () => built.plans.get(statement)!;

    // The decks print at 16:9 whatever the paper: checked once, with A4; the paper's own outputs on both.
    const checked = paper === papers[0] ? printedOutputs : printedOutputs.filter((output) => !slideOutputs.has(output.name));
    describe.each(checked.map((output): [string, PrintedOutput] => [output.pdf, output]))('%s', (_name, output) => {
      const at = (check: string, pdfShown = true) => ({ built, statement, output, check, pdf: pdfShown });

      it('1 text: every headline, key message and notes sentence is in the PDF text, as words in order, on its page', async () => {
        const expected = expectedText(output, plan());
        // The handout's notes may go on over a page under "Slide 6 of 7, continued": a label between the words.
        const furniture = output.name === 'handout' ? continuedLabels(plan().deck) : [];
        const problems = expected
          ? missingText(await pdf(statement, output), expected, furniture)
          : [{ message: `the fidelity test does not know what text ${output.pdf} owes its statement: say it in "owed" in tests/helpers/fidelity.ts` }];
        await expectNone(problems, at('1 text'));
      });

      it('2 geometry: every piece of PDF text lies inside its page', async () => {
        await expectNone(textOffPage(await pdf(statement, output)), at('2 geometry: text off the PDF page'));
      });

      it('2 geometry: no text is drawn over other text in the PDF', async () => {
        await expectNone(overlappingText(await pdf(statement, output)), at('2 geometry: overlapping text'));
      });

      if (slideOutputs.has(output.name)) {
        it('2 geometry: the PDF has one page per slide', async () => {
          await expectNone(wrongPageCount(await pdf(statement, output), plan().deck.slides.length), at('2 geometry: page count'));
        });
      }

      it(`2 geometry: every element of ${output.html} lies inside its slide or printed page`, async () => {
        const problems = await elementsOutside(browser, path.join(built.folder(statement), output.html), output.name, paper);
        await expectNone(problems, at(`2 geometry: ${output.html} elements outside`, false));
      });

      it("3 fonts: every font in the PDF is one of the theme's bundled families", async () => {
        await expectNone(foreignFonts(await pdf(statement, output), themeFamilies(theme)), at('3 fonts'));
      });

      it('4 contrast: every piece of text is at least 4.5:1 against its background on the printed page', async () => {
        await expectNone(lowContrast(await pdf(statement, output)), at('4 contrast'));
      });

      it('5 structure: headings and lists are in the PDF structure tree', async () => {
        const { deck, briefing } = plan();
        const document = await pdf(statement, output);
        const content = deck.slides.filter((slide) => slide.keyMessages.length > 0);
        let problems: Problem[];
        if (slideOutputs.has(output.name)) {
          problems = missingStructure(
            document,
            deck.slides.map((slide, index) => ({ page: index + 1, what: `slide ${index + 1} (${slide.id})`, list: slide.keyMessages.length > 0 })),
          );
        } else if (output.name === 'briefing') {
          const parts = [briefing.introduction, ...briefing.points, briefing.ask];
          problems = thinStructure(document, parts.length, parts.filter((part) => part.keyMessages.length > 0).length);
        } else if (output.name === 'handout') {
          problems = thinStructure(document, deck.slides.length, content.length);
        } else {
          problems = thinStructure(document, 1, 0);
        }
        await expectNone(problems, at('5 structure'));
      });
    });

    it('6 slide numbers: reveal.js, Marp and the handout number every slide the same, n = its place, the title 1', async () => {
      const { deck } = plan();
      const total = deck.slides.length;
      const sources = (['deck', 'marp', 'handout'] as const).flatMap((name) => {
        const output = printedOutputs.find((candidate) => candidate.name === name);
        return output ? [{ name, output }] : [];
      });
      const problems: PageProblem[] = [];
      for (const { name, output } of sources) {
        const numbers: SlideNumber[] = await slideNumbers(browser, path.join(built.folder(statement), output.html), name);
        if (numbers.length !== total) problems.push({ message: `${output.html} has ${numbers.length} slides, the deck ${total}` });
        numbers.forEach(({ slide, shown, raw }) => {
          const expected = `${slide + 1} of ${total}`;
          const where = `slide ${slide + 1} (${deck.slides[slide]?.id ?? '?'})`;
          if (!shown) {
            // Marp may leave the title slide unnumbered; every other slide shows its number.
            if (!(name === 'marp' && slide === 0)) problems.push({ slide, message: `${output.html}: ${where} shows no number; expected ${expected}` });
            return;
          }
          const [n, of] = shown;
          if (n !== slide + 1 || (of !== undefined && of !== total))
            problems.push({ slide, message: `${output.html}: ${where} shows "${raw.trim()}"; expected ${expected}` });
          else if (of === undefined && name !== 'marp')
            problems.push({ slide, message: `${output.html}: ${where} shows "${raw.trim()}", without the number of slides` });
        });
      }
      await expectNone(problems, { built, statement, check: '6 slide numbers' });
    });
  });
});
