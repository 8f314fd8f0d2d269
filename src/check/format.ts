// `lectern check`'s report as text: a table of words and speaking time per part, then the warnings with file:line.
import { formatLocation } from '../errors.js';
import type { StatementCheck } from './lint.js';

/** `4:05`: minutes and seconds, rounded to the second. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function formatCheck(check: StatementCheck): string {
  const { statement, pace, fit } = check;
  const rows = [...pace.parts.map((part) => [part.name, part.words, part.seconds] as const), ['total', pace.words, pace.seconds] as const];
  const nameWidth = Math.max(...rows.map(([name]) => name.length), 'part'.length);
  const line = (name: string, words: string, time: string) => `  ${name.padEnd(nameWidth)}  ${words.padStart(6)}  ${time.padStart(6)}`;
  const slides = fit.slides.reduce((sum, note) => sum + note.slides, 0);
  const warnings = check.warnings.length;
  return [
    `${statement.file}: theme ${statement.theme}, ${pace.wordsPerMinute} words a minute`,
    line('part', 'words', 'time'),
    ...rows.map(([name, words, seconds]) => line(name, String(words), formatDuration(seconds))),
    `  ${slides} slides; briefing at ${fit.briefing.fontSize} pt; ${warnings === 0 ? 'no warnings' : `${warnings} warning${warnings === 1 ? '' : 's'}`}`,
    ...check.warnings.map((warning) => `warning ${formatLocation(warning.at)}: ${warning.message}`),
  ].join('\n');
}
