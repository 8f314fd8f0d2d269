// Reads the header above a statement — the lines before the salutation — into its metadata: title, event, panel,
// organization, speaker and role, venue, date, time, published. Lines it cannot place are kept for the author.
import { findDate, findTime } from './dates.js';
import {
  boilerplate,
  eventOnTitle,
  eventWords,
  honorific,
  labelPatterns,
  leadingArticle,
  looksLikeName,
  onBehalfOf,
  organizationWords,
  panelWords,
  personAndRole,
  quotedTitle,
  roleWords,
  statementBy,
} from './header-lines.js';
import { wordCount } from './markers.js';
import type { SourceLine } from './paragraphs.js';

export interface HeaderFields {
  title?: string;
  event?: string;
  panel?: string;
  organization?: string;
  speaker?: string;
  role?: string;
  venue?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  time?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
}

export interface Header {
  readonly fields: HeaderFields;
  /** Header lines that matched no field and repeat nothing already found. */
  readonly unused: readonly SourceLine[];
}

type Field = keyof HeaderFields;

interface Line {
  readonly source: SourceLine;
  readonly text: string;
  used: boolean;
}

/** Reads the header's lines (blank lines already left out or not: both are fine). */
export function readHeader(sourceLines: readonly SourceLine[]): Header {
  const lines: Line[] = sourceLines.filter((line) => line.text !== '').map((source) => ({ source, text: source.text, used: false }));
  const fields: HeaderFields = {};
  /** Texts already placed, so a header line that only repeats one of them (a title wrapped again) is not left over. */
  const placed: string[] = [];
  const set = (field: Field, value: string | undefined, from?: Line) => {
    const clean = value?.trim().replace(/\s+/g, ' ');
    if (!clean || fields[field] !== undefined) return false;
    fields[field] = clean;
    placed.push(from?.text ?? clean);
    if (from) from.used = true;
    return true;
  };
  /** The value of a label whose value is on the next line ("Published Date:" / "Friday, June 7, 2019"). */
  const valueAfter = (index: number, inline: string): string | undefined => {
    if (inline.trim() !== '') return inline;
    const next = lines[index + 1];
    if (!next || next.used) return undefined;
    next.used = true;
    placed.push(next.text);
    return next.text;
  };

  for (const [index, line] of lines.entries()) readLabel(line, index);
  for (const [index, line] of lines.entries()) if (!line.used) readStatementBy(line, index);
  readTitleLine();
  dropRepeats(lines, placed);
  readDates();
  readPanel();
  readSpeaker();
  readByKeywords();

  return { fields, unused: lines.filter((line) => !line.used).map((line) => line.source) };

  function readLabel(line: Line, index: number): void {
    for (const [field, pattern] of labelPatterns) {
      const match = pattern.exec(line.text);
      if (!match) continue;
      line.used = true;
      placed.push(line.text);
      const value = valueAfter(index, match[1]!);
      if (value === undefined) return;
      if (field === 'date' || field === 'published') {
        const date = findDate(value);
        if (date) set(field, date.iso);
        if (field === 'date') readRest(value, date);
      } else if (field === 'speaker') {
        const person = personAndRole(value);
        set('speaker', person?.speaker ?? value);
        set('role', person?.role);
      } else {
        set(field, value);
      }
      return;
    }
  }

  function readStatementBy(line: Line, index: number): void {
    const match = statementBy.exec(line.text);
    if (!match) return;
    line.used = true;
    placed.push(line.text);
    const inline = (match[1] ?? '').replace(leadingArticle, '');
    const value = valueAfter(index, inline)?.replace(leadingArticle, '');
    if (!value) return;
    const [who, behalf] = value.split(onBehalfOf);
    if (behalf) {
      const person = personAndRole(who!);
      set('speaker', person?.speaker ?? who);
      set('role', person?.role);
      set('organization', behalf.replace(leadingArticle, ''));
      return;
    }
    const person = personAndRole(value);
    if (person && !organizationWords.test(person.speaker)) {
      set('speaker', person.speaker);
      set('role', person.role);
    } else {
      set('organization', value);
    }
  }

  function readTitleLine(): void {
    for (const line of lines) {
      if (line.used) continue;
      const both = eventOnTitle.exec(line.text);
      if (both && fields.title === undefined) {
        set('event', both[1]!.replace(/[\s,:;–—-]+$/u, ''));
        set('title', both[2]);
        line.used = true;
        placed.push(line.text);
        return;
      }
      const quoted = quotedTitle.exec(line.text);
      if (quoted && /["“«„]/u.test(line.text[0]!) && fields.title === undefined) {
        set('title', quoted[1], line);
        return;
      }
    }
  }

  /** A line with a date: the date, and the rest of the line as the time and the venue. */
  function readDates(): void {
    for (const line of lines) {
      if (line.used) continue;
      const date = findDate(line.text);
      if (!date || fields.date !== undefined) continue;
      set('date', date.iso, line);
      readRest(line.text, date);
    }
    for (const line of lines) {
      if (line.used || fields.time !== undefined) continue;
      const time = findTime(line.text);
      if (!time) continue;
      const rest = without(line.text, time);
      if (rest === '' || wordCount(rest) <= 1) set('time', time.text, line);
    }
  }

  function readRest(text: string, date: { index: number; length: number } | undefined): void {
    let rest = date ? without(text, date) : text;
    const time = findTime(rest);
    if (time) {
      set('time', time.text);
      rest = without(rest, time);
    }
    if (date && /\p{L}{2}/u.test(rest)) set('venue', rest);
  }

  function readPanel(): void {
    const line = lines.find((l) => !l.used && panelWords.test(l.text) && !roleWords.test(l.text));
    if (line) set('panel', line.text, line);
  }

  function readSpeaker(): void {
    for (const [index, line] of lines.entries()) {
      if (line.used || fields.speaker !== undefined) continue;
      const person = personAndRole(line.text);
      if (person?.role) {
        set('speaker', person.speaker, line);
        set('role', person.role);
        return;
      }
      if (!looksLikeName(line.text)) continue;
      const next = lines[index + 1];
      if (next && !next.used && roleWords.test(next.text) && wordCount(next.text) <= 12 && !/\d/u.test(next.text)) {
        set('speaker', line.text, line);
        set('role', next.text, next);
        return;
      }
      if (honorific.test(line.text)) {
        set('speaker', line.text, line);
        return;
      }
    }
  }

  /** What is left: a line naming a meeting is the event, one naming a body the organization, the first other the title. */
  function readByKeywords(): void {
    const candidates = lines.filter((line) => !boilerplate.test(line.text));
    for (const line of candidates) {
      if (line.used || wordCount(line.text) > 15) continue;
      if (fields.event === undefined && eventWords.test(line.text)) set('event', line.text, line);
    }
    for (const line of candidates) {
      if (line.used || wordCount(line.text) > 10) continue;
      if (fields.organization === undefined && organizationWords.test(line.text)) set('organization', line.text, line);
    }
    const title = candidates.find((line) => !line.used && wordCount(line.text) >= 2 && /\p{L}/u.test(line.text));
    if (title && fields.title === undefined) set('title', title.text.replace(/^["“«„]|["”»]$/gu, ''), title);
  }
}

/** The text around a match, with the separators left at its edges (or doubled in its middle) removed. */
function without(text: string, found: { index: number; length: number }): string {
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`;
  const comma = /،/u.test(text) ? '، ' : ', ';
  return rest
    .split(/\s*[,،;|]\s*/u)
    .map((piece) =>
      piece
        .trim()
        .replace(/^[–—-]\s*|\s*[–—-]$/gu, '')
        .trim(),
    )
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
    .join(comma);
}

/** Drops runs of header lines that only repeat text already placed, as a title wrapped a second time does. */
function dropRepeats(lines: Line[], placed: readonly string[]): void {
  const known = placed.map(squeeze).filter((text) => text.length > 0);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.used) continue;
    let run = '';
    let end = i - 1;
    for (let j = i; j < lines.length && !lines[j]!.used; j++) {
      const longer = run + squeeze(lines[j]!.text);
      if (!known.some((text) => text.includes(longer))) break;
      run = longer;
      end = j;
    }
    if (end >= i && (run.length >= 15 || known.includes(run))) {
      for (let j = i; j <= end; j++) lines[j]!.used = true;
      i = end;
    }
  }
}

/** Letters and digits only, lower-cased: "High -level" and "High-Level" are the same words. */
function squeeze(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
