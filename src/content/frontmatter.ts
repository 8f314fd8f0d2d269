// Splits a content file into its YAML front matter and its Markdown body, keeping line numbers for messages.
import { LecternError } from '../errors.js';
import { parseYamlMapping, type YamlData } from '../yaml.js';

export interface FrontMatter extends YamlData {
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** Line in the content file where the body's first line is. */
  readonly bodyLine: number;
}

const opening = /^---[ \t]*\r?\n/;
const closing = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/** A first line that reads like a field: front matter whose opening "---" was forgotten. */
const fieldLine = /^[ \t]*[A-Za-z_][\w-]*:(?:[ \t]|$)/;

/** Front matter is optional (only the body is required): a file without it is all body, from line 1. */
export function splitFrontMatter(source: string, file: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '');
  const open = opening.exec(text);
  if (!open && !fieldLine.test(text.trimStart().split('\n', 1)[0] ?? '')) {
    return { data: {}, lineOf: () => 1, body: text, bodyLine: 1 };
  }
  if (!open) {
    throw new LecternError('the file does not start with YAML front matter', {
      at: { file, line: 1 },
      hint: 'begin it with a line "---", the fields (title:, speaker: …), and another "---"',
    });
  }
  const afterOpen = text.slice(open[0].length);
  const close = closing.exec(afterOpen);
  if (!close) {
    throw new LecternError('the front matter is never closed', {
      at: { file, line: 1 },
      hint: 'add a line "---" after the last field',
    });
  }
  const yamlFirstLine = 2;
  const bodyStart = close.index + close[0].length;
  const yamlText = afterOpen.slice(0, close.index);
  // Front matter with no field in it ("---" then "---") is as good as none.
  const yaml = /^\s*(?:#[^\n]*\s*)*$/u.test(yamlText) ? { data: {}, lineOf: () => 1 } : parseYamlMapping(yamlText, file, yamlFirstLine);
  return {
    ...yaml,
    body: afterOpen.slice(bodyStart).replace(/^\n/, ''),
    bodyLine: yamlFirstLine + countNewlines(afterOpen.slice(0, bodyStart)) + 1,
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
