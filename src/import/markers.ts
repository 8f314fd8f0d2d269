// Finds the marker that opens a paragraph — a point opener, a conclusion, a closing, a salutation — and the
// sentence-or-heading tests the importer reads paragraphs with. It looks at the start of one paragraph and nothing
// else; the words themselves, in each language, are in opener-words.ts (points) and marker-words.ts (the rest).
import { closingPattern, conclusionHeading, conclusionPattern, finallyPattern, introductionHeading, salutationPattern } from './marker-words.js';
import { looseOrdinalPatterns, pointNounOrdinals, pointNounPattern, strictOrdinalPatterns } from './opener-words.js';

// Still exported from here for the date reader, which builds its own word lists with them.
export { arabic, wordEnd } from './spelling.js';

/** How a point is numbered: ordinal words ("First,", "Deuxièmement", "ثانياً"), digits ("1.", "2)") or Roman numerals ("II."). */
export type OpenerFamily = 'ordinal' | 'numeral' | 'roman';

export type Marker =
  /** Opens a point. `value` is its number, or "next" for "My next point". `length`: the characters of the marker. */
  | { readonly kind: 'point'; readonly family: OpenerFamily; readonly value: number | 'next'; readonly length: number; readonly heading?: string }
  /** "Finally", "Enfin", "Por último": the last point when a conclusion follows, else the conclusion. */
  | { readonly kind: 'finally'; readonly length: number }
  /** "In conclusion", "En conclusion", "في الختام", or a heading "Conclusion". */
  | { readonly kind: 'conclusion'; readonly length: number; readonly heading?: string }
  /** A numbered heading "I. Introduction": it takes a number in the sequence but opens no point. */
  | { readonly kind: 'introduction'; readonly family: OpenerFamily; readonly value: number; readonly length: number; readonly heading: string };

const numeralPattern = /^(?:\(([0-9٠-٩]{1,2})\)|([0-9٠-٩]{1,2})[.)])\s+(?=\S)/u;
const romanPattern = /^([IVX]{1,6})[.)]\s+(?=\S)/u;
const bulletPattern = /^[-–•*▪◦‣]\s+\S/u;

/** What marker, if any, opens this paragraph. */
export function markerOf(text: string): Marker | undefined {
  return numberedMarker(text) ?? wordMarker(text);
}

function wordMarker(text: string): Marker | undefined {
  for (const [i, pattern] of looseOrdinalPatterns.entries()) {
    const match = pattern.exec(text);
    if (match) return { kind: 'point', family: 'ordinal', value: i + 1, length: match[0].length };
  }
  for (const [i, pattern] of strictOrdinalPatterns.entries()) {
    const match = pattern.exec(text);
    if (match) return { kind: 'point', family: 'ordinal', value: i + 1, length: match[0].length };
  }
  const noun = pointNounPattern.exec(text);
  if (noun) {
    const value = pointNounOrdinals[noun[1]!.toLocaleLowerCase()];
    if (value === 'last') return { kind: 'finally', length: 0 };
    if (value !== undefined) return { kind: 'point', family: 'ordinal', value, length: 0 };
  }
  const conclusion = conclusionPattern.exec(text);
  if (conclusion) return { kind: 'conclusion', length: conclusion[0].length };
  if (isHeading(text) && conclusionHeading.test(text)) return { kind: 'conclusion', length: 0, heading: text };
  const finallyMatch = finallyPattern.exec(text);
  if (finallyMatch) return { kind: 'finally', length: finallyMatch[0].length };
  return undefined;
}

/** "1. …", "2) …", "(3) …", "IV. …": a numbered paragraph, or a numbered heading when what follows is short and unpunctuated. */
function numberedMarker(text: string): Marker | undefined {
  const numeral = numeralPattern.exec(text);
  const roman = numeral ? undefined : romanPattern.exec(text);
  const match = numeral ?? roman;
  if (!match) return undefined;
  const family: OpenerFamily = numeral ? 'numeral' : 'roman';
  const value = numeral ? Number(westernDigits(numeral[1] ?? numeral[2]!)) : romanValue(roman![1]!);
  if (!value) return undefined;
  const rest = text.slice(match[0].length);
  const heading = isHeading(rest) ? rest : undefined;
  if (heading && conclusionHeading.test(heading)) return { kind: 'conclusion', length: match[0].length, heading };
  if (heading && introductionHeading.test(heading)) return { kind: 'introduction', family, value, length: match[0].length, heading };
  return { kind: 'point', family, value, length: match[0].length, ...(heading && { heading }) };
}

/** A numbered heading, "II. Access to asylum" or "IV. Conclusion", rather than a numbered sentence. */
export function isNumberedHeading(text: string): boolean {
  const marker = numberedMarker(text);
  return marker !== undefined && 'heading' in marker && marker.heading !== undefined;
}

/** A short line without closing punctuation: a heading rather than a sentence. */
export function isHeading(text: string): boolean {
  return wordCount(text) <= 12 && !endsSentence(text);
}

/** "Thank you.", "Je vous remercie.", "Muchas gracias.", "شكراً": a short closing formula. */
export function isClosing(text: string): boolean {
  return wordCount(text) <= 15 && closingPattern.test(text);
}

/**
 * "Excellencies, distinguished delegates, ladies and gentlemen,": a short run of forms of address.
 * "Mr. President, I have the honour to speak on behalf of …" is not: one of its pieces is a sentence.
 */
export function isSalutation(text: string): boolean {
  const words = wordCount(text);
  if (words > 60 || !salutationPattern.test(text)) return false;
  const pieces = text.split(/[,;:!.،؛]/u);
  // A short one ("Excellencies, distinguished delegates,"), or a list of those addressed, one to a line as speeches
  // open ("Distinguido Presidente, Director General de la Oficina de las Naciones Unidas en Ginebra, Excelencias, …:").
  if (words <= 25 && pieces.every((piece) => wordCount(piece) <= 8)) return true;
  return /[,:،]$/u.test(text.trim()) && pieces.length >= 3 && pieces.every((piece) => wordCount(piece) <= 12);
}

/** Starts a new item even in the middle of a hard-wrapped block: a marker, a closing formula or a bullet. */
export function startsItem(line: string): boolean {
  return markerOf(line) !== undefined || isClosing(line) || bulletPattern.test(line);
}

export function startsBullet(line: string): boolean {
  return bulletPattern.test(line);
}

/** Ends like a sentence: a full stop, question or exclamation mark, colon or semicolon, maybe inside quotes. */
export function endsSentence(text: string): boolean {
  return /[.!?…؟:;؛]["'”’»)\]]*$/u.test(text.trimEnd());
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function westernDigits(digits: string): string {
  return digits.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
}

function romanValue(numeral: string): number | undefined {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(numeral)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total || undefined;
}
