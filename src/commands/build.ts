// `lectern build [FILE…]`: build statements into the output folder, and with --pdf print their PDFs.
import { Option, type Command } from 'commander';
import { displayPath, resolveConfig, type HandoutLayout, type Paper, type ResolvedConfig } from '../config.js';
import type { BuildResult } from '../build/index.js';
import { checkThemeOption } from '../themes/names.js';
import type { CliIO, CommandContext } from './context.js';
import { checkPptxTemplateOption, outOption, paperOption, pptxTemplateOption, readingSizeOption, themeOption, wpmOption } from './options.js';

export interface BuildFlags {
  theme?: string;
  out: string;
  pdf?: boolean;
  paper?: Paper;
  handoutLayout?: '1' | '2' | '3';
  browser?: string;
  pptxTemplate?: string;
  wpm: number;
  readingSize?: number;
}

export function registerBuild(program: Command, { io }: CommandContext): void {
  const command = program
    .command('build')
    .description('build every statement in content/ (or the files named) into dist/')
    .argument('[files...]', 'content files to build (default: every .md file in content/)')
    .addOption(new Option('--pdf', "also print the PDFs: deck, Marp deck, briefing, handout, reading and interpreters' copies"));
  addBuildOptions(command).action(async (files: string[], options: BuildFlags) => {
    await runBuild(io, configFrom(io, files, options));
  });
}

/** The options that change what a build writes: `build`, `pdf` and `dev` share them, so each makes the same files. */
export function addOutputOptions(command: Command): Command {
  return command
    .addOption(themeOption())
    .addOption(pptxTemplateOption())
    .addOption(outOption())
    .addOption(wpmOption())
    .addOption(paperOption())
    .addOption(readingSizeOption())
    .addOption(new Option('--handout-layout <n>', 'slides per handout page (default: 2)').choices(['1', '2', '3']));
}

/** The options `build` and `pdf` share. */
export function addBuildOptions(command: Command): Command {
  return addOutputOptions(command).addOption(
    new Option('--browser <path>', 'Chrome or Chromium to print with (default: CHROME_PATH, then chromium on the PATH)'),
  );
}

export function configFrom(io: CliIO, files: string[], options: BuildFlags): ResolvedConfig {
  const config = resolveConfig({
    root: io.cwd,
    files,
    theme: options.theme,
    outDir: options.out,
    pdf: options.pdf,
    paper: options.paper,
    handoutLayout: options.handoutLayout === undefined ? undefined : (Number(options.handoutLayout) as HandoutLayout),
    browser: options.browser,
    pptxTemplate: options.pptxTemplate,
    wordsPerMinute: options.wpm,
    readingSize: options.readingSize,
  });
  checkThemeOption(config);
  checkPptxTemplateOption(config, options.pptxTemplate);
  return config;
}

/** Builds (and prints, when the configuration asks), then says what was done. */
export async function runBuild(io: CliIO, config: ResolvedConfig): Promise<void> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  const out = `${displayPath(config, config.outDir)}/`;
  const { build } = await import('../build/index.js');
  const signal = io.stopSignal?.();
  const result = await build(config, { signal, onWait: ({ pid }) => io.logger.info(`Waiting for another lectern (process ${pid}) to finish writing ${out}`) });
  for (const warning of [...result.warnings, ...(result.printed?.warnings ?? [])]) io.logger.warn(warning);
  io.logger.info(buildSummary(result, out, seconds()));
  if (result.printed) io.logger.info(printSummary(result.printed.pdfs, seconds()));
  // Stopped as the build finished: it is complete, and the run still ends as stopped.
  signal?.throwIfAborted();
  if (result.notPrinted) throw result.notPrinted;
  if (result.statements.length > 0) io.keepCompiledCode?.();
}

/** "Built 2 statements (14 slides), 98 unchanged, into dist/ in 0.61 s", or "Nothing to build: …". */
function buildSummary({ statements, unchanged }: BuildResult, outDir: string, seconds: string): string {
  if (statements.length === 0) {
    return `Nothing to build: ${plural(unchanged.length, 'statement')} in ${outDir} ${unchanged.length === 1 ? 'is' : 'are'} up to date (${seconds} s)`;
  }
  const slides = statements.reduce((sum, s) => sum + s.slides, 0);
  const kept = unchanged.length > 0 ? `, ${unchanged.length} unchanged,` : '';
  return `Built ${plural(statements.length, 'statement')} (${plural(slides, 'slide')})${kept} into ${outDir} in ${seconds} s`;
}

/** "Printed 4 PDFs (19 pages); done in 2.31 s" */
function printSummary(pdfs: readonly { readonly pages: number }[], seconds: string): string {
  const pages = pdfs.reduce((sum, pdf) => sum + pdf.pages, 0);
  return `Printed ${plural(pdfs.length, 'PDF')} (${plural(pages, 'page')}); done in ${seconds} s`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
