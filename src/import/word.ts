// Reads a Word .docx file into the plain text the importer reads: one block per paragraph, headings on lines of their
// own, numbered lists numbered ("1. …") as Word shows them, a short bold lead-in ("Climate finance.") on a line of its
// own so it can head its point. mammoth turns the document into simple HTML; this reads that HTML back into text.
import { LecternError } from '../errors.js';

/** The text of a .docx file. Throws a LecternError when it is not a Word document mammoth can read. */
export async function wordText(bytes: Uint8Array, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new LecternError(`cannot read this Word file (${error instanceof Error ? error.message : String(error)})`, {
      at: { file },
      hint: 'open it in Word and save it again as .docx, or copy its text into a .txt file and import that',
      cause: error,
    });
  }
  return textOfHtml(html);
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** A lead-in that reads as a heading: a few words in bold ending with a full stop or a colon. */
const maxLeadInWords = 10;

/** mammoth's HTML (p, h1–h6, ol/ul/li, strong, em, a, table, br, img) as blocks of text separated by blank lines. */
export function textOfHtml(html: string): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let block = '';
  /** Bold text that opens the block: "open" while it goes on, "closed" once plain text follows. */
  let lead = '';
  let leadState: 'none' | 'open' | 'closed' = 'none';
  let inBlock = false;
  const flush = () => {
    const text = block
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text !== '') {
      const heading = lead.trim();
      const words = heading.split(/\s+/u).length;
      if (leadState !== 'none' && heading !== '' && heading !== text && words <= maxLeadInWords && /[.:]$/u.test(heading) && text.startsWith(heading)) {
        blocks.push(`${heading}\n${text.slice(heading.length).trim()}`);
      } else {
        blocks.push(text);
      }
    }
    block = '';
    lead = '';
    leadState = 'none';
    inBlock = false;
  };
  for (const token of html.split(/(<[^>]+>)/u)) {
    if (token === '') continue;
    const tag = /^<(\/?)([a-z0-9]+)/iu.exec(token);
    if (!tag) {
      const text = decodeEntities(token);
      if (leadState === 'open') lead += text;
      block += text;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name === 'strong' || name === 'b') {
      if (!closing && leadState === 'none' && block.replace(/^(?:\d+\. |- )/u, '').trim() === '') leadState = 'open';
      else if (closing && leadState === 'open') leadState = 'closed';
    } else if (name === 'br') block += '\n';
    else if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: 1 });
    } else if (/^(?:p|h[1-6]|li|td|th|tr|table|blockquote)$/u.test(name)) {
      if (inBlock || block.trim() !== '') flush();
      if (!closing) {
        inBlock = true;
        if (name === 'li') {
          const list = lists.at(-1);
          block = list?.ordered ? `${list.next++}. ` : '- ';
        }
      }
    }
  }
  flush();
  return blocks.join('\n\n');
}
