// YAML with line numbers: front matter and theme files both report mistakes as file:line.
import { isAlias, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { LecternError, type Location } from './errors.js';

export interface YamlData {
  /** The parsed YAML: a plain object. */
  readonly data: Record<string, unknown>;
  /** The line in the file where a key is written; for a missing key, where its nearest parent is. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses a YAML mapping. `firstLine` is the line of the file where `text` starts,
 * so that messages point into the whole file (front matter starts on line 2).
 */
export function parseYamlMapping(text: string, file: string, firstLine = 1): YamlData {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (line: number) => firstLine - 1 + Math.max(line, 1);
  const firstError = document.errors[0];
  if (firstError) {
    const line = unclosedQuoteLine(text, firstError.message) ?? lineCounter.linePos(firstError.pos[0]).line;
    throw new LecternError(`this is not valid YAML: ${yamlReason(firstError.message)}`, {
      at: { file, line: toFileLine(line) },
      hint: 'check the quoting and indentation on that line; quote any value that contains ": " or starts with a quote',
    });
  }
  const anchor = firstAnchor(document);
  if (anchor) {
    throw new LecternError(`"${anchor.text}" is a YAML ${anchor.kind}: Lectern reads no anchors (&name) or aliases (*name)`, {
      at: { file, line: toFileLine(lineCounter.linePos(anchor.offset).line) },
      hint: 'write each value out in full, and put in quotes a value that starts with "&" or "*"',
    });
  }
  const data = toJS(document, { file, line: firstLine });
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !isMap(document.contents)) {
    throw new LecternError('expected a list of "field: value" lines', {
      at: { file, line: firstLine },
      hint: 'write one field per line, such as "title: …"',
    });
  }
  return {
    data: data as Record<string, unknown>,
    lineOf: (path) => toFileLine(lineOfPath(document, lineCounter, path)),
  };
}

/**
 * The first anchor (&name) or alias (*name) in the document. Neither front matter nor a theme needs them, an alias can
 * expand without end ("billion laughs"), and a value such as "&Co" or "*TBC*" is text that YAML would read as one.
 */
function firstAnchor(document: Document): { readonly text: string; readonly kind: 'anchor' | 'alias'; readonly offset: number } | undefined {
  let found: { text: string; kind: 'anchor' | 'alias'; offset: number } | undefined;
  visit(document, {
    Node(_key, node, path) {
      if (!isAlias(node) && node.anchor === undefined) return undefined;
      // A block list or mapping starts on the line after its anchor: point at the key it is the value of.
      const parent = path.at(-1);
      const at = isPair(parent) && parent.value === node && isNode(parent.key) ? parent.key : node;
      found = isAlias(node)
        ? { text: `*${node.source}`, kind: 'alias', offset: at.range?.[0] ?? 0 }
        : { text: `&${node.anchor}`, kind: 'anchor', offset: at.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

/** Anchors are refused before this, so nothing a user writes should make it throw; if it does, say where. */
function toJS(document: Document, at: Location): unknown {
  try {
    return document.toJS();
  } catch (error) {
    throw new LecternError(`this YAML could not be read: ${(error as Error).message}`, {
      at,
      hint: 'write each field as a plain "field: value" line',
      cause: error,
    });
  }
}

function lineOfPath(document: Document, lineCounter: LineCounter, keyPath: readonly PropertyKey[]): number {
  for (let depth = keyPath.length; depth > 0; depth--) {
    const parentPath = keyPath.slice(0, depth - 1);
    const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keyPath[depth - 1]);
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return 1;
}

/** yaml's messages end with a position and an excerpt; the caller already gives file:line. */
function yamlReason(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** yaml reports an unclosed quote where the text ends; the mistake is where the quote opened. */
function unclosedQuoteLine(text: string, message: string): number | undefined {
  if (!/Missing closing .?quote/i.test(message)) return undefined;
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => {
    const value = /^\s*[^:#]+:\s*(["'])(.*)$/.exec(line);
    if (!value) return false;
    const [, quote, rest = ''] = value;
    const unescaped = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
    return !unescaped.includes(quote!);
  });
  return index === -1 ? undefined : index + 1;
}
