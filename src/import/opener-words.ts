// The words that open a point, in English, French, Spanish and Arabic: ordinals ("First,", "Deuxièmement", "En primer
// lugar", "أولاً") and a point named by its number ("My next point", "Mon deuxième point", "Mi último punto"), as
// patterns anchored at the start of a paragraph. The scanning is in markers.ts.
import { arabic, wordEnd } from './spelling.js';
import { connective, optionalPunctuation, punctuation } from './marker-words.js';

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
