// Reads the Markdown body of a content file into its sections: salutation, introduction, points, conclusion, closing.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { LecternError } from '../errors.js';
import type { SourceText } from './statement.js';

export type SectionName = 'salutation' | 'introduction' | 'points' | 'conclusion' | 'closing';
export const sectionOrder: readonly SectionName[] = ['salutation', 'introduction', 'points', 'conclusion', 'closing'];

/** A `## ` heading with what follows it, before any meaning is checked. */
export interface DraftPart {
  readonly headline: SourceText;
  readonly keyMessages: SourceText[];
  readonly paragraphs: SourceText[];
  /** Lines of key-message lists that came after full text: most likely a point whose `## ` was lost. */
  readonly strayListLines: number[];
}

export interface DraftSection {
  readonly name: SectionName;
  readonly line: number;
  /** Text before the section's first `## `. */
  readonly paragraphs: SourceText[];
  readonly leadingListLines: number[];
  readonly parts: DraftPart[];
}

export interface DraftBody {
  readonly sections: ReadonlyMap<SectionName, DraftSection>;
  /** Line of the first section heading, or of the first text if there is none. */
  readonly firstLine: number;
}

// Plain text in, plain text out: no inline HTML, no typographic replacement, no link detection.
const markdown = new MarkdownIt('zero').enable(['heading', 'list', 'paragraph', 'blockquote', 'code', 'fence', 'hr', 'table']);

const unsupported: Record<string, string> = {
  blockquote_open: 'a quotation block ("> ")',
  code_block: 'an indented code block (a line indented by four spaces)',
  fence: 'a fenced code block',
  hr: 'a horizontal rule',
  table_open: 'a table',
};

export function readBody(body: string, bodyLine: number, file: string): DraftBody {
  const tokens = markdown.parse(body, {});
  const sections = new Map<SectionName, DraftSection>();
  let section: DraftSection | undefined;
  let part: DraftPart | undefined;
  let firstLine: number | undefined;
  const lineOf = (token: Token) => bodyLine + (token.map?.[0] ?? 0);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0) continue;
    const line = lineOf(token);
    firstLine ??= line;

    if (token.type === 'heading_open') {
      const title = inlineText(tokens[i + 1]);
      if (token.tag === 'h1') {
        const name = sectionName(title);
        if (!name) {
          throw new LecternError(`"# ${title}" is not a section of a statement`, {
            at: { file, line },
            hint: `use one of ${sectionOrder.map((s) => `"# ${capitalize(s)}"`).join(', ')}; a point's headline is a "## " heading under "# Points"`,
          });
        }
        const previous = sections.get(name);
        if (previous) {
          throw new LecternError(`"# ${capitalize(name)}" appears twice (first on line ${previous.line})`, {
            at: { file, line },
            hint: 'merge the two sections into one',
          });
        }
        section = { name, line, paragraphs: [], leadingListLines: [], parts: [] };
        sections.set(name, section);
        part = undefined;
      } else if (token.tag === 'h2') {
        if (!section) throw textBeforeSections(file, line);
        part = { headline: { text: title, line }, keyMessages: [], paragraphs: [], strayListLines: [] };
        section.parts.push(part);
      } else {
        throw new LecternError(`"${token.markup} ${title}" is a level-${token.tag.slice(1)} heading, which a statement does not use`, {
          at: { file, line },
          hint: 'use "# " for a section and "## " for a headline',
        });
      }
      i += 2;
      continue;
    }

    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (!section) throw textBeforeSections(file, line);
      const { items, end } = listItems(tokens, i, bodyLine, file);
      if (part) {
        if (part.paragraphs.length > 0) part.strayListLines.push(line);
        part.keyMessages.push(...items);
      } else {
        section.leadingListLines.push(line);
      }
      i = end;
      continue;
    }

    if (token.type === 'paragraph_open') {
      const text = inlineText(tokens[i + 1]);
      if (isComment(text)) {
        i += 2;
        continue;
      }
      if (!section) throw textBeforeSections(file, line);
      const paragraph = { text, line };
      (part ?? section).paragraphs.push(paragraph);
      i += 2;
      continue;
    }

    const what = unsupported[token.type];
    if (what) {
      throw new LecternError(`${what} is not part of a statement's format`, {
        at: { file, line },
        hint: 'write plain paragraphs; key messages are lines starting with "- " under a "## " headline',
      });
    }
  }

  return { sections, firstLine: firstLine ?? bodyLine };
}

function listItems(tokens: Token[], start: number, bodyLine: number, file: string): { items: SourceText[]; end: number } {
  const items: SourceText[] = [];
  const close = tokens[start]!.type.replace('_open', '_close');
  let i = start + 1;
  for (; i < tokens.length && !(tokens[i]!.type === close && tokens[i]!.level === 0); i++) {
    const token = tokens[i]!;
    const line = bodyLine + (token.map?.[0] ?? 0);
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      throw new LecternError('a key message has a list inside it', {
        at: { file, line },
        hint: 'key messages are one level deep: remove the indentation before "- "',
      });
    }
    if (token.type === 'list_item_open') {
      const paragraph = tokens[i + 1];
      const text = paragraph?.type === 'paragraph_open' ? inlineText(tokens[i + 2]) : '';
      items.push({ text, line });
    } else if (token.level === 2 && !token.type.endsWith('_close') && token.type !== 'inline' && tokens[i - 1]?.type !== 'list_item_open') {
      // A second block inside one item (an indented paragraph under "- …"): no output would show it, so say so.
      throw new LecternError('a key message runs over more than one paragraph', {
        at: { file, line },
        hint: 'keep each key message to one "- " line; the full text goes after the list, not indented under it',
      });
    }
  }
  return { items, end: i };
}

/** A paragraph that is only an HTML comment is a note to the author, not part of the statement. */
function isComment(text: string): boolean {
  return /^<!--(?:(?!-->)[\s\S])*-->$/.test(text);
}

/** The text of an inline token, with soft line breaks joined back into one line. */
function inlineText(token: Token | undefined): string {
  return (token?.content ?? '').replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
}

function sectionName(title: string): SectionName | undefined {
  const name = title.trim().toLowerCase();
  return sectionOrder.find((section) => section === name);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function textBeforeSections(file: string, line: number): LecternError {
  return new LecternError('text comes before the first section heading', {
    at: { file, line },
    hint: 'put it under a section such as "# Salutation" or "# Introduction"',
  });
}
