// Writes an imported statement as a content file (README, "Content format"): front matter, then the sections,
// with the drafted slide text marked as drafts and every paragraph of the statement kept word for word.
import { stringify } from 'yaml';
import { fieldHelp, headerFields } from '../content/schema.js';
import type { SlideDraft } from './draft.js';
import { groupingRules } from './grouping.js';
import type { HeaderFields } from './header.js';
import type { PointsFound } from './structure.js';

export interface DraftedPart {
  /** The full text, one string per paragraph. */
  readonly paragraphs: readonly string[];
  readonly draft: SlideDraft;
  /** The headline is the part's own heading in the text, not one chosen by lectern import. */
  readonly headlineFromText: boolean;
}

export interface ImportedStatement {
  readonly fields: HeaderFields;
  /** A title drafted for a header that names none: the event, or the first sentence cut to a headline. */
  readonly fallbackTitle?: { readonly text: string; readonly from: string };
  readonly lang: string;
  /** What the statement was read from. */
  readonly source?: 'text' | 'word' | 'pdf';
  readonly salutation: readonly string[];
  readonly introduction: DraftedPart | undefined;
  readonly points: readonly DraftedPart[];
  /** How the points were found; "grouped" points are drafts lectern import made where nothing marked them. */
  readonly pointsFound?: PointsFound;
  /** The number of points the speaker announced, if any. */
  readonly announced?: number;
  readonly conclusion: DraftedPart | undefined;
  /** The conclusion is the last paragraphs, chosen by lectern import: nothing opened it ("In conclusion" …). */
  readonly conclusionIsDraft?: boolean;
  readonly closing: readonly string[];
  /** Header lines that went into no field, shown to the author in a note. */
  readonly unusedHeaderLines: readonly string[];
  /** Lines that are no part of the statement (share buttons, "As delivered", what follows "###"), listed in a note. */
  readonly leftOut?: readonly string[];
}

/** The front matter's fields in the order the README lists them. */
const fieldOrder = ['title', 'event', 'panel', 'organization', 'speaker', 'role', 'venue', 'date', 'time', 'published'] as const;
/** The fields every output shows: one import could not find gets a note where it belongs. */
const notedFields: readonly string[] = headerFields;

export const notes = {
  draft: 'draft: headline and key messages chosen by lectern import from the text below; edit them',
  draftFromHeading: "draft: headline from the text's own heading, key messages chosen by lectern import from the text below; edit them",
  noPoints:
    'lectern import found no points in this text ("First, …", "Secondly, …", "1.", "II." …), so the whole statement is under ' +
    '"# Introduction". To mark the points by hand: under "# Points" below, give each point a "## " headline, 2–4 key messages ' +
    '(lines starting with "- ") and its paragraphs, moved from the introduction; put the concluding paragraphs under "# Conclusion" ' +
    'the same way. Then run lectern build.',
  pointsHere: 'Move each point here from the introduction: a "## " headline, its key messages ("- …"), then its paragraphs.',
  conclusionHere: 'Move the concluding paragraphs here, under a "## " headline and its key messages ("- …").',
  noConclusion:
    'lectern import found no conclusion ("In conclusion", "To conclude", "Finally" …): move the concluding paragraphs here ' +
    'from the last point, under a "## " headline and its key messages ("- …").',
  grouped: (count: number, announced: number | undefined) =>
    `lectern import found nothing that marks the points ("First, …", "1.", paragraphs that open alike), so it grouped the paragraphs into ${count} ` +
    `point${count === 1 ? '' : 's'} ${announced !== undefined ? `(the ${announced} the speaker announces)` : `(about one per ${groupingRules.wordsPerPoint} words)`}, ` +
    'cut where the subject changes most. Each is a draft: check where each point starts and ends, and move paragraphs between them if needed.',
  parallel: 'lectern import took the paragraphs that open the same way as the points: check them.',
  conclusionDraft:
    'draft: lectern import found nothing opening the conclusion ("In conclusion", "Finally" …) and took the last paragraph as the conclusion; check it',
  titleDraft: (from: string) => `title: a draft from ${from}: the header names no title; edit it`,
  leftOut: (lines: readonly string[]) =>
    `lectern import left out these lines, which are not part of the statement: ${lines
      .slice(0, 12)
      .map((line) => `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`)
      .join(' / ')}${lines.length > 12 ? ` and ${lines.length - 12} more` : ''}`,
  noIntroduction:
    'lectern import found no introduction before the first point: write a "## " headline, its key messages ("- …") and the ' + 'opening paragraphs here.',
} as const;

export function writeContentFile(statement: ImportedStatement): string {
  const blocks: string[] = [frontMatter(statement)];
  if (statement.unusedHeaderLines.length > 0) {
    const lines = statement.unusedHeaderLines.map((line) => `"${line}"`).join(' / ');
    blocks.push(comment(`lectern import did not place these lines of the header; copy what you need into the fields above: ${lines}`));
  }
  if (statement.leftOut && statement.leftOut.length > 0) blocks.push(comment(notes.leftOut(statement.leftOut)));
  const noPoints = statement.points.length === 0;
  if (noPoints) blocks.push(comment(notes.noPoints));
  if (statement.pointsFound === 'grouped') blocks.push(comment(notes.grouped(statement.points.length, statement.announced)));
  if (statement.pointsFound === 'parallel') blocks.push(comment(notes.parallel));

  if (statement.salutation.length > 0) blocks.push('# Salutation', ...statement.salutation.map(paragraph));
  blocks.push('# Introduction', ...(statement.introduction ? part(statement.introduction) : [comment(notes.noIntroduction)]));
  blocks.push('# Points', ...(noPoints ? [comment(notes.pointsHere)] : statement.points.flatMap((point) => part(point))));
  const conclusion =
    statement.conclusion && statement.conclusionIsDraft
      ? part(statement.conclusion, notes.conclusionDraft)
      : statement.conclusion && part(statement.conclusion);
  blocks.push('# Conclusion', ...(conclusion ?? [comment(noPoints ? notes.conclusionHere : notes.noConclusion)]));
  if (statement.closing.length > 0) blocks.push('# Closing', ...statement.closing.map(paragraph));
  return `${blocks.join('\n\n')}\n`;
}

function frontMatter(statement: ImportedStatement): string {
  const lines = ['---'];
  for (const field of fieldOrder) {
    const value = statement.fields[field];
    if (field === 'title' && value === undefined && statement.fallbackTitle) {
      lines.push(`# ${notes.titleDraft(statement.fallbackTitle.from)}`, yamlLine(field, statement.fallbackTitle.text));
    } else if (value !== undefined) lines.push(yamlLine(field, value));
    else if (notedFields.includes(field)) lines.push(`# ${field}: not found in the text; add ${fieldHelp[field] ?? `${field}: …`}`);
  }
  lines.push(yamlLine('lang', statement.lang), yamlLine('theme', 'institutional'), '---');
  return lines.join('\n');
}

function yamlLine(field: string, value: string): string {
  return stringify({ [field]: value }, { lineWidth: 0 }).trimEnd();
}

function part(drafted: DraftedPart, note?: string): string[] {
  return [
    comment(note ?? (drafted.headlineFromText ? notes.draftFromHeading : notes.draft)),
    `## ${drafted.draft.headline}`.trimEnd(),
    drafted.draft.keyMessages.map((message) => `- ${asText(message)}`).join('\n'),
    ...drafted.paragraphs.map(paragraph),
  ];
}

function comment(text: string): string {
  return `<!-- ${text.replace(/-->/g, '-- >')} -->`;
}

/** A paragraph of the statement, on one line, kept from being read as Markdown. */
function paragraph(text: string): string {
  return asText(text);
}

/**
 * Content files have no escapes, so text that starts like Markdown ("1. …", "- …", "# …") gets a no-break space
 * after its marker: it looks the same and stays text. What cannot take one (">", "```", a lone marker) gets an
 * invisible word joiner in front.
 */
export function asText(text: string): string {
  const marker = /^(#{1,6}|[-+*]|\d{1,9}[.)])[ \t]+(?=\S)/u.exec(text);
  if (marker) return `${marker[1]}\u00A0${text.slice(marker[0].length)}`;
  if (/^(?:>|```|~~~|<!--|#{1,6}$|[-+*]$|\d{1,9}[.)]$|(?:[-*_][ \t]*){3,}$)/u.test(text)) return `\u2060${text}`;
  return text;
}
