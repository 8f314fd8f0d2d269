// How many points a speaker announces ("I will make three points", "trois recommandations", "cinco puntos", "ثلاث
// نقاط"): the words for the numbers and for what is counted, in English, French, Spanish and Arabic, and the search
// for an announcement in the first half of a statement.
import { wordCount } from './markers.js';
import { pieceText, type Piece } from './pieces.js';
import { arabic, wordEnd } from './spelling.js';

/** Numbers of points as a speaker announces them: "three points", "trois recommandations", "cinco puntos", "ثلاث نقاط". */
const countNames: Readonly<Record<string, number>> = {
  ...Object.fromEntries(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((word, i) => [word, i + 2])),
  ...Object.fromEntries(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'].map((word, i) => [word, i + 2])),
  ...Object.fromEntries(['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'].map((word, i) => [word, i + 2])),
};
const arabicCounts: readonly (readonly [string, number])[] = [
  ['اثنتين', 2],
  ['اثنين', 2],
  ['ثلاث', 3],
  ['ثلاثة', 3],
  ['اربع', 4],
  ['اربعة', 4],
  ['خمس', 5],
  ['خمسة', 5],
  ['ست', 6],
  ['ستة', 6],
  ['سبع', 7],
  ['سبعة', 7],
];
const countedNouns = [
  'points',
  'issues',
  'areas',
  'priorities',
  'messages',
  'observations',
  'recommendations',
  'elements',
  'proposals',
  'questions',
  'remarks',
  'comments',
  'pillars',
  'things',
  'aspects',
  'considerations',
  'suggestions',
  'topics',
  'themes',
  'remarques',
  'recommandations',
  'éléments',
  'axes',
  'priorités',
  'propositions',
  'commentaires',
  'piliers',
  'puntos',
  'observaciones',
  'recomendaciones',
  'elementos',
  'ejes',
  'mensajes',
  'prioridades',
  'aspectos',
  'propuestas',
  'cuestiones',
  'comentarios',
  'reflexiones',
  'pilares',
];
const arabicCountedNouns = ['نقاط', 'امور', 'مسائل', 'توصيات', 'رسائل', 'محاور', 'اولويات', 'ملاحظات', 'عناصر', 'قضايا', 'مقترحات'];
const arabicDuals = ['نقطتين', 'مسالتين', 'توصيتين', 'رسالتين', 'ملاحظتين'];
/** A number of points, then (after at most two words such as "key" or "brief") what they are. Group 1: the number. */
const announcedCountPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(countNames).join('|')}|[2-9])\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${countedNouns.join('|')})${wordEnd}`,
  'iu',
);
/** Arabic: "ثلاث نقاط", "النقاط الثلاث", or a dual, "نقطتين". Group 1 or 2: the number; group 3: a dual. */
const arabicAnnouncedCountPattern = new RegExp(
  `(?<![\\p{L}])(?:(${arabicCounts.map(([word]) => arabic(word, false)).join('|')})\\s+(?:${arabicCountedNouns.map((noun) => arabic(noun, false)).join('|')})|` +
    `(?:${arabicCountedNouns.map((noun) => `ال${arabic(noun, false)}`).join('|')})\\s+ال(${arabicCounts.map(([word]) => arabic(word, false)).join('|')})|` +
    `(${arabicDuals.map((noun) => arabic(noun, false)).join('|')}))${wordEnd}`,
  'u',
);
/** The number an Arabic count word names: "ثلاث" and "ثلاثة" are 3. */
function arabicCount(word: string): number | undefined {
  const plain = word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآ]/gu, 'ا');
  return arabicCounts.find(([name]) => name === plain)?.[1];
}

/** The number of points the speaker announces in `text`, if any: "I will make three points", "ثلاث نقاط". */
export function announcedCount(text: string): number | undefined {
  const latin = announcedCountPattern.exec(text);
  if (latin) return countNames[latin[1]!.toLocaleLowerCase()] ?? Number(latin[1]);
  const arabicMatch = arabicAnnouncedCountPattern.exec(text);
  if (!arabicMatch) return undefined;
  return arabicMatch[3] ? 2 : arabicCount(arabicMatch[1] ?? arabicMatch[2]!);
}

/** The announced number of points, looked for before the first half of the body is over. */
export function announcedIn(pieces: readonly Piece[]): number | undefined {
  const total = pieces.reduce((sum, piece) => sum + wordCount(pieceText(piece)), 0);
  let seen = 0;
  for (const piece of pieces) {
    const text = pieceText(piece);
    const count = announcedCount(text);
    if (count !== undefined && count <= 10) return count;
    seen += wordCount(text);
    if (seen > total / 2) return undefined;
  }
  return undefined;
}
