// `lectern import` without the files: the text of a raw statement in, the text of a content file out.
import { withoutDebris } from './debris.js';
import { decodeText } from './decode.js';
import { draftSlides, headlineOf, openingDraft } from './draft.js';
import { readHeader, type HeaderFields } from './header.js';
import { detectLanguage, type ImportLanguage } from './language.js';
import { isClosing, isNumberedHeading, isSalutation } from './markers.js';
import { paragraphsOf, sourceLines, type Paragraph, type SourceLine } from './paragraphs.js';
import { splitRecord, splitTrailer } from './record.js';
import { bodyStart, findStructure, isShortSentence, type FoundPart } from './structure.js';
import { writeContentFile, type DraftedPart, type ImportedStatement } from './write.js';

export interface ImportResult {
  /** The content file's text. */
  readonly content: string;
  readonly statement: ImportedStatement;
  /** False when the language was a guess: the text looked like none of English, French, Spanish and Arabic. */
  readonly languageSure: boolean;
}

/** Imports one text file's bytes. `file` is the path messages show. Throws a LecternError for text it cannot read. */
export function importStatement(bytes: Uint8Array, file: string): ImportResult {
  return importText(decodeText(bytes, file), file, 'text');
}

/** Imports a statement's text, as read from a text, Word or PDF file. */
export function importText(text: string, _file: string, source: ImportedStatement['source'] = 'text'): ImportResult {
  const { lines, leftOut } = withoutDebris(sourceLines(text));
  const record = splitRecord(paragraphsOf(lines));
  const paragraphs = record.paragraphs;
  const start = record.start ?? bodyStart(paragraphs);
  const bodyLine = paragraphs[start]?.line ?? Infinity;
  const { body: rest, trailer } = splitTrailer(paragraphs.slice(start));
  // A text file's header is read line by line (a title wrapped again is dropped, a label's value may be on the next
  // line); a PDF's lines are wraps of the same paragraph, and a Word file's paragraphs are its lines.
  const asLine = (paragraph: Paragraph): SourceLine => ({ text: paragraph.text, line: paragraph.line, indent: 0, afterPageBreak: false });
  const headerLines: readonly SourceLine[] =
    record.start !== undefined
      ? record.header
      : start === 0
        ? []
        : source === 'text'
          ? lines.filter((line) => line.line < bodyLine)
          : paragraphs.slice(0, start).map(asLine);
  const header = readHeader(headerLines, trailer);
  const opening = openingInHeader(headerLines, header.unused);
  const body: Paragraph[] = [...opening.map(({ text, line }) => ({ text, line })), ...rest];
  const language = detectLanguage(body.map((paragraph) => paragraph.text).join('\n'));
  const structure = findStructure(body, language.lang);

  const parts = [structure.introduction, ...structure.points, structure.conclusion];
  const present = parts.filter((part): part is FoundPart => part !== undefined);
  const drafts = draftSlides(present.map(textForSlides), language.lang);
  const drafted = new Map(present.map((part, i) => [part, withDraft(part, drafts[i]!, part !== structure.conclusion, language.lang)]));
  const draftedOf = (part: FoundPart | undefined) => (part ? drafted.get(part) : undefined);
  const fallbackTitle = header.fields.title === undefined ? titleFallback(header.fields, body, language.lang) : undefined;

  const statement: ImportedStatement = {
    fields: header.fields,
    ...(fallbackTitle && { fallbackTitle }),
    lang: language.lang,
    source,
    salutation: texts(structure.salutation),
    introduction: draftedOf(structure.introduction),
    points: structure.points.map((point) => drafted.get(point)!),
    pointsFound: structure.pointsFound,
    ...(structure.announced !== undefined && { announced: structure.announced }),
    conclusion: draftedOf(structure.conclusion),
    conclusionIsDraft: structure.conclusionIsDraft,
    closing: texts(structure.closing),
    unusedHeaderLines: header.unused.filter((line) => !opening.some((sentence) => sentence.line === line.line)).map((line) => line.text),
    leftOut: [...leftOut, ...header.leftOut, ...trailer.filter((paragraph) => !header.usedTrailer.has(paragraph)).map((paragraph) => paragraph.text)],
  };
  return { content: writeContentFile(statement), statement, languageSure: language.sure };
}

/**
 * The sentences at the header's end that it could not place, each a whole line: the statement's opening, which a text
 * written without blank lines runs into its header ("الأمم المتحدة هي وليدة الأمل." after the date), not lines for
 * the author to copy by hand.
 */
function openingInHeader(lines: readonly SourceLine[], unused: readonly SourceLine[]): SourceLine[] {
  const whole = new Set(unused.map((line) => `${line.line}\0${line.text}`));
  const opening: SourceLine[] = [];
  for (let i = lines.length - 1; i >= 0 && whole.has(`${lines[i]!.line}\0${lines[i]!.text}`) && isShortSentence(lines[i]!.text); i--) {
    opening.unshift(lines[i]!);
  }
  return opening;
}

/** A title for a statement whose header names none: the event, or the first sentence cut to a headline. */
function titleFallback(fields: HeaderFields, body: readonly Paragraph[], lang: ImportLanguage): { text: string; from: string } | undefined {
  if (fields.event) return { text: fields.event, from: 'the event' };
  const first = body.find((paragraph) => !isSalutation(paragraph.text) && !isClosing(paragraph.text));
  const headline = first ? headlineOf([first.text.split(/(?<=[.!?؟])\s+/u)[0]!], lang) : '';
  return headline ? { text: headline, from: 'the first sentence' } : undefined;
}

/** The part's text without its marker ("First, ", "II. "), heading lines ("I. Introduction") or salutations: what slide text is drafted from. */
function textForSlides(part: FoundPart): { paragraphs: string[] } {
  const [first, ...rest] = part.paragraphs.map((paragraph) => paragraph.text);
  const paragraphs = [first!.slice(part.markerLength), ...rest.filter((text) => !isNumberedHeading(text))];
  const withoutHeading = part.heading !== undefined || isNumberedHeading(first!) ? paragraphs.slice(1) : paragraphs;
  const spoken = (withoutHeading.length > 0 ? withoutHeading : paragraphs).filter((text) => text.trim() !== '' && !isSalutation(text));
  return { paragraphs: spoken.length > 0 ? spoken : paragraphs.filter((text) => text.trim() !== '') };
}

/**
 * A point's own heading ("II. Border management") is its headline; a heading "Conclusion" says nothing, so the
 * conclusion's is drafted. A part too short to draft from ("First," alone) gets its opening words.
 */
function withDraft(part: FoundPart, draft: DraftedPart['draft'], headingIsHeadline: boolean, lang: ImportLanguage): DraftedPart {
  const heading = headingIsHeadline ? part.heading?.trim() : undefined;
  const opening = openingDraft(part.paragraphs.map((paragraph) => paragraph.text).join(' '), lang);
  return {
    paragraphs: texts(part.paragraphs),
    draft: {
      headline: heading || draft.headline || opening.headline,
      keyMessages: draft.keyMessages.length > 0 ? draft.keyMessages : opening.keyMessages,
    },
    headlineFromText: Boolean(heading),
  };
}

function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((paragraph) => paragraph.text);
}
