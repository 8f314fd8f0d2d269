// A header as it is being read: its lines, each marked once a field has taken it, the fields found so far and the
// texts already placed. Each step of readHeader (header.ts) reads the lines left and fills fields through it.
import type { HeaderFields } from './header.js';
import type { SourceLine } from './paragraphs.js';

/** A header line is at most this long: a longer one is a sentence of the text, never a field (but for its date). */
export const maxHeaderWords = 30;

export type Field = keyof HeaderFields;

/** One line of the header, or one segment of a line of several fields. */
export interface HeaderLine {
  readonly source: SourceLine;
  readonly text: string;
  used: boolean;
}

export class HeaderReading {
  readonly fields: HeaderFields = {};
  /** Texts already placed, so a header line that only repeats one of them (a title wrapped again) is not left over. */
  readonly placed: string[] = [];

  /** `lines` grows while it is read: the rest of a line (an occasion after "on behalf of") is read as a line of its own. */
  constructor(readonly lines: HeaderLine[]) {}

  /** Fills a field not yet filled, taking the line `from` when it gave the value; false when nothing was set. */
  set(field: Field, value: string | undefined, from?: HeaderLine): boolean {
    const clean = value?.trim().replace(/\s+/g, ' ');
    if (!clean || this.fields[field] !== undefined) return false;
    this.fields[field] = clean;
    this.placed.push(from?.text ?? clean);
    if (from) from.used = true;
    return true;
  }

  /** Takes a whole line whose text went into fields in parts: a label, a by-line, a lead-in. */
  use(line: HeaderLine): void {
    line.used = true;
    this.placed.push(line.text);
  }

  /** The value of a label whose value is on the next line ("Published Date:" / "Friday, June 7, 2019"). */
  valueAfter(index: number, inline: string): string | undefined {
    if (inline.trim() !== '') return inline;
    const next = this.lines[index + 1];
    if (!next || next.used) return undefined;
    this.use(next);
    return next.text;
  }
}

/** The text around a match, with the separators left at its edges (or doubled in its middle) removed. */
export function without(text: string, found: { index: number; length: number }): string {
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
