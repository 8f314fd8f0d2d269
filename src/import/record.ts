// Two shapes of text where the statement does not simply follow its header: a press release or news item that
// introduces it ("Following is the message of …:", "On trouvera ci-après …", "النص الكامل لكلمة …"), and a
// verbatim record, where the header runs into the text and a label names the speaker ("Mr. Oshima (Japan): We …").
// And what follows a statement's closing: a signature, a date, a list of signatories, a site's footer.
import { isClosing, wordCount } from './markers.js';
import type { Paragraph, SourceLine } from './paragraphs.js';

/** A paragraph that announces the text that follows it. */
export const leadIn = new RegExp(
  `^(?:${[
    '(?:the\\s+)?following\\s+is\\s+.*:$',
    '(?:below|here)\\s+is\\s+the\\s+(?:full\\s+)?text\\s+.*:$',
    'on\\s+trouvera\\s+ci-apr[eè]s\\s+.*',
    'voici\\s+le\\s+texte\\s+.*:$',
    'a\\s+continuaci[oó]n\\s+(?:se\\s+reproduce|el\\s+texto|figura)\\s+.*',
    '(?:و?في\\s*ما\\s+يلي|و?فيما\\s+يلي)\\s+نص\\s+.*',
    'النص\\s+الكامل\\s+ل.*',
  ].join('|')})`,
  'iu',
);

/** "Mr. Oshima (Japan):", "Ms. Rodríguez Gómez (Venezuela):", "M. Delattre (France) :". */
const speakerLabel =
  /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|M|Mme|Sr|Sra|Srta)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|del|la|van|von|al|el|bin))*)\s+\(([^()]{2,60})\)\s?:\s+(?=\p{Lu})/u;

export interface Split {
  readonly paragraphs: readonly Paragraph[];
  /** Where the statement starts, when the text says it (after a lead-in, after a speaker's label). */
  readonly start?: number;
  /** The header's lines in that case: what came before, with the speaker's label as "Speaker:" lines. */
  readonly header: readonly SourceLine[];
}

const asLine = (text: string, line: number): SourceLine => ({ text, line, indent: 0, afterPageBreak: false });

export function splitRecord(paragraphs: readonly Paragraph[]): Split {
  const lead = paragraphs.findIndex((paragraph, i) => i < Math.max(3, paragraphs.length / 2) && leadIn.test(paragraph.text) && wordCount(paragraph.text) <= 60);
  if (lead !== -1 && lead < paragraphs.length - 1) {
    return { paragraphs, start: lead + 1, header: paragraphs.slice(0, lead + 1).map((paragraph) => asLine(paragraph.text, paragraph.line)) };
  }
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 3) break;
    const label = speakerLabel.exec(paragraph.text);
    if (!label) continue;
    const at = label.index + (label[0].startsWith(' ') ? 1 : 0);
    const preamble = paragraph.text.slice(0, at).trim();
    // Only a record: a label at the very start of a paragraph is a name, not a record's speaker.
    if (preamble === '' && index === 0) continue;
    const rest = paragraph.text.slice(label.index + label[0].length);
    const before = paragraphs.slice(0, index).map((p) => asLine(p.text, p.line));
    return {
      paragraphs: [...paragraphs.slice(0, index), { text: rest, line: paragraph.line }, ...paragraphs.slice(index + 1)],
      start: index,
      header: [
        ...before,
        ...(preamble ? [asLine(preamble, paragraph.line)] : []),
        asLine(`Speaker: ${label[1]}`, paragraph.line),
        asLine(`Delegation: ${label[2]}`, paragraph.line),
      ],
    };
  }
  return { paragraphs, header: [] };
}

/**
 * The body up to its closing formula, and what follows it when none of that is a paragraph of speech: a signature,
 * a date, a list of signatories, a footer. A closing in the first half of the text is not the end.
 */
export function splitTrailer(all: readonly Paragraph[]): { body: readonly Paragraph[]; trailer: readonly Paragraph[] } {
  // A site's footer after the last paragraph: a line of links, no sentence ("Organisation des Nations Unies Présidence …").
  let end = all.length;
  while (end > 3 && !/[.!?؟…:"”»)]\s*$/u.test(all[end - 1]!.text) && wordCount(all[end - 1]!.text) <= 40 && !isClosing(all[end - 1]!.text)) end--;
  const footer = all.slice(end);
  const body = all.slice(0, end);
  const found = closingAndAfter(body);
  return { body: found.body, trailer: [...found.trailer, ...footer] };
}

function closingAndAfter(body: readonly Paragraph[]): { body: readonly Paragraph[]; trailer: readonly Paragraph[] } {
  for (let k = body.length - 1; k >= Math.floor(body.length / 2); k--) {
    if (!isClosing(body[k]!.text)) continue;
    const after = body.slice(k + 1);
    if (after.length === 0) break;
    if (after.every((paragraph) => wordCount(paragraph.text) <= 12)) return { body: body.slice(0, k + 1), trailer: after };
    break;
  }
  return { body, trailer: [] };
}
