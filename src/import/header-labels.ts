// Header lines that say which fields they hold: a label ("Date: 14 June 2019", "Lieu : Genève", "Orador:"), a
// by-line ("Statement by Ambassador …, on behalf of …", "Déclaration de la France"), a press release's lead-in
// ("Following is UN Secretary-General António Guterres’ message on …:"), and a title in quotes.
import { findDate } from './dates.js';
import { readRest } from './header-dates.js';
import { eventOnTitle, labelPatterns, leadingArticle, looksLikeName, onBehalfOf, personAndRole, quotedTitle, statementBy } from './header-lines.js';
import type { HeaderLine, HeaderReading } from './header-reading.js';
import { organizationWords, roleWords } from './header-words.js';
import { wordCount } from './markers.js';
import { leadIn } from './record.js';

/** "Following is UN Secretary-General António Guterres’ message on the International Day of Peace, observed on …:" */
export function readLeadIn(reading: HeaderReading, line: HeaderLine): void {
  if (!leadIn.test(line.text)) return;
  const found = leadInFields(line.text);
  if (!found) return;
  reading.use(line);
  reading.set('speaker', found.speaker);
  reading.set('role', found.role);
  reading.set('event', found.event);
}

/** "Label: value", or a label whose value is on the next line. */
export function readLabel(reading: HeaderReading, line: HeaderLine, index: number): void {
  for (const [field, pattern] of labelPatterns) {
    const match = pattern.exec(line.text);
    if (!match) continue;
    reading.use(line);
    const value = reading.valueAfter(index, match[1]!);
    if (value === undefined) return;
    if (field === 'date' || field === 'published') {
      const date = findDate(value);
      if (date) reading.set(field, date.iso);
      if (field === 'date') readRest(reading, value, date);
    } else if (field === 'speaker') {
      const person = personAndRole(value);
      reading.set('speaker', person?.speaker ?? value);
      reading.set('role', person?.role);
    } else {
      reading.set(field, value);
    }
    return;
  }
}

/** "Statement by …": who, on whose behalf, and at times the title or the occasion too. */
export function readStatementBy(reading: HeaderReading, line: HeaderLine, index: number): void {
  const match = statementBy.exec(line.text);
  if (!match) return;
  reading.use(line);
  const inline = (match[1] ?? '').replace(leadingArticle, '');
  const value = reading.valueAfter(index, inline)?.replace(leadingArticle, '');
  if (!value) return;
  // "Discurso de apertura de la Alta Comisionada …, Michelle Bachelet": no one is named after "de"; the line is a title.
  if (/^\p{Ll}/u.test(value)) {
    reading.set('title', line.text);
    const named = /,\s*([^,]+)$/u.exec(value);
    if (named && looksLikeName(named[1]!)) reading.set('speaker', named[1]);
    return;
  }
  // "Message du Secrétaire général (2024)": an office, not who the statement is by; the line is a title.
  if (roleWords.test(value.split(/\s+/u)[0]!) && !personAndRole(value) && !onBehalfOf.test(value)) {
    if (!/\s(?:on|at|before|sur|devant|lors|en|ante|sobre)\s/u.test(value)) {
      reading.set('title', line.text);
      reading.set('role', value.replace(/\s*\([^)]*\)\s*$/u, ''));
      return;
    }
  }
  const [who, behalf] = value.split(onBehalfOf);
  if (behalf) {
    const person = personAndRole(who!);
    reading.set('speaker', person?.speaker ?? who);
    reading.set('role', person?.role);
    // "… on behalf of over 100 countries at the High Level Commemorative Event": the rest names the occasion.
    const [body, occasion] = behalf
      .replace(leadingArticle, '')
      .split(/\s+(?:at|during|before|lors\s+de|en|durante|ante|في|خلال|أمام)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?/u);
    reading.set('organization', body);
    if (occasion) reading.lines.push({ source: line.source, text: occasion.replace(/["”»]+$/u, ''), used: false });
    return;
  }
  // "Remarks by the United States on the Report of the Human Rights Council": who, then what about; the line,
  // first in the header, is the title too.
  const topic =
    /^(.+?)\s+(?:on|at|before|sur|devant|lors\s+de|en\s+el|en\s+la|ante|sobre)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+|las\s+)?(\p{L}.{8,})$/u.exec(value);
  if (topic && !personAndRole(value)) {
    if (reading.lines.indexOf(line) === 0 && wordCount(line.text) >= 6) reading.set('title', line.text);
    if (roleWords.test(topic[1]!.split(/\s+/u)[0]!)) reading.set('role', topic[1]);
    else reading.set('organization', topic[1]);
    return;
  }
  const person = personAndRole(value);
  if (person && !organizationWords.test(person.speaker)) {
    reading.set('speaker', person.speaker);
    reading.set('role', person.role);
  } else {
    reading.set('organization', value);
  }
}

/** 'Debate of the General Assembly on "The Role of …"': the event and the title; or a line that is a title in quotes. */
export function readTitleLine(reading: HeaderReading): void {
  for (const line of reading.lines) {
    if (line.used) continue;
    const both = eventOnTitle.exec(line.text);
    if (both && reading.fields.title === undefined) {
      reading.set('event', both[1]!.replace(/[\s,:;–—-]+$/u, ''));
      reading.set('title', both[2]);
      reading.use(line);
      return;
    }
    const quoted = quotedTitle.exec(line.text);
    if (quoted && /["“«„]/u.test(line.text[0]!) && reading.fields.title === undefined) {
      reading.set('title', quoted[1], line);
      return;
    }
  }
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
