// What `lectern check` says about one statement: how long each part takes to say, and a warning, with its line,
// for every headline or key message over its budget and every slide that had to shrink or split to fit.
import { missingFieldHint } from '../content/schema.js';
import type { Part, Statement } from '../content/statement.js';
import type { Location } from '../errors.js';
import type { FitReport } from '../fit/index.js';
import { countWords, type StatementPace } from '../plan/pace.js';

/** How much a slide can say and still be read from the back of the room (README, "Content format"). */
export const budgets = {
  headlineWords: 8,
  keyMessageWords: 15,
  keyMessages: { min: 2, max: 4 },
} as const;

export interface Warning {
  readonly at: Location;
  readonly message: string;
}

export interface StatementCheck {
  readonly statement: Statement;
  readonly pace: StatementPace;
  readonly fit: FitReport;
  readonly warnings: readonly Warning[];
}

export function checkStatement(statement: Statement, pace: StatementPace, fit: FitReport): StatementCheck {
  const warnings = [...headerWarnings(statement), ...budgetWarnings(statement), ...fitWarnings(statement, fit)];
  warnings.sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0));
  return { statement, pace, fit, warnings };
}

/**
 * A warning for each header field the file leaves out, at its front matter (line 1), saying what to add: the outputs
 * leave the field out, and a missing title is drafted. `lectern import` lists the same warnings.
 */
export function headerWarnings(statement: Pick<Statement, 'file' | 'missing'> & Partial<Pick<Statement, 'draftTitle'>>): Warning[] {
  const at = { file: statement.file, line: 1 };
  return statement.missing.map((field) => {
    const drafted = field === 'title' && statement.draftTitle;
    return {
      at,
      message: drafted
        ? `no title; the outputs use a draft from ${drafted.from}, "${drafted.text}"; ${missingFieldHint.title}`
        : `no ${field}; ${missingFieldHint[field]}`,
    };
  });
}

function parts(statement: Statement): { name: string; part: Part }[] {
  return [
    { name: 'the introduction', part: statement.introduction },
    ...statement.points.map((part, index) => ({ name: `point ${index + 1}`, part })),
    { name: 'the conclusion', part: statement.conclusion },
  ];
}

function budgetWarnings(statement: Statement): Warning[] {
  const { file } = statement;
  const lang = statement.meta.lang;
  const warnings: Warning[] = [];
  for (const { name, part } of parts(statement)) {
    const headlineWords = countWords(part.headline.text, lang);
    if (headlineWords > budgets.headlineWords) {
      warnings.push({
        at: { file, line: part.headline.line },
        message: `the headline of ${name} has ${headlineWords} words, over the budget of ${budgets.headlineWords}; shorten it`,
      });
    }
    const count = part.keyMessages.length;
    if (count < budgets.keyMessages.min || count > budgets.keyMessages.max) {
      warnings.push({
        at: { file, line: part.headline.line },
        message: `${name} has ${count} key message${count === 1 ? '' : 's'}, outside the budget of ${budgets.keyMessages.min}–${budgets.keyMessages.max}; ${count < budgets.keyMessages.min ? 'add one' : 'merge or cut some'}`,
      });
    }
    for (const message of part.keyMessages) {
      const words = countWords(message.text, lang);
      if (words > budgets.keyMessageWords) {
        warnings.push({
          at: { file, line: message.line },
          message: `a key message of ${name} has ${words} words, over the budget of ${budgets.keyMessageWords}; shorten it`,
        });
      }
    }
  }
  return warnings;
}

function fitWarnings(statement: Statement, fit: FitReport): Warning[] {
  const { file } = statement;
  const names = new Map<string, string>([
    ['title', 'the title slide'],
    ['introduction', 'the introduction'],
    ['conclusion', 'the conclusion'],
    ['closing', 'the closing slide'],
    ...statement.points.map((_, index): [string, string] => [`point-${index + 1}`, `point ${index + 1}`]),
  ]);
  const lineOf = (id: string, line: number | undefined) =>
    line ?? (id === 'title' ? statement.titleLine : id === 'closing' ? statement.closing.line || undefined : undefined);
  const warnings: Warning[] = [];
  for (const note of fit.slides) {
    const at = { file, line: lineOf(note.id, note.line) };
    const name = names.get(note.id) ?? note.id;
    if (note.slides > 1) {
      warnings.push({
        at,
        message: `${name} is split over ${note.slides} slides to fit${note.scale < 1 ? `, its type shrunk to ${percent(note.scale)}` : ''}; shorten its key messages to keep it on one`,
      });
    } else if (note.scale < 1) {
      warnings.push({ at, message: `${name} shrinks to ${percent(note.scale)} of the theme's type size to fit; shorten its text to keep the normal size` });
    }
  }
  if (fit.briefing.scale < 1) {
    warnings.push({
      at: { file },
      message: `the briefing shrinks to ${fit.briefing.fontSize} pt text (${percent(fit.briefing.scale)}) to fit one page; shorten headlines or key messages to keep the normal size`,
    });
  }
  return warnings;
}

function percent(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
