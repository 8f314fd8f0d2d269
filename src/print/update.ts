// Adds to a PDF as Chromium writes it (Skia's: one cross-reference table, no object streams) by appending an
// incremental update, as PDF allows: a new document information dictionary, the catalog again with an outline, the
// outline's items, and a cross-reference section for these alone. Chromium's pages, text and tags stay byte for byte
// as printed, and nothing else is read: parsing a tagged PDF whole (thousands of small objects) took longer than
// printing it. Anything else, it declines (undefined), and the whole document is rewritten instead (finish.ts).

export interface Additions {
  readonly info: Readonly<Record<string, string | undefined>>;
  readonly lang: string;
  /** Bookmarks, in order, each with the 0-based page it opens. */
  readonly outline: readonly { readonly title: string; readonly page: number }[];
}

export interface UpdatedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

interface Ref {
  readonly num: number;
  readonly gen: number;
}

/** The document's own text: one byte per character, so offsets in the string are offsets in the file. */
type Latin1 = string;

export function appendUpdate(printed: Uint8Array, additions: Additions): UpdatedPdf | undefined {
  const text: Latin1 = Buffer.from(printed.buffer, printed.byteOffset, printed.byteLength).toString('latin1');
  const previous = lastCrossReference(text);
  if (previous === undefined) return undefined;
  const offsets = crossReferenceTable(text, previous);
  const trailer = offsets && trailerOf(text, previous);
  if (!offsets || !trailer) return undefined;
  const object = (ref: Ref) => objectText(text, offsets, ref);
  const catalog = object(trailer.root);
  const pagesRef = catalog && refIn(catalog, 'Pages');
  const pages = pagesRef && pageRefs(object, pagesRef, 0);
  if (!catalog || !pages || pages.length === 0) return undefined;

  const objects: { ref: Ref; body: string }[] = [];
  let next = trailer.size;
  const newRef = (): Ref => ({ num: next++, gen: 0 });
  const old = trailer.info ? (object(trailer.info) ?? '') : '';
  const info = newRef();
  objects.push({ ref: info, body: infoDictionary(old, additions.info) });

  const additionsToCatalog: string[] = [];
  if (additions.outline.length > 0) {
    const root = newRef();
    const items = additions.outline.map(() => newRef());
    additions.outline.forEach((entry, index) => {
      const page = pages[Math.min(Math.max(entry.page, 0), pages.length - 1)]!;
      const links = [index > 0 && `/Prev ${r(items[index - 1]!)}`, index < items.length - 1 && `/Next ${r(items[index + 1]!)}`];
      objects.push({
        ref: items[index]!,
        body: `<</Title ${textString(entry.title)} /Parent ${r(root)} /Dest [${r(page)} /Fit]${links
          .filter(Boolean)
          .map((link) => ` ${link}`)
          .join('')}>>`,
      });
    });
    objects.push({ ref: root, body: `<</Type /Outlines /First ${r(items[0]!)} /Last ${r(items.at(-1)!)} /Count ${items.length}>>` });
    additionsToCatalog.push(`/Outlines ${r(root)}`, '/PageMode /UseOutlines');
  }
  additionsToCatalog.push(`/Lang ${textString(additions.lang)}`);
  if (!/\/DisplayDocTitle\s+true/.test(catalog)) additionsToCatalog.push('/ViewerPreferences <</DisplayDocTitle true>>');
  objects.push({ ref: trailer.root, body: withEntries(catalog, additionsToCatalog) });

  return { bytes: written(printed, previous, objects, { ...trailer, size: next, info }), pages: pages.length };
}

/** The offset of the last cross-reference section, from `startxref` at the end of the file. */
function lastCrossReference(text: Latin1): number | undefined {
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  const offset = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(offset) && text.startsWith('xref', offset) ? offset : undefined;
}

/** Where each object starts, from a classic cross-reference table (the only section: no /Prev). */
function crossReferenceTable(text: Latin1, at: number): Map<string, number> | undefined {
  const end = text.indexOf('trailer', at);
  if (end < 0) return undefined;
  const lines = text
    .slice(at + 4, end)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const offsets = new Map<string, number>();
  let num = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)$/.exec(line);
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(line);
    if (!entry) return undefined;
    if (entry[3] === 'n') offsets.set(`${num} ${Number(entry[2])}`, Number(entry[1]));
    num++;
  }
  return offsets;
}

interface Trailer {
  readonly size: number;
  readonly root: Ref;
  readonly info: Ref | undefined;
  readonly id: string | undefined;
}

function trailerOf(text: Latin1, at: number): Trailer | undefined {
  const start = text.indexOf('trailer', at);
  const end = text.indexOf('startxref', start);
  const dictionary = text.slice(start + 7, end);
  const size = Number(/\/Size\s+(\d+)/.exec(dictionary)?.[1]);
  const root = refIn(dictionary, 'Root');
  // A file already updated (/Prev), or encrypted, is not one Chromium just wrote.
  if (!Number.isSafeInteger(size) || !root || /\/(Prev|Encrypt|XRefStm)\b/.test(dictionary)) return undefined;
  return { size, root, info: refIn(dictionary, 'Info'), id: /\/ID\s*\[[^\]]*\]/.exec(dictionary)?.[0] };
}

/** The dictionary of object `ref`, when it is one with no stream. */
function objectText(text: Latin1, offsets: Map<string, number>, ref: Ref): string | undefined {
  const at = offsets.get(`${ref.num} ${ref.gen}`);
  if (at === undefined || !text.startsWith(`${ref.num} ${ref.gen} obj`, at)) return undefined;
  const end = text.indexOf('endobj', at);
  if (end < 0) return undefined;
  const body = text.slice(at + `${ref.num} ${ref.gen} obj`.length, end).trim();
  return body.startsWith('<<') && body.endsWith('>>') ? body : undefined;
}

function refIn(dictionary: string, key: string): Ref | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(dictionary);
  return match ? { num: Number(match[1]), gen: Number(match[2]) } : undefined;
}

/** The pages in order, walking the page tree; undefined if any node cannot be read. */
function pageRefs(object: (ref: Ref) => string | undefined, ref: Ref, depth: number): Ref[] | undefined {
  const node = object(ref);
  if (!node || depth > 32) return undefined;
  if (!/\/Type\s*\/Pages\b/.test(node)) return /\/Type\s*\/Page\b/.test(node) ? [ref] : undefined;
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1];
  if (kids === undefined) return undefined;
  const pages: Ref[] = [];
  for (const [, num, gen] of kids.matchAll(/(\d+)\s+(\d+)\s+R/g)) {
    const below = pageRefs(object, { num: Number(num), gen: Number(gen) }, depth + 1);
    if (!below) return undefined;
    pages.push(...below);
  }
  return pages;
}

/** The new information dictionary: Chromium's dates and producer, with Lectern's title, author, subject and creator. */
function infoDictionary(old: string, info: Additions['info']): string {
  const kept = ['Producer', 'CreationDate', 'ModDate'].flatMap((key) => {
    const value = new RegExp(`/${key}\\s*(\\((?:[^()\\\\]|\\\\.)*\\))`).exec(old)?.[1];
    return value ? [`/${key} ${value}`] : [];
  });
  const given = Object.entries(info).flatMap(([key, value]) => (value ? [`/${key} ${textString(value)}`] : []));
  return `<<${[...given, ...kept].join(' ')}>>`;
}

/** The catalog with `entries` in place of any it had under the same names. */
function withEntries(catalog: string, entries: readonly string[]): string {
  let body = catalog.slice(2, -2);
  for (const entry of entries) {
    const key = entry.split(/\s/, 1)[0]!;
    // Only entries whose value is a name, a reference or a string without parentheses are replaced; a dictionary
    // value (ViewerPreferences) is added only where there was none.
    body = body.replace(new RegExp(`${key.replace('/', '\\/')}(?![A-Za-z])\\s*(\\d+\\s+\\d+\\s+R|/\\w+|\\([^()]*\\)|<[0-9A-Fa-f\\s]*>)`), '');
  }
  return `<<${body}\n${entries.join('\n')}>>`;
}

/** Text as a PDF text string: UTF-16BE in hexadecimal, so any script and any character goes through as it is. */
function textString(value: string): string {
  const units = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${units.toString('hex').toUpperCase()}>`;
}

function r(ref: Ref): string {
  return `${ref.num} ${ref.gen} R`;
}

/** The file with the update appended: the objects, their cross-reference section, and a trailer linking back. */
function written(printed: Uint8Array, previous: number, objects: readonly { ref: Ref; body: string }[], trailer: Trailer & { info: Ref }): Uint8Array {
  let out = printed.at(-1) === 0x0a ? '' : '\n';
  let at = printed.byteLength + out.length;
  const entries = objects.map(({ ref, body }) => {
    const object = `${ref.num} ${ref.gen} obj\n${body}\nendobj\n`;
    const entry = { ref, offset: at };
    out += object;
    at += object.length;
    return entry;
  });
  const sorted = [...entries].sort((a, b) => a.ref.num - b.ref.num);
  out += 'xref\n';
  // One subsection per run of consecutive object numbers.
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.ref.num === sorted[j - 1]!.ref.num + 1) j++;
    out += `${sorted[i]!.ref.num} ${j - i}\n`;
    for (const { ref, offset } of sorted.slice(i, j)) out += `${String(offset).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n \n`;
    i = j;
  }
  const id = trailer.id ? ` ${trailer.id}` : '';
  out += `trailer\n<</Size ${trailer.size} /Root ${r(trailer.root)} /Info ${r(trailer.info)} /Prev ${previous}${id}>>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([printed, Buffer.from(out, 'latin1')]);
}
