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

export function splitFrontMatter(source: string, file: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '');
  const open = opening.exec(text);
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
  const yaml = parseYamlMapping(afterOpen.slice(0, close.index), file, yamlFirstLine);
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
