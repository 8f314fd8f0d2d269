// The fields of the lines no label, by-line or date has taken, told by what they look like: a panel, a speaker by
// name and office, and last, by its words, a meeting (the event), a body (the organization) and the line that is left
// (the title).
import { findDate } from './dates.js';
import { honorific, leadingArticle, looksLikeName, personAndRole } from './header-lines.js';
import { maxHeaderWords, type HeaderLine, type HeaderReading } from './header-reading.js';
import { boilerplate, eventWords, organizationWords, panelWords, roleWords, statementTitle } from './header-words.js';
import { endsSentence, wordCount } from './markers.js';

/** A line naming a panel, round table or agenda item that is not someone's office. */
export function readPanel(reading: HeaderReading): void {
  const line = reading.lines.find((l) => !l.used && panelWords.test(l.text) && !roleWords.test(l.text));
  if (line) reading.set('panel', line.text, line);
}

/** A name with its office: on one line, or the office above the name, or the name above the office. */
export function readSpeaker(reading: HeaderReading): void {
  for (const [index, line] of reading.lines.entries()) {
    if (line.used || reading.fields.speaker !== undefined) continue;
    const person = personAndRole(line.text);
    if (person?.role) {
      reading.set('speaker', person.speaker, line);
      reading.set('role', person.role);
      return;
    }
    const next = reading.lines[index + 1];
    // "LE SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES" above "ANTÓNIO GUTERRES": the office, then the name.
    if (next && !next.used && roleWords.test(line.text) && wordCount(line.text) <= 12 && looksLikeName(next.text) && !roleWords.test(next.text)) {
      reading.set('speaker', properName(next.text), next);
      reading.set('role', line.text.replace(leadingArticle, ''), line);
      return;
    }
    // "Jean-Claude" / "Juncker" / "Premier ministre du Luxembourg": a name over two lines, then the role.
    const third = reading.lines[index + 2];
    if (
      next &&
      third &&
      /^\p{Lu}[\p{L}'’-]+$/u.test(line.text) &&
      /^\p{Lu}[\p{L}'’-]+$/u.test(next.text) &&
      roleWords.test(third.text) &&
      wordCount(third.text) <= 12
    ) {
      reading.set('speaker', `${line.text} ${next.text}`, line);
      next.used = true;
      reading.set('role', third.text, third);
      return;
    }
    if (!looksLikeName(line.text)) continue;
    if (next && !next.used && roleWords.test(next.text) && wordCount(next.text) <= 12 && !/\d/u.test(next.text)) {
      reading.set('speaker', line.text, line);
      reading.set('role', next.text, next);
      return;
    }
    if (honorific.test(line.text)) {
      reading.set('speaker', line.text, line);
      return;
    }
  }
}

/** What is left: a line naming a meeting is the event, one naming a body the organization, the first other the title. */
export function readByKeywords(reading: HeaderReading): void {
  const candidates = reading.lines.filter((line) => !boilerplate.test(line.text) && isHeaderLike(line.text));
  // A line that is a meeting's name ("Assemblée générale") before a line that mentions one ("Réforme du Conseil …").
  const meetings = candidates.filter((line) => !line.used && wordCount(line.text) <= 15 && !statementTitle.test(line.text) && eventWords.test(line.text));
  const startsWithMeeting = (line: HeaderLine) => eventWords.exec(line.text)?.index === 0 || /^\d+\S*\s/u.test(line.text);
  const meeting = meetings.find(startsWithMeeting) ?? meetings[0];
  if (meeting && reading.fields.event === undefined) reading.set('event', meeting.text, meeting);
  for (const line of candidates) {
    if (line.used || wordCount(line.text) > 10) continue;
    if (reading.fields.organization === undefined && organizationWords.test(line.text)) reading.set('organization', line.text, line);
  }
  const open = candidates.filter((line) => !line.used && wordCount(line.text) >= 2 && /\p{L}/u.test(line.text) && !findDate(line.text));
  const title = open.find((line) => statementTitle.test(line.text)) ?? open[0];
  if (title && reading.fields.title === undefined) reading.set('title', title.text.replace(/^["“«„]|["”»]$/gu, '').replace(/[.:]$/u, ''), title);
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

/** "ANTÓNIO GUTERRES" as "António Guterres"; a name already in mixed case stays as written. */
function properName(text: string): string {
  if (text !== text.toLocaleUpperCase() || !/\p{Lu}/u.test(text)) return text;
  return text.toLocaleLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase());
}
