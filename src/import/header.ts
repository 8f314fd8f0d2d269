// Reads the header above a statement — the lines before the salutation — into its metadata: title, event, panel,
// organization, speaker and role, venue, date, time, published. Lines it cannot place are kept for the author.
import { findDate, findTime } from './dates.js';
import { bracketNote, debrisLine } from './debris.js';
import { leadIn } from './record.js';
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
  statementTitle,
  venuePattern,
} from './header-lines.js';
import { endsSentence, wordCount } from './markers.js';
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

/** A header line is at most this long: a longer one is a sentence of the text, never a field (but for its date). */
const maxHeaderWords = 30;

type Field = keyof HeaderFields;

interface Line {
  readonly source: SourceLine;
  readonly text: string;
  used: boolean;
}

/**
 * Reads the header's lines (blank lines already left out or not: both are fine), and after the statement's closing,
 * a signature (`trailer`): a name and a date.
 */
export function readHeader(sourceLines: readonly SourceLine[], trailer: readonly Paragraph[] = []): Header {
  const leftOut: string[] = [];
  const lines: Line[] = [];
  for (const source of joinContinued(sourceLines.filter((line) => line.text !== ''))) {
    const text = source.text.replace(bracketNote, ' ').replace(/\s+/gu, ' ').trim();
    if (text === '' || debrisLine.test(text)) {
      leftOut.push(source.text);
      continue;
    }
    for (const segment of segmentsOf(withoutSitePrefix(text))) lines.push({ source, text: segment, used: false });
  }
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
  for (const line of lines) if (!line.used) readLeadIn(line);
  for (const [index, line] of lines.entries()) if (!line.used) readStatementBy(line, index);
  readTitleLine();
  dropRepeats(lines, placed);
  readDates();
  readVenue();
  readPanel();
  readSpeaker();
  readByKeywords();
  const usedTrailer = readSignature();

  // A line of several fields is listed by the part of it that went into none.
  const unused = lines.filter((line) => !line.used).map((line) => ({ ...line.source, text: line.text }));
  return { fields, unused: unused.filter((line, i) => unused.findIndex((other) => other.text === line.text) === i), leftOut, usedTrailer };

  /** "Following is UN Secretary-General António Guterres’ message on the International Day of Peace, observed on …:" */
  function readLeadIn(line: Line): void {
    if (!leadIn.test(line.text)) return;
    const found = leadInFields(line.text);
    if (!found) return;
    line.used = true;
    placed.push(line.text);
    set('speaker', found.speaker);
    set('role', found.role);
    set('event', found.event);
  }

  /** A signature after the closing: "António Guterres" and "21 septembre 2024", on one line or two. */
  function readSignature(): Set<Paragraph> {
    const used = new Set<Paragraph>();
    for (const paragraph of trailer) {
      const date = findDate(paragraph.text);
      const rest = date ? without(paragraph.text, date) : paragraph.text;
      if (date && fields.date === undefined) {
        set('date', date.iso);
        used.add(paragraph);
      }
      if (rest !== '' && looksLikeName(rest) && fields.speaker === undefined) {
        set('speaker', rest);
        used.add(paragraph);
      }
    }
    return used;
  }

  function readVenue(): void {
    for (const line of lines) {
      if (line.used || fields.venue !== undefined) continue;
      if (isVenue(line.text)) set('venue', line.text, line);
    }
  }

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
    // "Discurso de apertura de la Alta Comisionada …, Michelle Bachelet": no one is named after "de"; the line is a title.
    if (/^\p{Ll}/u.test(value)) {
      set('title', line.text);
      const named = /,\s*([^,]+)$/u.exec(value);
      if (named && looksLikeName(named[1]!)) set('speaker', named[1]);
      return;
    }
    // "Message du Secrétaire général (2024)": an office, not who the statement is by; the line is a title.
    if (roleWords.test(value.split(/\s+/u)[0]!) && !personAndRole(value) && !onBehalfOf.test(value)) {
      if (!/\s(?:on|at|before|sur|devant|lors|en|ante|sobre)\s/u.test(value)) {
        set('title', line.text);
        set('role', value.replace(/\s*\([^)]*\)\s*$/u, ''));
        return;
      }
    }
    const [who, behalf] = value.split(onBehalfOf);
    if (behalf) {
      const person = personAndRole(who!);
      set('speaker', person?.speaker ?? who);
      set('role', person?.role);
      // "… on behalf of over 100 countries at the High Level Commemorative Event": the rest names the occasion.
      const [body, occasion] = behalf
        .replace(leadingArticle, '')
        .split(/\s+(?:at|during|before|lors\s+de|en|durante|ante|في|خلال|أمام)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?/u);
      set('organization', body);
      if (occasion) lines.push({ source: line.source, text: occasion.replace(/["”»]+$/u, ''), used: false });
      return;
    }
    // "Remarks by the United States on the Report of the Human Rights Council": who, then what about; the line,
    // first in the header, is the title too.
    const topic =
      /^(.+?)\s+(?:on|at|before|sur|devant|lors\s+de|en\s+el|en\s+la|ante|sobre)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+|las\s+)?(\p{L}.{8,})$/u.exec(value);
    if (topic && !personAndRole(value)) {
      if (lines.indexOf(line) === 0 && wordCount(line.text) >= 6) set('title', line.text);
      if (roleWords.test(topic[1]!.split(/\s+/u)[0]!)) set('role', topic[1]);
      else set('organization', topic[1]);
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
      if (wordCount(line.text) <= maxHeaderWords) readRest(line.text, date);
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
    if (!date || !/\p{L}{2}/u.test(rest)) return;
    if (isVenue(rest) || (wordCount(rest) <= 3 && !statementTitle.test(rest) && !eventWords.test(rest))) set('venue', rest);
    else if (wordCount(rest) <= maxHeaderWords) lines.push({ source: lines.find((l) => l.text === text)?.source ?? lines[0]!.source, text: rest, used: false });
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
      const next = lines[index + 1];
      // "LE SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES" above "ANTÓNIO GUTERRES": the office, then the name.
      if (next && !next.used && roleWords.test(line.text) && wordCount(line.text) <= 12 && looksLikeName(next.text) && !roleWords.test(next.text)) {
        set('speaker', properName(next.text), next);
        set('role', line.text.replace(leadingArticle, ''), line);
        return;
      }
      // "Jean-Claude" / "Juncker" / "Premier ministre du Luxembourg": a name over two lines, then the role.
      const third = lines[index + 2];
      if (
        next &&
        third &&
        /^\p{Lu}[\p{L}'’-]+$/u.test(line.text) &&
        /^\p{Lu}[\p{L}'’-]+$/u.test(next.text) &&
        roleWords.test(third.text) &&
        wordCount(third.text) <= 12
      ) {
        set('speaker', `${line.text} ${next.text}`, line);
        next.used = true;
        set('role', third.text, third);
        return;
      }
      if (!looksLikeName(line.text)) continue;
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
    const candidates = lines.filter((line) => !boilerplate.test(line.text) && isHeaderLike(line.text));
    // A line that is a meeting's name ("Assemblée générale") before a line that mentions one ("Réforme du Conseil …").
    const meetings = candidates.filter((line) => !line.used && wordCount(line.text) <= 15 && !statementTitle.test(line.text) && eventWords.test(line.text));
    const startsWithMeeting = (line: Line) => eventWords.exec(line.text)?.index === 0 || /^\d+\S*\s/u.test(line.text);
    const meeting = meetings.find(startsWithMeeting) ?? meetings[0];
    if (meeting && fields.event === undefined) set('event', meeting.text, meeting);
    for (const line of candidates) {
      if (line.used || wordCount(line.text) > 10) continue;
      if (fields.organization === undefined && organizationWords.test(line.text)) set('organization', line.text, line);
    }
    const open = candidates.filter((line) => !line.used && wordCount(line.text) >= 2 && /\p{L}/u.test(line.text) && !findDate(line.text));
    const title = open.find((line) => statementTitle.test(line.text)) ?? open[0];
    if (title && fields.title === undefined) set('title', title.text.replace(/^["“«„]|["”»]$/gu, '').replace(/[.:]$/u, ''), title);
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

/**
 * A line that can hold a field: at most 30 words, and not a sentence (a caption, a paragraph of a news item) unless it
 * names the statement ("Intervención general de la delegación de Cuba … .").
 */
function isHeaderLike(text: string): boolean {
  const words = wordCount(text);
  if (words > maxHeaderWords) return false;
  if (endsSentence(text) && /[.;!]["”’»)]*$/u.test(text) && words > 8 && !statementTitle.test(text)) return false;
  return true;
}

/** "Room XX, Palais des Nations, Geneva", "New York, New York": a place, short and not a sentence. */
function isVenue(text: string): boolean {
  return wordCount(text) <= 12 && !/[.!?;]$/u.test(text) && venuePattern.test(text) && !statementTitle.test(text);
}

/** "ANTÓNIO GUTERRES" as "António Guterres"; a name already in mixed case stays as written. */
function properName(text: string): string {
  if (text !== text.toLocaleUpperCase() || !/\p{Lu}/u.test(text)) return text;
  return text.toLocaleLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase());
}

/** A news site's or a live page's label before a title: "Africa: United Nations Day Message", "LIVE: …". */
function withoutSitePrefix(text: string): string {
  const prefix = /^(\p{Lu}[\p{L}]{1,14}):\s+(?=\p{Lu})/u.exec(text);
  if (!prefix || labelPatterns.some(([, pattern]) => pattern.test(text))) return text;
  return wordCount(text.slice(prefix[0].length)) >= 3 ? text.slice(prefix[0].length) : text;
}

/**
 * A line of several fields joined by dashes: "Réforme du Conseil de sécurité - Intervention de M. François Delattre, …
 * - Assemblée générale - 14 septembre 2015", "Africa: United Nations Day Message - 24 October 2023"; and a title
 * before a by-line: "Irak et Koweït : Intervention de M. Alain Dejammet, …".
 */
function segmentsOf(text: string): string[] {
  const parts = text.split(/\s+(?:-{1,2}|–|—)\s+/u);
  const fieldLike = (part: string) => findDate(part) !== undefined || statementBy.test(part) || eventWords.test(part);
  const segments = parts.length >= 3 || (parts.length === 2 && parts.some(fieldLike)) ? parts : [text];
  return segments.flatMap((segment) => {
    const titled = /^(.{3,80}?)\s*:\s+(.+)$/u.exec(segment);
    return titled && statementBy.test(titled[2]!) && !labelPatterns.some(([, pattern]) => pattern.test(segment)) ? [titled[1]!, titled[2]!] : [segment];
  });
}

/** Joins a header line cut short ("… at the" / "High Level Event …", "رسالة الأمين العام" / "بمناسبة …") with the next. */
function joinContinued(lines: readonly SourceLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const cut =
      previous &&
      previous.line === line.line - 1 &&
      (/(?:\s(?:the|of|at|on|for|to|and|de|des|du|la|le|et|en|del|y|por|para)|[,-])$/iu.test(previous.text) ||
        /^(?:\p{Ll}|بمناسبة\s|حول\s|بشأن\s)/u.test(line.text));
    const ownLine = labelPatterns.some(([, pattern]) => pattern.test(previous?.text ?? '')) || findDate(line.text) !== undefined;
    if (cut && !ownLine) joined[joined.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    else joined.push(line);
  }
  return joined;
}

/** Speaker, role and occasion from a press release's lead-in, in English, French and Arabic. */
function leadInFields(text: string): { speaker?: string; role?: string; event?: string } | undefined {
  const english =
    /^(?:the\s+)?following\s+is\s+(?:the\s+(?:full\s+)?text\s+of\s+)?(?:the\s+)?(.+?)['’]s?\s+(?:video\s+)?(?:message|remarks|statement|address|speech)\s+(?:on|for|to|at)\s+(?:the\s+)?(.+?)(?:,\s*(?:observed|celebrated|marked|held|delivered|as\s+prepared|on)\b.*)?:$/iu.exec(
      text,
    );
  if (english) return { ...roleAndName(english[1]!), event: english[2]! };
  const french =
    /^on\s+trouvera\s+ci-apr[eè]s\s+(?:le\s+texte\s+(?:du|de\s+la|de\s+l['’])\s*)?(?:le|la|l['’])?\s*(?:message|d[ée]claration|allocution|discours|intervention)\s+(?:du|de\s+la|de\s+l['’]|de)\s*(.+?),\s*((?:M\.|Mme|S\.\s?E\.)\s*.+?),\s*(?:à\s+l['’]occasion\s+(?:de\s+la|du|de\s+l['’]|des)\s*|lors\s+(?:de\s+la|du|de\s+l['’])\s*)(.+?)(?:,\s*(?:célébrée?s?|observée?s?|tenue?s?|le)\b.*)?:?$/iu.exec(
      text,
    );
  if (french) return { role: french[1]!, speaker: french[2]!, event: french[3]! };
  const arabicText = /^النص\s+الكامل\s+ل(?:كلمة|خطاب|بيان)\s+(.+?)\s+(?:بمناسبة|أمام|خلال)\s+(.+)$/u.exec(text);
  if (arabicText) {
    const words = arabicText[1]!.split(/\s+/u);
    const nameLength = /^(?:بن|ابن|أبو|ابو|عبد|آل)$/u.test(words.at(-2) ?? '') ? 3 : 2;
    return { role: words.slice(0, -nameLength).join(' '), speaker: words.slice(-nameLength).join(' '), event: arabicText[2]! };
  }
  return undefined;
}

/** "UN Secretary-General António Guterres": the office, then the name (its last capitalised words). */
function roleAndName(text: string): { speaker?: string; role?: string } {
  const words = text.split(/\s+/u);
  for (let take = Math.min(4, words.length - 1); take >= 2; take--) {
    const name = words.slice(-take).join(' ');
    if (looksLikeName(name) && !roleWords.test(name)) return { speaker: name, role: words.slice(0, -take).join(' ') };
  }
  return roleWords.test(text) ? { role: text } : { speaker: text };
}
