// The options several commands share, each with its default read from config.ts, where every default lives.
import { existsSync, statSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import { defaultConfig, type ResolvedConfig } from '../config.js';
import { LecternError } from '../errors.js';

/** `-t, --theme NAME`: one theme for every statement. */
export function themeOption(purpose = "theme for every statement, overriding each file's theme:"): Option {
  return new Option('-t, --theme <name>', purpose);
}

/** `-o, --out DIR`: the output folder. */
export function outOption(): Option {
  return new Option('-o, --out <dir>', 'output folder').default(defaultConfig.outDir);
}

/** `--wpm N`: the speaking pace for delivery-time estimates. */
export function wpmOption(): Option {
  return new Option('--wpm <n>', 'speaking pace, in words a minute, for delivery-time estimates')
    .default(defaultConfig.wordsPerMinute)
    .argParser((value: string) => {
      const pace = Number(value);
      if (!Number.isInteger(pace) || pace < 40 || pace > 400) throw new InvalidArgumentError('give a whole number of words a minute from 40 to 400.');
      return pace;
    });
}

/** A whole number from `least` to `most`, for options such as `--reading-size 18`. */
function wholeNumber(least: number, most: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < least || n > most) throw new InvalidArgumentError(`give a whole number of ${what} from ${least} to ${most}.`);
    return n;
  };
}

/** `--reading-size N`: the type size of the reading copy. */
export function readingSizeOption(): Option {
  return new Option('--reading-size <pt>', `type size of the reading copy, in points (default: ${defaultConfig.readingSize})`).argParser(
    wholeNumber(10, 36, 'points'),
  );
}

/** `--reading-pages N`: warn when a reading copy runs over this many pages. */
export function readingPagesOption(): Option {
  return new Option('--reading-pages <n>', 'warn when a reading copy runs over this many pages').argParser(wholeNumber(1, 500, 'pages'));
}

/** `--paper a4|letter`: the paper of the printed outputs. */
export function paperOption(): Option {
  return new Option('--paper <size>', `paper for the briefing, the handout and the reading copy (default: ${defaultConfig.paper})`).choices(['a4', 'letter']);
}

/** `--pptx-template FILE`: the organization's PowerPoint template for every deck.pptx. */
export function pptxTemplateOption(): Option {
  return new Option('--pptx-template <file>', "PowerPoint template (.pptx or .potx) for deck.pptx, in place of the theme's").argParser((value: string) => {
    if (!/\.(pptx|potx)$/i.test(value)) throw new InvalidArgumentError('give a PowerPoint file ending in .pptx or .potx.');
    return value;
  });
}

/** A `--pptx-template` that names no file is a mistake on the command line. */
export function checkPptxTemplateOption(config: Pick<ResolvedConfig, 'pptxTemplate'>, given: string | undefined): void {
  if (config.pptxTemplate && !(existsSync(config.pptxTemplate) && statSync(config.pptxTemplate).isFile())) {
    throw new LecternError(`--pptx-template ${given}: no such file`, { kind: 'usage', hint: 'give the path of a .pptx or .potx file' });
  }
}
