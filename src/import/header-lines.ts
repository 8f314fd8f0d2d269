// What a header line can be, in English, French, Spanish and Arabic: a labelled field, a "Statement by" line, a
// name with a role, a meeting, a body, or boilerplate. header.ts decides, line by line, which of these to believe.
import type { HeaderFields } from './header.js';
import { arabic, wordEnd } from './spelling.js';

/** "Label: value" lines, and the field each label fills. */
const labels: readonly (readonly [keyof HeaderFields, string])[] = [
  [
    'published',
    `published(?:\\s+(?:date|on))?|date\\s+published|publication\\s+date|date\\s+de\\s+publication|publi[ée]e?\\s+le|fecha\\s+de\\s+publicaci[oó]n|publicad[oa](?:\\s+el)?|${arabic('تاريخ النشر')}`,
  ],
  ['date', `date|fecha|${arabic('التاريخ')}`],
  ['time', `time|heure|horaire|hora|${arabic('الوقت')}|${arabic('الساعة')}`],
  ['venue', `venue|place|location|lieu|lugar|sede|${arabic('المكان')}`],
  ['speaker', `speaker|delivered\\s+by|presented\\s+by|orat(?:eur|rice)|intervenante?|orador(?:a)?|${arabic('المتحدث')}|${arabic('المتحدثة')}`],
  ['role', `role|position|fonction|cargo|${arabic('المنصب')}`],
  ['title', `title|subject|topic|theme|titre|sujet|th[eè]me|t[ií]tulo|tema|asunto|${arabic('العنوان')}|${arabic('الموضوع')}`],
  ['event', `event|meeting|occasion|[ée]v[ée]nement|r[ée]union|evento|reuni[oó]n|${arabic('الاجتماع')}|${arabic('المناسبة')}`],
  ['organization', `organi[sz]ation|organisme|organizaci[oó]n|delegation|d[ée]l[ée]gation|delegaci[oó]n|${arabic('المنظمة')}|${arabic('الوفد')}`],
  ['panel', `panel|session|s[ée]ance|sesi[oó]n|agenda\\s+item|${arabic('الجلسة')}|${arabic('البند')}`],
];
export const labelPatterns = labels.map(([field, names]) => [field, new RegExp(`^(?:${names})\\s*[:：]\\s*(.*)$`, 'iu')] as const);

/** "Statement by the", "Déclaration de l'OIM", "Declaración de la …", "بيان المنظمة …": who the statement is by. */
export const statementBy = new RegExp(
  '^(?:' +
    [
      '(?:joint\\s+)?(?:statement|remarks|intervention|address|speech|keynote(?:\\s+address)?|opening\\s+remarks|closing\\s+remarks|message|presentation)(?:\\s+(?:delivered|made|given|presented))?\\s+by',
      "(?:d[ée]claration|intervention|allocution|discours|message)(?:\\s+(?:prononc[ée]e?|faite?))?\\s+(?:(?:par|de|du|des)(?![\\p{L}])|d['’])",
      '(?:declaraci[oó]n|intervenci[oó]n|discurso|palabras|mensaje)(?:\\s+(?:pronunciad[oa]|formulad[oa]))?\\s+(?:por|de|del)(?![\\p{L}])',
      `(?:${arabic('بيان')}|${arabic('كلمة')}|${arabic('مداخلة')}|${arabic('خطاب')})`,
    ].join('|') +
    ')(?:\\s*(.*))?$',
  'iu',
);
export const leadingArticle = /^(?:the|la|le|les|l['’]|el|los|las)(?:\s+|(?<=['’])|$)/iu;
export const onBehalfOf = /\s+(?:on\s+behalf\s+of|au\s+nom\s+de|en\s+nombre\s+de|باسم)\s+/iu;

/** 'Debate of the General Assembly on "The Role of …"': the event, then the title in quotes (the closing quote may be lost). */
export const eventOnTitle = /^(.+?)\s*(?:\s(?:on|sur|sobre|about|حول|بشأن|عن)|[:–—])\s*["“«„]\s*(.+?)\s*["”»]?\s*$/u;
export const quotedTitle = /^["“«„]\s*(.+?)\s*["”»]?$/u;

const arabicRoles = [
  'مدير',
  'مديرة',
  'وزير',
  'وزيرة',
  'سفير',
  'سفيرة',
  'ممثل',
  'ممثلة',
  'رئيس',
  'رئيسة',
  'امين',
  'امينة',
  'مستشار',
  'مستشارة',
  'منسق',
  'منسقة',
  'نائب',
  'مسؤول',
  'مسؤولة',
  'مندوب',
  'مندوبة',
];
export const roleWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    'officer',
    'director',
    'minister',
    'ambassador',
    'representative',
    'chief',
    'head',
    'secretary',
    'president',
    'chair(?:person|man|woman)?',
    'advis[eo]r',
    'coordinator',
    'deputy',
    'envoy',
    'commissioner',
    'spokes(?:person|man|woman)',
    'manager',
    'counsell?or',
    'delegate',
    'attach[ée]',
    'rapporteur',
    'specialist',
    'expert',
    'executive',
    'directeur',
    'directrice',
    'ministre',
    'ambassad(?:eur|rice)',
    'repr[ée]sentante?',
    'chef(?:fe)?',
    'secr[ée]taire',
    'pr[ée]sidente?',
    'conseill[eè]re?',
    'coordinat(?:eur|rice)',
    'directora',
    'ministra',
    'embajador(?:a)?',
    'representante',
    'jef[ea]',
    'secretari[oa]',
    'asesor(?:a)?',
    'coordinador(?:a)?',
    'presidenta',
    ...arabicRoles.map((role) => `(?:ال)?${arabic(role, false)}`),
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
export const honorific = /^(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Ambassador|Sir|Dame|M\.|Mme|Sr\.|Sra\.|Dra\.|السيد|السيدة|سعادة|د\.)\s/u;

export const eventWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    'debate',
    'session',
    'meeting',
    'conference',
    'forum',
    'summit',
    'assembly',
    'council',
    'committee',
    'commission',
    'dialogue',
    'symposium',
    'consultation',
    'workshop',
    'webinar',
    'segment',
    'hearing',
    'd[ée]bat',
    'conf[ée]rence',
    'r[ée]union',
    'sommet',
    'colloque',
    'assembl[ée]e',
    'conseil',
    'comit[ée]',
    'conferencia',
    'reuni[oó]n',
    'cumbre',
    'asamblea',
    'consejo',
    'di[aá]logo',
    'debate',
    ...['مؤتمر', 'اجتماع', 'الدورة', 'الجمعية', 'مجلس', 'قمة', 'منتدى', 'المناقشة', 'مناقشة', 'حوار', 'ندوة', 'لجنة'].map((word) => arabic(word)),
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
export const panelWords = new RegExp(
  `(?<![\\p{L}])(?:panel|round[- ]?table|table\\s+ronde|mesa\\s+redonda|side\\s+event|agenda\\s+item|${arabic('حلقة نقاش')}|${arabic('الجلسة')}|${arabic('جلسة')})(?![\\p{L}])`,
  'iu',
);
export const organizationWords = new RegExp(
  `(?:\\(\\p{Lu}{2,}\\)$|(?<![\\p{L}])(?:${[
    'organi[sz]ation',
    'office',
    'mission',
    'agency',
    'programme',
    'program',
    'fund',
    'union',
    'ministry',
    'institute',
    'secretariat',
    'delegation',
    'government',
    'republic',
    'kingdom',
    'federation',
    'bureau',
    'agence',
    'minist[eè]re',
    'd[ée]l[ée]gation',
    'gouvernement',
    'r[ée]publique',
    'royaume',
    'organizaci[oó]n',
    'oficina',
    'misi[oó]n',
    'agencia',
    'ministerio',
    'delegaci[oó]n',
    'gobierno',
    'rep[uú]blica',
    'reino',
    ...['منظمة', 'المنظمة', 'مكتب', 'بعثة', 'وكالة', 'وزارة', 'الوفد', 'حكومة', 'جمهورية', 'المملكة', 'الاتحاد'].map((word) => arabic(word)),
  ].join('|')})(?![\\p{L}]))`,
  'iu',
);

/** Lines that headers carry but that name nothing: never a title, an event or an organization. */
export const boilerplate = new RegExp(
  `^(?:${[
    '(?:please\\s+)?check\\s+against\\s+delivery',
    'as\\s+delivered',
    'embargo(?:ed)?',
    '(?:unofficial|informal)\\s+translation',
    'seul\\s+le\\s+texte\\s+prononc[ée]\\s+fait\\s+foi',
    'v[ée]rifier\\s+au\\s+prononc[ée]',
    'traduction\\s+non\\s+officielle',
    'cotejar\\s+con\\s+el\\s+discurso\\s+pronunciado',
    'as\\s+prepared(?:\\s+for\\s+delivery)?',
    's[oó]lo\\s+vale\\s+el\\s+texto\\s+pronunciado',
    'traducci[oó]n\\s+no\\s+oficial',
    arabic('العبرة بالنص الملقى'),
    arabic('يرجى المراجعة عند الإلقاء'),
  ].join('|')})${wordEnd}`,
  'iu',
);

/** "Kieran Gorman-Best, Senior Policy and Liaison Officer": a name, then a role with a word like "Officer" or "Minister". */
export function personAndRole(text: string): { speaker: string; role?: string } | undefined {
  const match = /^([^,،]+?)\s*(?:[,،]|\s[–—-]\s)\s*(.+)$/u.exec(text);
  if (match && looksLikeName(match[1]!) && roleWords.test(match[2]!)) return { speaker: match[1]!, role: match[2]! };
  return undefined;
}

/** Two to six words, no digits, and in Latin script each main word capitalised ("Kieran Gorman-Best", "H.E. Ms. Ana de la Cruz"). */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 7 || /\p{N}/u.test(text) || text.length > 60) return false;
  if (/\p{Script=Arabic}/u.test(text)) {
    return words.length <= 4 && !organizationWords.test(text) && !eventWords.test(text) && !arabicNotName.test(text);
  }
  const particles = /^(?:de|da|del|della|di|du|des|la|le|van|von|der|den|ten|al|el|bin|ibn|y|e)$/u;
  return words.every((word) => /^\p{Lu}/u.test(word) || particles.test(word)) && !organizationWords.test(text) && !eventWords.test(text);
}

/** Words an Arabic name never has: what a message, a meeting or a preposition is made of. */
const arabicNotName = new RegExp(
  `(?<![\\p{L}])(?:${['رسالة', 'كلمة', 'بيان', 'خطاب', 'بمناسبة', 'يوم', 'في', 'من', 'على', 'الى', 'حول', 'لدى', 'امام', 'الامم', 'المتحدة', 'العام'].map((word) => arabic(word, false)).join('|')})(?![\\p{L}])`,
  'u',
);

/** A line that names the statement itself: "Remarks by …", "Discurso inaugural …", "Message du Secrétaire général", "رسالة …". */
export const statementTitle = new RegExp(
  `^(?:the\\s+)?(?:\\p{L}+['’]s\\s+)?(?:${[
    'statement',
    'remarks',
    'address',
    'speech',
    'message',
    'keynote',
    'intervention',
    'briefing',
    'd[ée]claration',
    'allocution',
    'discours',
    'discurso',
    'declaraci[oó]n',
    'intervenci[oó]n',
    'mensaje',
    'palabras',
    arabic('رسالة'),
    arabic('كلمة'),
    arabic('بيان'),
    arabic('خطاب'),
  ].join('|')})${wordEnd}`,
  'iu',
);

const cities = [
  'new\\s+york',
  'nueva\\s+york',
  'geneva',
  'gen[èe]ve',
  'ginebra',
  'vienna',
  'vienne',
  'viena',
  'nairobi',
  'paris',
  'par[íi]s',
  'brussels',
  'bruxelles',
  'bruselas',
  'rome',
  'roma',
  'addis\\s+ababa',
  'bangkok',
  'santiago',
  'beirut',
  'beyrouth',
  'washington(?:,?\\s+d\\.?c\\.?)?',
  'strasbourg',
  'the\\s+hague',
  'la\\s+haye',
  'la\\s+haya',
  'london',
  'londres',
  'montreal',
  'montr[ée]al',
  'bonn',
  'copenhagen',
  'panama',
  'panam[áa]',
  'cairo',
  'le\\s+caire',
  'el\\s+cairo',
  'dakar',
  'abidjan',
  'tunis',
  'rabat',
  'amman',
  'doha',
  'riyadh',
  'baghdad',
  arabic('جنيف'),
  arabic('نيويورك'),
  arabic('فيينا'),
  arabic('نيروبي'),
  arabic('باريس'),
  arabic('القاهرة'),
];
const venueWords = [
  'room',
  'salle',
  'sala',
  'conference\\s+room',
  'palais\\s+des\\s+nations',
  'palacio\\s+de\\s+las\\s+naciones',
  'trusteeship\\s+council',
  'unhq',
  'headquarters',
  'si[èe]ge',
  'sede',
  'hall',
  'chamber',
  'auditorium',
  'centre\\s+international',
  'vienna\\s+international\\s+centre',
  arabic('قاعة'),
  arabic('مقر'),
];
/** "Room XX, Palais des Nations, Geneva", "New York, New York", "Asamblea General de Naciones unidas, Nueva York". */
export const venuePattern = new RegExp(`(?:(?<![\\p{L}])(?:${venueWords.join('|')})(?![\\p{L}])|(?:^|[,،–—-]\\s*|\\s)(?:${cities.join('|')})\\.?$)`, 'iu');
