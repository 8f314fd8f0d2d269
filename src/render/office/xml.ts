// Small helpers for the XML inside Office files: escaping statement text, and reading the few attributes and elements
// Lectern needs from a template's parts (they are machine-written XML, so patterns on their markup suffice).

/** Characters XML 1.0 cannot hold at all, even escaped: they are dropped. */
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an element or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/[&<>"']/g, (char) => entities[char]!);
}

/** The text of an attribute value as written, its entities decoded. */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase() as 'amp']!;
  });
}

/** The attributes of a start tag such as `<p:ph type="body" idx="1"/>`, by their names as written. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(name!, unescapeXml(double ?? single ?? ''));
  }
  return found;
}

/** Every start (or empty) tag of the element `name` in `xml`: `<p:ph …/>`. */
export function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g'))].map((match) => match[0]);
}

/** Every whole element `name` (start tag to end tag), for elements that do not nest in themselves, such as `<p:sp>`. */
export function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?=[\\s>])[^>]*>[\\s\\S]*?</${name}>|<${name}(?=[\\s/])[^>]*/>`, 'g'))].map((match) => match[0]);
}

/** An element with attributes and content; attributes whose value is undefined are left out. */
export function element(name: string, attrs: Readonly<Record<string, string | number | undefined>> = {}, content?: string): string {
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

/** A CSS colour (`#0a5bb5`, `#fff`) as Office writes one: `0A5BB5`. */
export function hexColour(colour: string): string {
  const digits = colour.slice(1);
  return (digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits).toUpperCase();
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
