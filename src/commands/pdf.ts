// `lectern pdf [FILE…]`: build statements and print their PDFs; the same as `lectern build --pdf`.
import type { Command } from 'commander';
import { addBuildOptions, runBuild, configFrom, type BuildFlags } from './build.js';
import type { CommandContext } from './context.js';

export function registerPdf(program: Command, { io }: CommandContext): void {
  const command = program
    .command('pdf')
    .description('build statements and print their PDFs (deck, briefing, handout, Marp deck) with Chromium')
    .argument('[files...]', 'content files to build (default: every .md file in content/)');
  addBuildOptions(command).action(async (files: string[], options: BuildFlags) => {
    await runBuild(io, configFrom(io, files, { ...options, pdf: true }));
  });
}
