// The words that mark the parts of a statement — point openers, conclusion, closing, salutation — in English,
// French, Spanish and Arabic. Everything here looks at the start of one paragraph and nothing else.

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

/** Arabic short vowels, tanween, shadda and tatweel: written or not, a word is the same word. */
const harakat = '[\\u064B-\\u065F\\u0670\\u0640]*';

/**
 * A pattern for an Arabic word or phrase that matches it with or without vowel marks and hamza on alef,
 * and unless `joined` is false, with a leading "و" or "ف" ("and", "so") written onto it.
 */
export function arabic(phrase: string, joined = true): string {
  const letters = [...phrase]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      if (ch === 'ا') return `[اأإآ]${harakat}`;
      if (ch === 'ي') return `[يى]${harakat}`;
      if (ch === 'ة') return `[ةه]${harakat}`;
      return `${ch}${harakat}`;
    })
    .join('');
  return joined ? `(?:[وف]${harakat})?${letters}` : letters;
}

/** The end of a word, for any script (`\b` only knows ASCII). */
export const wordEnd = '(?![\\p{L}\\p{N}])';
/** The punctuation that follows an opener such as "First," or "Segundo:". */
const punctuation = '\\s*(?:[,:;،]|[—–-](?=\\s))';
const optionalPunctuation = `${wordEnd}(?:${punctuation})?\\s*`;

const ordinalNames = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const frenchAdverbs = ['premi[eè]rement', 'deuxi[eè]mement|secondement', 'troisi[eè]mement', 'quatri[eè]mement', 'cinqui[eè]mement', 'sixi[eè]mement', 'septi[eè]mement', 'huiti[eè]mement', 'neuvi[eè]mement', 'dixi[eè]mement'];
const frenchOrdinals = ['premier', 'deuxi[eè]me|second', 'troisi[eè]me', 'quatri[eè]me', 'cinqui[eè]me', 'sixi[eè]me', 'septi[eè]me', 'huiti[eè]me', 'neuvi[eè]me', 'dixi[eè]me'];
const spanishAdverbs = ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 's[eé]ptimo', 'octavo', 'noveno', 'd[eé]cimo'];
const spanishPlaces = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 's[eé]ptimo', 'octavo', 'noveno', 'd[eé]cimo'];
const arabicOrdinals = ['اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];

/** Openers that need punctuation after them, because the bare word also starts ordinary sentences ("Second Committee"). */
const strictOrdinals = ordinalNames.map((name, i) =>
  [name, spanishAdverbs[i]!, ...(i < 4 ? [['primo', 'secundo', 'tertio', 'quarto'][i]!] : [])].join('|'),
);
/** Openers that are unambiguous on their own: "Firstly", "En premier lieu", "En primer lugar", "أولاً". */
const looseOrdinals = ordinalNames.map((name, i) =>
  [
    `${name}ly`,
    `${name}\\s+of\\s+all`,
    `${name}\\s+and\\s+foremost`,
    `in\\s+the\\s+${name}\\s+place`,
    frenchAdverbs[i]!,
    `en\\s+(?:${frenchOrdinals[i]!})\\s+lieu`,
    `en\\s+${spanishPlaces[i]!}\\s+lugar`,
    ...(i === 0 ? ['primeramente'] : []),
    arabic(arabicOrdinals[i]!),
  ].join('|'),
);

const connective = '(?:(?:and|et|y)\\s+)?';
const strictOrdinalPatterns = strictOrdinals.map((words) => new RegExp(`^${connective}(?:${words})${punctuation}\\s*`, 'iu'));
const looseOrdinalPatterns = looseOrdinals.map((words) => new RegExp(`^${connective}(?:${words})${optionalPunctuation}`, 'iu'));

/** "My first point", "The fifth and final point", "Mon deuxième point", "Mi último punto". */
const pointNounOrdinals: Readonly<Record<string, number | 'next' | 'last'>> = {
  ...Object.fromEntries(ordinalNames.map((name, i) => [name, i + 1])),
  next: 'next',
  last: 'last',
  final: 'last',
  premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
  sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10, dernier: 'last', dernière: 'last', prochain: 'next',
  primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4,
  quinto: 5, quinta: 5, sexto: 6, séptimo: 7, octavo: 8, noveno: 9, décimo: 10, último: 'last', última: 'last', siguiente: 'next',
};
const pointNouns = [
  'point', 'issue', 'area', 'priority', 'message', 'observation', 'recommendation', 'element', 'proposal', 'topic',
  'question', 'concern', 'pillar', 'theme', 'commitment', 'challenge', 'aspect', 'consideration', 'remark',
  'élément', 'axe', 'priorité', 'recommandation', 'proposition', 'punto', 'elemento', 'eje', 'mensaje', 'prioridad',
  'aspecto', 'observación', 'recomendación', 'propuesta', 'tema', 'cuestión',
];
const pointNounPattern = new RegExp(
  `^(?:(?:and|now|et|y)\\s+)?(?:(?:let\\s+me\\s+|i\\s+(?:will\\s+|would\\s+like\\s+to\\s+|now\\s+)?)?turn\\s+to\\s+|turning\\s+to\\s+|this\\s+brings\\s+me\\s+to\\s+)?` +
    `(?:my|the|a|our|mon|ma|le|la|un|une|notre|mi|el|una|nuestro|nuestra)\\s+(${Object.keys(pointNounOrdinals).join('|')})` +
    `(?:\\s+(?:and|et|y)\\s+(?:final|last|dernier|dernière|último|última))?\\s+(?:${pointNouns.join('|')})s?${wordEnd}`,
  'iu',
);

const finallyPattern = new RegExp(
  `^(?:${[
    `${connective}finally`,
    'lastly',
    'last\\s+but\\s+not\\s+least',
    `last(?=${punctuation})`,
    `${connective}enfin`,
    'finalement',
    'pour\\s+finir',
    'en\\s+dernier\\s+lieu',
    `${connective}por\\s+[uú]ltimo`,
    `${connective}finalmente`,
    'en\\s+[uú]ltimo\\s+lugar',
    arabic('اخيرا'),
  ].join('|')})${optionalPunctuation}`,
  'iu',
);

const conclusionPattern = new RegExp(
  `^(?:${[
    'in\\s+conclusion',
    `to\\s+conclude(?=${punctuation})`,
    `in\\s+closing(?=${punctuation})`,
    `(?:let|allow)\\s+me\\s+(?:to\\s+)?conclude`,
    'i\\s+(?:will|shall|would\\s+like\\s+to|wish\\s+to|want\\s+to)\\s+conclude',
    `to\\s+sum\\s+up(?=${punctuation})`,
    `in\\s+(?:summary|sum)(?=${punctuation})`,
    'en\\s+conclusion',
    'pour\\s+conclure',
    'en\\s+guise\\s+de\\s+conclusion',
    `pour\\s+terminer(?=${punctuation})`,
    'je\\s+conclurai',
    'permettez-moi\\s+de\\s+conclure',
    'en\\s+conclusi[oó]n',
    'para\\s+concluir',
    `para\\s+(?:terminar|finalizar)(?=${punctuation})`,
    'concluyo',
    'quisiera\\s+concluir',
    'perm[ií]t(?:a|ame|anme)\\s+concluir',
    'a\\s+modo\\s+de\\s+conclusi[oó]n',
    arabic('في الختام'),
    arabic('ختاما'),
    arabic('في الخلاصة'),
    arabic('خلاصة القول'),
  ].join('|')})${optionalPunctuation}`,
  'iu',
);

const conclusionHeading = new RegExp(
  `^(?:conclusions?|concluding\\s+remarks|the\\s+way\\s+forward|way\\s+forward|conclusi[oó]n(?:es)?|${arabic('الخاتمة')}|${arabic('خاتمة')}|${arabic('الخلاصة')})${wordEnd}`,
  'iu',
);
const introductionHeading = new RegExp(
  `^(?:introduction|introducci[oó]n|background|contexte|contexto|${arabic('مقدمة')}|${arabic('المقدمة')})${wordEnd}`,
  'iu',
);

const closingPattern = new RegExp(
  `^(?:${['i\\s+thank\\s+you', 'thank\\s+you', 'many\\s+thanks', 'je\\s+vous\\s+remercie', 'merci', 'muchas\\s+gracias', 'gracias', arabic('شكرا'), arabic('اشكركم')].join('|')})${wordEnd}`,
  'iu',
);

/** Who "Mr." or "Madam" addresses in a salutation: an office, not a name ("Mr. President", not "Ms. Anna Koval"). */
const addressee =
  '(?:the\\s+)?(?:vice[- ]|co-?)?(?:president|chair|chairperson|chairman|chairwoman|chairs|moderator|secretary|speaker|minister|ambassador|' +
  'high\\s+commissioner|director|executive|deputy|under-secretary|assistant|special|facilitator|rapporteur|co-?facilitators?)';

const salutationPattern = new RegExp(
  `^(?:${[
    '(?:your\\s+)?excellenc(?:y|ies)',
    `(?:mr|mrs|ms|madam|madame|mister)\\.?\\s+${addressee}`,
    'distinguished',
    'honou?rable',
    'ladies\\s+and\\s+gentlemen',
    'dear\\s',
    'colleagues',
    'co-?chairs?',
    'good\\s+(?:morning|afternoon|evening)',
    'thank\\s+you,?\\s+(?:mr|mrs|ms|madam|madame|chair|co-?chair|president|excellenc)',
    "(?:monsieur|madame)(?:\\s+(?:le|la|l['’])|\\s*[,;:!]|$)",
    'mesdames',
    'messieurs',
    'excellences?',
    'ch[eè]re?s',
    'distingu[ée]e?s',
    'honorables?',
    'merci,?\\s+(?:monsieur|madame)',
    'se[ñn]or(?:as|es)',
    `(?:se[ñn]ora?|sra?\\.)\\s+(?:presidente|presidenta|vicepresidente|vicepresidenta|copresidentes?|moderador|moderadora|secretari[oa]|ministr[oa]|embajador|embajadora|director|directora)`,
    'excelencias?',
    'excelent[ií]sim[oa]s?',
    'distinguid[oa]s',
    'estimad[oa]s',
    'querid[oa]s',
    'buen(?:os|as)\\s+(?:d[ií]as|tardes|noches)',
    'gracias,?\\s+se[ñn]or',
    `${arabic('السيد')}\\s+${arabic('الرئيس')}`,
    `${arabic('السيدة')}\\s+${arabic('الرئيسة')}`,
    arabic('السيدات'),
    arabic('سيداتي'),
    arabic('اصحاب السعادة'),
    arabic('سعادة'),
    arabic('الحضور'),
    arabic('الزملاء'),
    arabic('السادة'),
    `${arabic('شكرا')}\\s+${arabic('السيد')}`,
  ].join('|')})`,
  'iu',
);

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
  if (wordCount(text) > 25 || !salutationPattern.test(text)) return false;
  return text.split(/[,;:!.،؛]/u).every((piece) => wordCount(piece) <= 6);
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
