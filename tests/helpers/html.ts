// Reads built HTML the way a test should: as a DOM, not as a string.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function texts(document: ParentNode, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => normalize(element.textContent ?? ''));
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every URL an HTML document would load or link to. */
export function urlsIn(document: Document): string[] {
  const urls: string[] = [];
  for (const element of document.querySelectorAll('[src], [href]')) {
    for (const attribute of ['src', 'href']) {
      const value = element.getAttribute(attribute);
      if (value) urls.push(value);
    }
  }
  for (const style of document.querySelectorAll('style')) {
    for (const [, url] of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)) urls.push(url!);
    for (const [, url] of (style.textContent ?? '').matchAll(/@import\s+['"]([^'"]+)/g)) urls.push(url!);
  }
  return urls;
}
