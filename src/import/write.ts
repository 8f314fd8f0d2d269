// Writes an imported statement as a content file (README, "Content format"): front matter, then the sections,
// with the drafted slide text marked as drafts and every paragraph of the statement kept word for word.
import { stringify } from 'yaml';
import { fieldHelp, frontMatterSchema } from '../content/schema.js';
import type { SlideDraft } from './draft.js';
import type { HeaderFields } from './header.js';

export interface DraftedPart {
  /** The full text, one string per paragraph. */
  readonly paragraphs: readonly string[];
  readonly draft: SlideDraft;
  /** The headline is the part's own heading in the text, not one chosen by lectern import. */
  readonly headlineFromText: boolean;
}

export interface ImportedStatement {
  readonly fields: HeaderFields;
  readonly lang: string;
  readonly salutation: readonly string[];
  readonly introduction: DraftedPart | undefined;
  readonly points: readonly DraftedPart[];
  readonly conclusion: DraftedPart | undefined;
  readonly closing: readonly string[];
  /** Header lines that went into no field, shown to the author in a note. */
  readonly unusedHeaderLines: readonly string[];
}

/** The front matter's fields in the order the README lists them. */
const fieldOrder = ['title', 'event', 'panel', 'organization', 'speaker', 'role', 'venue', 'date', 'time', 'published'] as const;
/** The fields a content file cannot build without, as the schema says. */
const requiredFields = fieldOrder.filter((field) => !frontMatterSchema.shape[field].safeParse(undefined).success);

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
  noIntroduction:
    'lectern import found no introduction before the first point: write a "## " headline, its key messages ("- …") and the ' + 'opening paragraphs here.',
} as const;

export function writeContentFile(statement: ImportedStatement): string {
  const blocks: string[] = [frontMatter(statement)];
  if (statement.unusedHeaderLines.length > 0) {
    const lines = statement.unusedHeaderLines.map((line) => `"${line}"`).join(' / ');
    blocks.push(comment(`lectern import did not place these lines of the header; copy what you need into the fields above: ${lines}`));
  }
  const noPoints = statement.points.length === 0;
  if (noPoints) blocks.push(comment(notes.noPoints));

  if (statement.salutation.length > 0) blocks.push('# Salutation', ...statement.salutation.map(paragraph));
  blocks.push('# Introduction', ...(statement.introduction ? part(statement.introduction) : [comment(notes.noIntroduction)]));
  blocks.push('# Points', ...(noPoints ? [comment(notes.pointsHere)] : statement.points.flatMap(part)));
  blocks.push('# Conclusion', ...(statement.conclusion ? part(statement.conclusion) : [comment(noPoints ? notes.conclusionHere : notes.noConclusion)]));
  if (statement.closing.length > 0) blocks.push('# Closing', ...statement.closing.map(paragraph));
  return `${blocks.join('\n\n')}\n`;
}

function frontMatter(statement: ImportedStatement): string {
  const lines = ['---'];
  for (const field of fieldOrder) {
    const value = statement.fields[field];
    if (value !== undefined) lines.push(yamlLine(field, value));
    else if (requiredFields.includes(field)) lines.push(`# ${field}: not found in the text; add ${fieldHelp[field] ?? `${field}: …`}`);
  }
  lines.push(yamlLine('lang', statement.lang), yamlLine('theme', 'institutional'), '---');
  return lines.join('\n');
}

function yamlLine(field: string, value: string): string {
  return stringify({ [field]: value }, { lineWidth: 0 }).trimEnd();
}

function part(drafted: DraftedPart): string[] {
  return [
    comment(drafted.headlineFromText ? notes.draftFromHeading : notes.draft),
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
