// The options several commands share, each with its default read from config.ts, where every default lives.
import { InvalidArgumentError, Option } from 'commander';
import { defaultConfig } from '../config.js';

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
