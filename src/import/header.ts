// Reads the header above a statement — the lines before the salutation — into its metadata: title, event, panel,
// organization, speaker and role, venue, date, time, published. Lines it cannot place are kept for the author.
import { findDate, findTime } from './dates.js';
import { arabic, wordCount, wordEnd } from './markers.js';
import type { SourceLine } from './paragraphs.js';

export interface HeaderFields {
  title?: string;
  event?: string;
  panel?: string;
  organization?: string;
  speaker?: string;
  role?: string;
  venue?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  time?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
}

export interface Header {
  readonly fields: HeaderFields;
  /** Header lines that matched no field and repeat nothing already found. */
  readonly unused: readonly SourceLine[];
}

type Field = keyof HeaderFields;

/** "Label: value" lines, and the field each label fills. */
const labels: readonly (readonly [Field, string])[] = [
  ['published', `published(?:\\s+(?:date|on))?|date\\s+published|publication\\s+date|date\\s+de\\s+publication|publi[ée]e?\\s+le|fecha\\s+de\\s+publicaci[oó]n|publicad[oa](?:\\s+el)?|${arabic('تاريخ النشر')}`],
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
const labelPatterns = labels.map(([field, names]) => [field, new RegExp(`^(?:${names})\\s*[:：]\\s*(.*)$`, 'iu')] as const);

/** "Statement by the", "Déclaration de l'OIM", "Declaración de la …", "بيان المنظمة …": who the statement is by. */
const statementBy = new RegExp(
  '^(?:' +
    [
      '(?:joint\\s+)?(?:statement|remarks|intervention|address|speech|keynote(?:\\s+address)?|opening\\s+remarks|closing\\s+remarks|message|presentation)(?:\\s+(?:delivered|made|given|presented))?\\s+by',
      "(?:d[ée]claration|intervention|allocution|discours|message)(?:\\s+(?:prononc[ée]e?|faite?))?\\s+(?:par|de|du|des|d['’])",
      '(?:declaraci[oó]n|intervenci[oó]n|discurso|palabras|mensaje)(?:\\s+(?:pronunciad[oa]|formulad[oa]))?\\s+(?:por|de|del)',
      `(?:${arabic('بيان')}|${arabic('كلمة')}|${arabic('مداخلة')}|${arabic('خطاب')})`,
    ].join('|') +
    ')(?:\\s*(.*))?$',
  'iu',
);
const leadingArticle = /^(?:the|la|le|les|l['’]|el|los|las)(?:\s+|(?<=['’])|$)/iu;
const onBehalfOf = /\s+(?:on\s+behalf\s+of|au\s+nom\s+de|en\s+nombre\s+de|باسم)\s+/iu;

/** 'Debate of the General Assembly on "The Role of …"': the event, then the title in quotes (the closing quote may be lost). */
const eventOnTitle = /^(.+?)\s*(?:\s(?:on|sur|sobre|about|حول|بشأن|عن)|[:–—])\s*["“«„]\s*(.+?)\s*["”»]?\s*$/u;
const quotedTitle = /^["“«„]\s*(.+?)\s*["”»]?$/u;

const arabicRoles = ['مدير', 'مديرة', 'وزير', 'وزيرة', 'سفير', 'سفيرة', 'ممثل', 'ممثلة', 'رئيس', 'رئيسة', 'امين', 'امينة', 'مستشار', 'مستشارة', 'منسق', 'منسقة', 'نائب', 'مسؤول', 'مسؤولة', 'مندوب', 'مندوبة'];
const roleWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    'officer', 'director', 'minister', 'ambassador', 'representative', 'chief', 'head', 'secretary', 'president', 'chair(?:person|man|woman)?',
    'advis[eo]r', 'coordinator', 'deputy', 'envoy', 'commissioner', 'spokes(?:person|man|woman)', 'manager', 'counsell?or', 'delegate',
    'attach[ée]', 'rapporteur', 'specialist', 'expert', 'executive', 'directeur', 'directrice', 'ministre', 'ambassad(?:eur|rice)',
    'repr[ée]sentante?', 'chef(?:fe)?', 'secr[ée]taire', 'pr[ée]sidente?', 'conseill[eè]re?', 'coordinat(?:eur|rice)', 'directora',
    'ministra', 'embajador(?:a)?', 'representante', 'jef[ea]', 'secretari[oa]', 'asesor(?:a)?', 'coordinador(?:a)?', 'presidenta',
    ...arabicRoles.map((role) => `(?:ال)?${arabic(role, false)}`),
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
const honorific = /^(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Ambassador|Sir|Dame|M\.|Mme|Sr\.|Sra\.|Dra\.|السيد|السيدة|سعادة|د\.)\s/u;

const eventWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    'debate', 'session', 'meeting', 'conference', 'forum', 'summit', 'assembly', 'council', 'committee', 'commission', 'dialogue',
    'symposium', 'consultation', 'workshop', 'webinar', 'segment', 'hearing', 'd[ée]bat', 'conf[ée]rence', 'r[ée]union', 'sommet',
    'colloque', 'assembl[ée]e', 'conseil', 'comit[ée]', 'conferencia', 'reuni[oó]n', 'cumbre', 'asamblea', 'consejo', 'di[aá]logo', 'debate',
    ...['مؤتمر', 'اجتماع', 'الدورة', 'الجمعية', 'مجلس', 'قمة', 'منتدى', 'المناقشة', 'مناقشة', 'حوار', 'ندوة', 'لجنة'].map((word) => arabic(word)),
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
const panelWords = new RegExp(
  `(?<![\\p{L}])(?:panel|round[- ]?table|table\\s+ronde|mesa\\s+redonda|side\\s+event|agenda\\s+item|${arabic('حلقة نقاش')}|${arabic('الجلسة')}|${arabic('جلسة')})(?![\\p{L}])`,
  'iu',
);
const organizationWords = new RegExp(
  `(?:\\(\\p{Lu}{2,}\\)$|(?<![\\p{L}])(?:${[
    'organi[sz]ation', 'office', 'mission', 'agency', 'programme', 'program', 'fund', 'union', 'ministry', 'institute', 'secretariat',
    'delegation', 'government', 'republic', 'kingdom', 'federation', 'bureau', 'agence', 'minist[eè]re', 'd[ée]l[ée]gation',
    'gouvernement', 'r[ée]publique', 'royaume', 'organizaci[oó]n', 'oficina', 'misi[oó]n', 'agencia', 'ministerio', 'delegaci[oó]n',
    'gobierno', 'rep[uú]blica', 'reino',
    ...['منظمة', 'المنظمة', 'مكتب', 'بعثة', 'وكالة', 'وزارة', 'الوفد', 'حكومة', 'جمهورية', 'المملكة', 'الاتحاد'].map((word) => arabic(word)),
  ].join('|')})(?![\\p{L}]))`,
  'iu',
);

/** Lines that headers carry but that name nothing: never a title, an event or an organization. */
const boilerplate = new RegExp(
  `^(?:${[
    '(?:please\\s+)?check\\s+against\\s+delivery',
    'as\\s+delivered',
    'embargo(?:ed)?',
    '(?:unofficial|informal)\\s+translation',
    'seul\\s+le\\s+texte\\s+prononc[ée]\\s+fait\\s+foi',
    'v[ée]rifier\\s+au\\s+prononc[ée]',
    'traduction\\s+non\\s+officielle',
    'cotejar\\s+con\\s+el\\s+discurso\\s+pronunciado',
    's[oó]lo\\s+vale\\s+el\\s+texto\\s+pronunciado',
    'traducci[oó]n\\s+no\\s+oficial',
    arabic('العبرة بالنص الملقى'),
    arabic('يرجى المراجعة عند الإلقاء'),
  ].join('|')})${wordEnd}`,
  'iu',
);

interface Line {
  readonly source: SourceLine;
  readonly text: string;
  used: boolean;
}

/** Reads the header's lines (blank lines already left out or not: both are fine). */
export function readHeader(sourceLines: readonly SourceLine[]): Header {
  const lines: Line[] = sourceLines.filter((line) => line.text !== '').map((source) => ({ source, text: source.text, used: false }));
  const fields: HeaderFields = {};
  /** Texts already placed, so a header line that only repeats one of them (a title wrapped again) is not left over. */
  const placed: string[] = [];
  const set = (field: Field, value: string | undefined, from?: Line) => {
    const clean = value?.trim().replace(/\s+/g, ' ');
    if (!clean || fields[field] !== undefined) return false;
    fields[field] = clean;
    placed.push(from?.text ?? clean);
    if (from) from.used = true;
    return true;
  };
  /** The value of a label whose value is on the next line ("Published Date:" / "Friday, June 7, 2019"). */
  const valueAfter = (index: number, inline: string): string | undefined => {
    if (inline.trim() !== '') return inline;
    const next = lines[index + 1];
    if (!next || next.used) return undefined;
    next.used = true;
    placed.push(next.text);
    return next.text;
  };

  for (const [index, line] of lines.entries()) readLabel(line, index);
  for (const [index, line] of lines.entries()) if (!line.used) readStatementBy(line, index);
  readTitleLine();
  dropRepeats(lines, placed);
  readDates();
  readPanel();
  readSpeaker();
  readByKeywords();

  return { fields, unused: lines.filter((line) => !line.used).map((line) => line.source) };

  function readLabel(line: Line, index: number): void {
    for (const [field, pattern] of labelPatterns) {
      const match = pattern.exec(line.text);
      if (!match) continue;
      line.used = true;
      placed.push(line.text);
      const value = valueAfter(index, match[1]!);
      if (value === undefined) return;
      if (field === 'date' || field === 'published') {
        const date = findDate(value);
        if (date) set(field, date.iso);
        if (field === 'date') readRest(value, date);
      } else if (field === 'speaker') {
        const person = personAndRole(value);
        set('speaker', person?.speaker ?? value);
        set('role', person?.role);
      } else {
        set(field, value);
      }
      return;
    }
  }

  function readStatementBy(line: Line, index: number): void {
    const match = statementBy.exec(line.text);
    if (!match) return;
    line.used = true;
    placed.push(line.text);
    const inline = (match[1] ?? '').replace(leadingArticle, '');
    const value = valueAfter(index, inline)?.replace(leadingArticle, '');
    if (!value) return;
    const [who, behalf] = value.split(onBehalfOf);
    if (behalf) {
      const person = personAndRole(who!);
      set('speaker', person?.speaker ?? who);
      set('role', person?.role);
      set('organization', behalf.replace(leadingArticle, ''));
      return;
    }
    const person = personAndRole(value);
    if (person && !organizationWords.test(person.speaker)) {
      set('speaker', person.speaker);
      set('role', person.role);
    } else {
      set('organization', value);
    }
  }

  function readTitleLine(): void {
    for (const line of lines) {
      if (line.used) continue;
      const both = eventOnTitle.exec(line.text);
      if (both && fields.title === undefined) {
        set('event', both[1]!.replace(/[\s,:;–—-]+$/u, ''));
        set('title', both[2]);
        line.used = true;
        placed.push(line.text);
        return;
      }
      const quoted = quotedTitle.exec(line.text);
      if (quoted && /["“«„]/u.test(line.text[0]!) && fields.title === undefined) {
        set('title', quoted[1], line);
        return;
      }
    }
  }

  /** A line with a date: the date, and the rest of the line as the time and the venue. */
  function readDates(): void {
    for (const line of lines) {
      if (line.used) continue;
      const date = findDate(line.text);
      if (!date || fields.date !== undefined) continue;
      set('date', date.iso, line);
      readRest(line.text, date);
    }
    for (const line of lines) {
      if (line.used || fields.time !== undefined) continue;
      const time = findTime(line.text);
      if (!time) continue;
      const rest = without(line.text, time);
      if (rest === '' || wordCount(rest) <= 1) set('time', time.text, line);
    }
  }

  function readRest(text: string, date: { index: number; length: number } | undefined): void {
    let rest = date ? without(text, date) : text;
    const time = findTime(rest);
    if (time) {
      set('time', time.text);
      rest = without(rest, time);
    }
    if (date && /\p{L}{2}/u.test(rest)) set('venue', rest);
  }

  function readPanel(): void {
    const line = lines.find((l) => !l.used && panelWords.test(l.text) && !roleWords.test(l.text));
    if (line) set('panel', line.text, line);
  }

  function readSpeaker(): void {
    for (const [index, line] of lines.entries()) {
      if (line.used || fields.speaker !== undefined) continue;
      const person = personAndRole(line.text);
      if (person?.role) {
        set('speaker', person.speaker, line);
        set('role', person.role);
        return;
      }
      if (!looksLikeName(line.text)) continue;
      const next = lines[index + 1];
      if (next && !next.used && roleWords.test(next.text) && wordCount(next.text) <= 12 && !/\d/u.test(next.text)) {
        set('speaker', line.text, line);
        set('role', next.text, next);
        return;
      }
      if (honorific.test(line.text)) {
        set('speaker', line.text, line);
        return;
      }
    }
  }

  /** What is left: a line naming a meeting is the event, one naming a body the organization, the first other the title. */
  function readByKeywords(): void {
    const candidates = lines.filter((line) => !boilerplate.test(line.text));
    for (const line of candidates) {
      if (line.used || wordCount(line.text) > 15) continue;
      if (fields.event === undefined && eventWords.test(line.text)) set('event', line.text, line);
    }
    for (const line of candidates) {
      if (line.used || wordCount(line.text) > 10) continue;
      if (fields.organization === undefined && organizationWords.test(line.text)) set('organization', line.text, line);
    }
    const title = candidates.find((line) => !line.used && wordCount(line.text) >= 2 && /\p{L}/u.test(line.text));
    if (title && fields.title === undefined) set('title', title.text.replace(/^["“«„]|["”»]$/gu, ''), title);
  }
}

/** "Kieran Gorman-Best, Senior Policy and Liaison Officer": a name, then a role with a word like "Officer" or "Minister". */
function personAndRole(text: string): { speaker: string; role?: string } | undefined {
  const match = /^([^,،]+?)\s*(?:[,،]|\s[–—-]\s)\s*(.+)$/u.exec(text);
  if (match && looksLikeName(match[1]!) && roleWords.test(match[2]!)) return { speaker: match[1]!, role: match[2]! };
  return undefined;
}

/** Two to six words, no digits, and in Latin script each main word capitalised ("Kieran Gorman-Best", "H.E. Ms. Ana de la Cruz"). */
function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 7 || /\d/u.test(text) || text.length > 60) return false;
  if (/\p{Script=Arabic}/u.test(text)) return !organizationWords.test(text) && !eventWords.test(text);
  const particles = /^(?:de|da|del|della|di|du|des|la|le|van|von|der|den|ten|al|el|bin|ibn|y|e)$/u;
  return words.every((word) => /^\p{Lu}/u.test(word) || particles.test(word)) && !organizationWords.test(text) && !eventWords.test(text);
}

/** The text around a match, with the separators left at its edges (or doubled in its middle) removed. */
function without(text: string, found: { index: number; length: number }): string {
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`;
  const comma = /،/u.test(text) ? '، ' : ', ';
  return rest
    .split(/\s*[,،;|]\s*/u)
    .map((piece) => piece.trim().replace(/^[–—-]\s*|\s*[–—-]$/gu, '').trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
    .join(comma);
}

/** Drops runs of header lines that only repeat text already placed, as a title wrapped a second time does. */
function dropRepeats(lines: Line[], placed: readonly string[]): void {
  const known = placed.map(squeeze).filter((text) => text.length > 0);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.used) continue;
    let run = '';
    let end = i - 1;
    for (let j = i; j < lines.length && !lines[j]!.used; j++) {
      const longer = run + squeeze(lines[j]!.text);
      if (!known.some((text) => text.includes(longer))) break;
      run = longer;
      end = j;
    }
    if (end >= i && (run.length >= 15 || known.includes(run))) {
      for (let j = i; j <= end; j++) lines[j]!.used = true;
      i = end;
    }
  }
}

/** Letters and digits only, lower-cased: "High -level" and "High-Level" are the same words. */
function squeeze(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
