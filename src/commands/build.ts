// `lectern build [FILE…]`: build statements into the output folder.
import { Option, type Command } from 'commander';
import { displayPath, resolveConfig } from '../config.js';
import { wpmOption } from './check.js';
import type { CommandContext } from './context.js';

export function registerBuild(program: Command, { io }: CommandContext): void {
  program
    .command('build')
    .description('build every statement in content/ (or the files named) into dist/')
    .argument('[files...]', 'content files to build (default: every .md file in content/)')
    .addOption(new Option('-t, --theme <name>', "theme for every statement, overriding each file's theme:"))
    .addOption(new Option('-o, --out <dir>', 'output folder').default('dist'))
    .addOption(wpmOption())
    .action(async (files: string[], options: { theme?: string; out: string; wpm: number }) => {
      const config = resolveConfig({ root: io.cwd, files, theme: options.theme, outDir: options.out, wordsPerMinute: options.wpm });
      const started = performance.now();
      const { build } = await import('../build.js');
      const result = await build(config);
      for (const warning of result.warnings) io.logger.warn(warning);
      const slides = result.statements.reduce((sum, s) => sum + s.deck.slides.length, 0);
      const count = result.statements.length;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      io.logger.info(
        `Built ${count} statement${count === 1 ? '' : 's'} (${slides} slides) into ${displayPath(config, config.outDir)}/ in ${seconds} s`,
      );
    });
}
