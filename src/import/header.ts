// Reads the header above a statement — the lines before the salutation — into its metadata: title, event, panel,
// organization, speaker and role, venue, date, time, published. Lines it cannot place are kept for the author.
// Each step reads the lines the steps before it left: what a line says it is first, then what it looks like.
import { findDate } from './dates.js';
import { readDates, readVenue } from './header-dates.js';
import { readLabel, readLeadIn, readStatementBy, readTitleLine } from './header-labels.js';
import { looksLikeName } from './header-lines.js';
import { HeaderReading, without, type HeaderLine } from './header-reading.js';
import { headerLinesOf } from './header-segments.js';
import { readByKeywords, readPanel, readSpeaker } from './header-unlabelled.js';
import type { Paragraph, SourceLine } from './paragraphs.js';

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
  /** Lines of site furniture and delivery notes ("As delivered", "Skip to main content"), left out of every field. */
  readonly leftOut: readonly string[];
  /** Paragraphs after the closing read as a signature: a name, a date. */
  readonly usedTrailer: ReadonlySet<Paragraph>;
}

/**
 * Reads the header's lines (blank lines already left out or not: both are fine), and after the statement's closing,
 * a signature (`trailer`): a name and a date.
 */
export function readHeader(sourceLines: readonly SourceLine[], trailer: readonly Paragraph[] = []): Header {
  const { lines, leftOut } = headerLinesOf(sourceLines);
  const reading = new HeaderReading(lines);
  for (const [index, line] of lines.entries()) readLabel(reading, line, index);
  for (const line of lines) if (!line.used) readLeadIn(reading, line);
  for (const [index, line] of lines.entries()) if (!line.used) readStatementBy(reading, line, index);
  readTitleLine(reading);
  dropRepeats(lines, reading.placed);
  readDates(reading);
  readVenue(reading);
  readPanel(reading);
  readSpeaker(reading);
  readByKeywords(reading);
  const usedTrailer = readSignature(reading, trailer);
  // Again, for the fields the steps since have placed: a title found by its place repeated lower down.
  dropRepeats(lines, reading.placed);

  // A line of several fields is listed by the part of it that went into none.
  const unused = lines.filter((line) => !line.used).map((line) => ({ ...line.source, text: line.text }));
  return { fields: reading.fields, unused: unused.filter((line, i) => unused.findIndex((other) => other.text === line.text) === i), leftOut, usedTrailer };
}

/** A signature after the closing: "António Guterres" and "21 septembre 2024", on one line or two. */
function readSignature(reading: HeaderReading, trailer: readonly Paragraph[]): Set<Paragraph> {
  const used = new Set<Paragraph>();
  for (const paragraph of trailer) {
    const date = findDate(paragraph.text);
    const rest = date ? without(paragraph.text, date) : paragraph.text;
    if (date && reading.fields.date === undefined) {
      reading.set('date', date.iso);
      used.add(paragraph);
    }
    if (rest !== '' && looksLikeName(rest) && reading.fields.speaker === undefined) {
      reading.set('speaker', rest);
      used.add(paragraph);
    }
  }
  return used;
}

/** Drops runs of header lines that only repeat text already placed, as a title wrapped a second time does. */
function dropRepeats(lines: HeaderLine[], placed: readonly string[]): void {
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
