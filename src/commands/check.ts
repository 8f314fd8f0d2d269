// `lectern check [FILE…]`: words and speaking time per part, and warnings with file:line, without building.
import type { Command } from 'commander';
import { resolveConfig } from '../config.js';
import { LecternError, throwIfAny } from '../errors.js';
import { checkThemeOption } from '../themes/names.js';
import type { CommandContext } from './context.js';
import type { Paper } from '../config.js';
import { checkPptxTemplateOption, paperOption, pptxTemplateOption, readingPagesOption, readingSizeOption, themeOption, wpmOption } from './options.js';

export function registerCheck(program: Command, { io }: CommandContext): void {
  program
    .command('check')
    .description('count words and speaking time per part, and warn about text over budget or slides that had to shrink or split; builds nothing')
    .argument('[files...]', 'content files to check (default: every .md file in content/)')
    .addOption(themeOption("theme to fit the slides in, overriding each file's theme:"))
    .addOption(pptxTemplateOption())
    .addOption(wpmOption())
    .addOption(readingPagesOption())
    .addOption(readingSizeOption())
    .addOption(paperOption())
    .action(
      async (files: string[], options: { theme?: string; pptxTemplate?: string; wpm: number; readingPages?: number; readingSize?: number; paper?: Paper }) => {
        const { theme, pptxTemplate, wpm: wordsPerMinute, readingPages, readingSize, paper } = options;
        const config = resolveConfig({ root: io.cwd, files, theme, pptxTemplate, wordsPerMinute, readingPages, readingSize, paper });
        checkThemeOption(config);
        checkPptxTemplateOption(config, pptxTemplate);
        const { checkFiles } = await import('../check/run.js');
        const { formatCheck } = await import('../check/format.js');
        const { checks, errors } = await checkFiles(config);
        for (const check of checks) io.logger.result(formatCheck(check));
        if (checks.length === 0 && errors.length === 0) {
          throw new LecternError('there are no statements to check', { kind: 'usage', hint: 'add a .md file per statement to content/, or name the files' });
        }
        throwIfAny(errors);
        io.keepCompiledCode?.();
      },
    );
}
