// What a header line can be, in English, French, Spanish and Arabic: a labelled field ("Date: …"), a "Statement by"
// line, a title in quotes, a name with a role. The words that tell a meeting, a body or an office are in
// header-words.ts, a venue's in venue-words.ts; header.ts decides, line by line, which of these to believe.
import type { HeaderFields } from './header.js';
import { eventWords, organizationWords, roleWords } from './header-words.js';
import { arabic } from './spelling.js';

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
export const honorific = /^(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Ambassador|Sir|Dame|M\.|Mme|Sr\.|Sra\.|Dra\.|السيد|السيدة|سعادة|د\.)\s/u;

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
