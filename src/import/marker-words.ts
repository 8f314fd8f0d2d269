// The words that mark the parts of a statement — point openers, conclusion, closing, salutation — in English,
// French, Spanish and Arabic, as patterns anchored at the start of a paragraph. The scanning is in markers.ts.
import { arabic, wordEnd } from './spelling.js';

/** The punctuation that follows an opener such as "First," or "Segundo:". */
const punctuation = '\\s*(?:[,:;،]|[—–-](?=\\s))';
const optionalPunctuation = `${wordEnd}(?:${punctuation})?\\s*`;

const ordinalNames = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const frenchAdverbs = [
  'premi[eè]rement',
  'deuxi[eè]mement|secondement',
  'troisi[eè]mement',
  'quatri[eè]mement',
  'cinqui[eè]mement',
  'sixi[eè]mement',
  'septi[eè]mement',
  'huiti[eè]mement',
  'neuvi[eè]mement',
  'dixi[eè]mement',
];
const frenchOrdinals = [
  'premier',
  'deuxi[eè]me|second',
  'troisi[eè]me',
  'quatri[eè]me',
  'cinqui[eè]me',
  'sixi[eè]me',
  'septi[eè]me',
  'huiti[eè]me',
  'neuvi[eè]me',
  'dixi[eè]me',
];
const spanishAdverbs = ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 's[eé]ptimo', 'octavo', 'noveno', 'd[eé]cimo'];
const spanishPlaces = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 's[eé]ptimo', 'octavo', 'noveno', 'd[eé]cimo'];
const arabicOrdinals = ['اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];

/** Openers that need punctuation after them, because the bare word also starts ordinary sentences ("Second Committee"). */
const strictOrdinals = ordinalNames.map((name, i) => [name, spanishAdverbs[i]!, ...(i < 4 ? [['primo', 'secundo', 'tertio', 'quarto'][i]!] : [])].join('|'));
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
export const strictOrdinalPatterns = strictOrdinals.map((words) => new RegExp(`^${connective}(?:${words})${punctuation}\\s*`, 'iu'));
export const looseOrdinalPatterns = looseOrdinals.map((words) => new RegExp(`^${connective}(?:${words})${optionalPunctuation}`, 'iu'));

/** "My first point", "The fifth and final point", "Mon deuxième point", "Mi último punto". */
export const pointNounOrdinals: Readonly<Record<string, number | 'next' | 'last'>> = {
  ...Object.fromEntries(ordinalNames.map((name, i) => [name, i + 1])),
  next: 'next',
  last: 'last',
  final: 'last',
  premier: 1,
  première: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  troisième: 3,
  quatrième: 4,
  cinquième: 5,
  sixième: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
  dernier: 'last',
  dernière: 'last',
  prochain: 'next',
  primer: 1,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  séptimo: 7,
  octavo: 8,
  noveno: 9,
  décimo: 10,
  último: 'last',
  última: 'last',
  siguiente: 'next',
};
const pointNouns = [
  'point',
  'word',
  'issue',
  'area',
  'priority',
  'message',
  'observation',
  'recommendation',
  'element',
  'proposal',
  'topic',
  'question',
  'concern',
  'pillar',
  'theme',
  'commitment',
  'challenge',
  'aspect',
  'consideration',
  'remark',
  'élément',
  'axe',
  'priorité',
  'recommandation',
  'proposition',
  'punto',
  'elemento',
  'eje',
  'mensaje',
  'prioridad',
  'aspecto',
  'observación',
  'recomendación',
  'propuesta',
  'tema',
  'cuestión',
];
export const pointNounPattern = new RegExp(
  `^(?:(?:and|now|et|y)\\s+)?(?:(?:let\\s+me\\s+|i\\s+(?:will\\s+|would\\s+like\\s+to\\s+|now\\s+)?)?(?:turn|come|move)\\s+(?:now\\s+)?to\\s+|turning\\s+(?:now\\s+)?to\\s+|this\\s+(?:brings|leads|takes)\\s+me\\s+to\\s+|(?:j['’]en\\s+)?(?:viens|arrive)\\s+(?:maintenant\\s+)?(?:à|au)\\s+|paso\\s+(?:ahora\\s+)?a\\s+)?` +
    `(?:my|the|a|our|mon|ma|le|la|un|une|notre|mi|el|una|nuestro|nuestra)\\s+(${Object.keys(pointNounOrdinals).join('|')})` +
    `(?:\\s+(?:and|et|y)\\s+(?:final|last|dernier|dernière|último|última))?(?:\\s+(?:major|main|key|important|brief|short|and\\s+final|grand|principal|importante))?\\s+(?:${pointNouns.join('|')})s?${wordEnd}`,
  'iu',
);

/** Numbers of points as a speaker announces them: "three points", "trois recommandations", "cinco puntos", "ثلاث نقاط". */
export const countNames: Readonly<Record<string, number>> = {
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
export const announcedCountPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(countNames).join('|')}|[2-9])\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${countedNouns.join('|')})${wordEnd}`,
  'iu',
);
/** Arabic: "ثلاث نقاط", "النقاط الثلاث", or a dual, "نقطتين". Group 1 or 2: the number; group 3: a dual. */
export const arabicAnnouncedCountPattern = new RegExp(
  `(?<![\\p{L}])(?:(${arabicCounts.map(([word]) => arabic(word, false)).join('|')})\\s+(?:${arabicCountedNouns.map((noun) => arabic(noun, false)).join('|')})|` +
    `(?:${arabicCountedNouns.map((noun) => `ال${arabic(noun, false)}`).join('|')})\\s+ال(${arabicCounts.map(([word]) => arabic(word, false)).join('|')})|` +
    `(${arabicDuals.map((noun) => arabic(noun, false)).join('|')}))${wordEnd}`,
  'u',
);
/** The number an Arabic count word names: "ثلاث" and "ثلاثة" are 3. */
export function arabicCount(word: string): number | undefined {
  const plain = word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآ]/gu, 'ا');
  return arabicCounts.find(([name]) => name === plain)?.[1];
}

export const finallyPattern = new RegExp(
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

export const conclusionPattern = new RegExp(
  `^(?:${[
    'in\\s+conclusion',
    'before\\s+(?:i\\s+)?conclud(?:e|ing)',
    'avant\\s+de\\s+conclure',
    'antes\\s+de\\s+concluir',
    'je\\s+terminerai',
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

/** A heading that opens the conclusion of its own accord: "Conclusions", "The way forward", "الخاتمة". */
export const conclusionHeading = new RegExp(
  `^(?:conclusions?|concluding\\s+remarks|the\\s+way\\s+forward|way\\s+forward|conclusi[oó]n(?:es)?|${arabic('الخاتمة')}|${arabic('خاتمة')}|${arabic('الخلاصة')})${wordEnd}`,
  'iu',
);
/** A heading that takes a number in the sequence but opens no point: "I. Introduction", "Contexte". */
export const introductionHeading = new RegExp(
  `^(?:introduction|introducci[oó]n|background|contexte|contexto|${arabic('مقدمة')}|${arabic('المقدمة')})${wordEnd}`,
  'iu',
);

export const closingPattern = new RegExp(
  `^(?:${['i\\s+thank\\s+you', 'thank\\s+you', 'many\\s+thanks', 'je\\s+vous\\s+remercie', 'merci', 'muchas\\s+gracias', 'gracias', arabic('شكرا'), arabic('اشكركم')].join('|')})${wordEnd}`,
  'iu',
);

/** Who "Mr." or "Madam" addresses in a salutation: an office, not a name ("Mr. President", not "Ms. Anna Koval"). */
const addressee =
  '(?:the\\s+)?(?:vice[- ]|co-?)?(?:president|chair|chairperson|chairman|chairwoman|chairs|moderator|secretary|speaker|minister|ambassador|' +
  'high\\s+commissioner|director|executive|deputy|under-secretary|assistant|special|facilitator|rapporteur|co-?facilitators?)';

export const salutationPattern = new RegExp(
  `^(?:${[
    '(?:your\\s+)?excellenc(?:y|ies)',
    '(?:su|sus|vuestra|votre|vos)\\s+excelencias?',
    `(?:mr|mrs|ms|madam|madame|mister)\\.?\\s+${addressee}`,
    'distinguished',
    'esteemed',
    'respected',
    'honou?rable',
    'ladies\\s+and\\s+gentlemen',
    'dear\\s',
    'colleagues',
    '(?:dear\\s+)?friends',
    '(?:chers\\s+)?amis',
    '(?:queridos\\s+)?amigos',
    'colegas',
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
    'distinguid[oa]s?',
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
