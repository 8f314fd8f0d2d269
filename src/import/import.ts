// `lectern import` without the files: the bytes of a raw statement in, the text of a content file out.
import { decodeText } from './decode.js';
import { draftSlides } from './draft.js';
import { readHeader } from './header.js';
import { detectLanguage } from './language.js';
import { isNumberedHeading } from './markers.js';
import { paragraphsOf, sourceLines, type Paragraph } from './paragraphs.js';
import { bodyStart, findStructure, type FoundPart } from './structure.js';
import { writeContentFile, type DraftedPart, type ImportedStatement } from './write.js';

export interface ImportResult {
  /** The content file's text. */
  readonly content: string;
  readonly statement: ImportedStatement;
  /** False when the language was a guess: the text looked like none of English, French, Spanish and Arabic. */
  readonly languageSure: boolean;
}

/** Imports one statement. `file` is the path messages show. Throws a LecternError for text it cannot read. */
export function importStatement(bytes: Uint8Array, file: string): ImportResult {
  const text = decodeText(bytes, file);
  const lines = sourceLines(text);
  const paragraphs = paragraphsOf(lines);
  const start = bodyStart(paragraphs);
  const bodyLine = paragraphs[start]?.line ?? Infinity;
  const header = readHeader(start === 0 ? [] : lines.filter((line) => line.line < bodyLine));
  const body = paragraphs.slice(start);
  const language = detectLanguage(body.map((paragraph) => paragraph.text).join('\n'));
  const structure = findStructure(body);

  const parts = [structure.introduction, ...structure.points, structure.conclusion];
  const present = parts.filter((part): part is FoundPart => part !== undefined);
  const drafts = draftSlides(present.map(textForSlides), language.lang);
  const drafted = new Map(present.map((part, i) => [part, withDraft(part, drafts[i]!, part !== structure.conclusion)]));
  const draftedOf = (part: FoundPart | undefined) => (part ? drafted.get(part) : undefined);

  const statement: ImportedStatement = {
    fields: header.fields,
    lang: language.lang,
    salutation: texts(structure.salutation),
    introduction: draftedOf(structure.introduction),
    points: structure.points.map((point) => drafted.get(point)!),
    conclusion: draftedOf(structure.conclusion),
    closing: texts(structure.closing),
    unusedHeaderLines: header.unused.map((line) => line.text),
  };
  return { content: writeContentFile(statement), statement, languageSure: language.sure };
}

/** The part's text without its marker ("First, ", "II. ") or heading lines ("I. Introduction"): what slide text is drafted from. */
function textForSlides(part: FoundPart): { paragraphs: string[] } {
  const [first, ...rest] = part.paragraphs.map((paragraph) => paragraph.text);
  const paragraphs = [first!.slice(part.markerLength), ...rest.filter((text) => !isNumberedHeading(text))];
  const withoutHeading = part.heading !== undefined || isNumberedHeading(first!) ? paragraphs.slice(1) : paragraphs;
  return { paragraphs: (withoutHeading.length > 0 ? withoutHeading : paragraphs).filter((text) => text.trim() !== '') };
}

/**
 * A point's own heading ("II. Border management") is its headline; a heading "Conclusion" says nothing, so the
 * conclusion's is drafted. A part too short to draft from ("First," alone) gets its opening words.
 */
function withDraft(part: FoundPart, draft: DraftedPart['draft'], headingIsHeadline: boolean): DraftedPart {
  const heading = headingIsHeadline ? part.heading?.trim() : undefined;
  const opening = (count: number) => part.paragraphs[0]!.text.split(/\s+/u).slice(0, count).join(' ');
  return {
    paragraphs: texts(part.paragraphs),
    draft: {
      headline: heading || draft.headline || opening(8),
      keyMessages: draft.keyMessages.length > 0 ? draft.keyMessages : [opening(15)],
    },
    headlineFromText: Boolean(heading),
  };
}

function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((paragraph) => paragraph.text);
}
