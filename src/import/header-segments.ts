// The lines a header's fields are read from, made from its raw lines: site furniture and delivery notes left out, a
// line cut short joined to the next, a news site's label dropped, and a line of several fields cut into its segments.
import { findDate } from './dates.js';
import { bracketNote, debrisLine } from './debris.js';
import type { HeaderLine } from './header-reading.js';
import { labelPatterns, statementBy } from './header-lines.js';
import { eventWords } from './header-words.js';
import { wordCount } from './markers.js';
import type { SourceLine } from './paragraphs.js';

/** The header's lines to read (blank lines already left out or not: both are fine), and the lines left out. */
export function headerLinesOf(sourceLines: readonly SourceLine[]): { lines: HeaderLine[]; leftOut: string[] } {
  const leftOut: string[] = [];
  const lines: HeaderLine[] = [];
  for (const source of joinContinued(sourceLines.filter((line) => line.text !== ''))) {
    const text = source.text.replace(bracketNote, ' ').replace(/\s+/gu, ' ').trim();
    if (text === '' || debrisLine.test(text)) {
      leftOut.push(source.text);
      continue;
    }
    for (const segment of segmentsOf(withoutSitePrefix(text))) lines.push({ source, text: segment, used: false });
  }
  return { lines, leftOut };
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
