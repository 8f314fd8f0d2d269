// The words that mark the parts of a statement other than its points — "Finally", the conclusion, a heading, the
// closing, the salutation — in English, French, Spanish and Arabic, as patterns anchored at the start of a paragraph,
// and the punctuation after an opener that opener-words.ts builds on too. The scanning is in markers.ts.
import { arabic, wordEnd } from './spelling.js';

/** The punctuation that follows an opener such as "First," or "Segundo:". */
export const punctuation = '\\s*(?:[,:;،]|[—–-](?=\\s))';
export const optionalPunctuation = `${wordEnd}(?:${punctuation})?\\s*`;
/** "And" before an opener: "And finally", "Et enfin", "Y por último". */
export const connective = '(?:(?:and|et|y)\\s+)?';

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
