// `lectern build [FILE…]`: build statements into the output folder, and with --pdf print their PDFs.
import { Option, type Command } from 'commander';
import { displayPath, resolveConfig, type HandoutLayout, type Paper, type ResolvedConfig } from '../config.js';
import { wpmOption } from './check.js';
import type { BuildResult } from '../build.js';
import { checkThemeOption } from '../themes/names.js';
import type { CliIO, CommandContext } from './context.js';

export interface BuildFlags {
  theme?: string;
  out: string;
  pdf?: boolean;
  paper?: Paper;
  handoutLayout?: '1' | '2' | '3';
  browser?: string;
  wpm: number;
}

export function registerBuild(program: Command, { io }: CommandContext): void {
  const command = program
    .command('build')
    .description('build every statement in content/ (or the files named) into dist/')
    .argument('[files...]', 'content files to build (default: every .md file in content/)')
    .addOption(new Option('--pdf', 'also print the PDFs: deck, briefing, handout and Marp deck'));
  addBuildOptions(command).action(async (files: string[], options: BuildFlags) => {
    await buildAndPrint(io, configFrom(io, files, options));
  });
}

/** The options `build` and `pdf` share. */
export function addBuildOptions(command: Command): Command {
  return command
    .addOption(new Option('-t, --theme <name>', "theme for every statement, overriding each file's theme:"))
    .addOption(new Option('-o, --out <dir>', 'output folder').default('dist'))
    .addOption(wpmOption())
    .addOption(new Option('--paper <size>', 'paper for the briefing and the handout (default: a4)').choices(['a4', 'letter']))
    .addOption(new Option('--handout-layout <n>', 'slides per handout page (default: 2)').choices(['1', '2', '3']))
    .addOption(new Option('--browser <path>', 'Chrome or Chromium to print with (default: CHROME_PATH, then chromium on the PATH)'));
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
    wordsPerMinute: options.wpm,
  });
  checkThemeOption(config);
  return config;
}

/**
 * Builds, and prints if asked. The browser is found first and started while the build runs; when there is none,
 * the HTML is still built, and the run then fails saying how to get one.
 */
export async function buildAndPrint(io: CliIO, config: ResolvedConfig): Promise<void> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  const search = config.pdf ? (await import('../print/browser.js')).findBrowser(config, process.env) : undefined;
  const printer = search?.found ? (await import('../print/print.js')).startPrinter(search.executable) : undefined;
  try {
    const { build } = await import('../build.js');
    const signal = io.stopSignal?.();
    const result = await build(search && !search.found ? { ...config, pdf: false } : config, {
      printer,
      signal,
      onWait: ({ pid }) => io.logger.info(`Waiting for another lectern (process ${pid}) to finish writing ${displayPath(config, config.outDir)}/`),
    });
    for (const warning of result.warnings) io.logger.warn(warning);
    io.logger.info(buildSummary(result, `${displayPath(config, config.outDir)}/`, seconds()));
    // Stopped as the build finished: it is complete, and the run still ends as stopped.
    signal?.throwIfAborted();
    if (search && !search.found) throw search.problem;
    if (!result.printed) return;
    for (const warning of result.printed.warnings) io.logger.warn(warning);
    const pages = result.printed.pdfs.reduce((sum, pdf) => sum + pdf.pages, 0);
    io.logger.info(`Printed ${result.printed.pdfs.length} PDFs (${pages} pages); done in ${seconds()} s`);
  } finally {
    await printer?.close();
  }
}

/** "Built 2 statements (14 slides), 98 unchanged, into dist/ in 0.61 s", or "Nothing to build: …". */
function buildSummary({ statements, unchanged }: BuildResult, outDir: string, seconds: string): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (statements.length === 0) {
    return `Nothing to build: ${plural(unchanged.length, 'statement')} in ${outDir} ${unchanged.length === 1 ? 'is' : 'are'} up to date (${seconds} s)`;
  }
  const slides = statements.reduce((sum, s) => sum + s.slides, 0);
  const kept = unchanged.length > 0 ? `, ${unchanged.length} unchanged,` : '';
  return `Built ${plural(statements.length, 'statement')} (${plural(slides, 'slide')})${kept} into ${outDir} in ${seconds} s`;
}
