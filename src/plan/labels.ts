// The few words Lectern adds to a statement's own text, in the statement's language, with that language's
// punctuation. Numbers are written by Intl in the digits the statement's language tag uses by convention (CLDR):
// `ar` and `ar-MA` in Latin digits, `ar-EG` and `ar-SA` in Arabic-Indic ones. Counted words take the form
// Intl.PluralRules chooses for the number.
import { keptOr } from '../kept.js';

/** A counted phrase in each plural form the language has; `{n}` is the number, written in the language's digits. */
export type PluralForms = { readonly [form in Intl.LDMLPluralRule]?: string } & { readonly other: string };

export interface Labels {
  /** The language these labels are in, whose plural rules choose among their forms. */
  readonly language: string;
  readonly introduction: string;
  readonly conclusion: string;
  readonly point: (number: string, total: string) => string;
  readonly continued: string;
  readonly thankYou: string;
  readonly keyMessages: string;
  readonly ask: string;
  readonly deliveredBy: string;
  readonly venue: string;
  readonly date: string;
  /** One line on the occasion, from what the header gives of the two; empty when it gives neither. */
  readonly occasion: (organization: string | undefined, event: string | undefined) => string;
  readonly briefing: string;
  readonly handout: string;
  readonly speakerNotes: string;
  readonly slide: (number: string, total: string) => string;
  /** The label of the briefing's speaking time. */
  readonly delivery: string;
  /** "about 4 minutes": how long the statement takes to deliver. */
  readonly aboutMinutes: PluralForms;
  /** What runs the items of a list together, where each item is a phrase of its own: ", ", or "، " in Arabic. */
  readonly comma: string;
  /** A label as it stands before its value: "Date:", "Lieu :" (with a no-break space before the colon in French). */
  readonly term: (label: string) => string;
}

/** The occasion line in each case the header allows: both fields, one of them, or neither (no line). */
function occasion(
  both: (organization: string, event: string) => string,
  byOnly: (organization: string) => string,
  atOnly: (event: string) => string,
): Labels['occasion'] {
  return (organization, event) => (organization && event ? both(organization, event) : organization ? byOnly(organization) : event ? atOnly(event) : '');
}

const en: Labels = {
  language: 'en',
  introduction: 'Introduction',
  conclusion: 'Conclusion',
  point: (n, total) => `Point ${n} of ${total}`,
  continued: 'continued',
  thankYou: 'Thank you',
  keyMessages: 'Key messages',
  ask: 'The ask',
  deliveredBy: 'Delivered by',
  venue: 'Venue',
  date: 'Date',
  occasion: occasion(
    (organization, event) => `${organization}: statement at the ${event}`,
    (organization) => `Statement by ${organization}`,
    (event) => `Statement at the ${event}`,
  ),
  briefing: 'Briefing',
  handout: 'Handout',
  speakerNotes: 'Speaker notes',
  slide: (n, total) => `Slide ${n} of ${total}`,
  delivery: 'Delivery',
  aboutMinutes: { one: 'about {n} minute', other: 'about {n} minutes' },
  comma: ', ',
  term: (label) => `${label}:`,
};

const fr: Labels = {
  language: 'fr',
  introduction: 'Introduction',
  conclusion: 'Conclusion',
  point: (n, total) => `Point ${n} sur ${total}`,
  continued: 'suite',
  thankYou: 'Merci',
  keyMessages: 'Messages clés',
  ask: 'Ce que nous demandons',
  deliveredBy: 'Prononcée par',
  venue: 'Lieu',
  date: 'Date',
  occasion: occasion(
    (organization, event) => `Déclaration de ${organization} — ${event}`,
    (organization) => `Déclaration de ${organization}`,
    (event) => `Déclaration — ${event}`,
  ),
  briefing: 'Note d’information',
  handout: 'Document de séance',
  speakerNotes: 'Notes de l’orateur',
  slide: (n, total) => `Diapositive ${n} sur ${total}`,
  delivery: 'Durée',
  aboutMinutes: { one: 'environ {n} minute', other: 'environ {n} minutes' },
  comma: ', ',
  term: (label) => `${label}\u00a0:`,
};

const es: Labels = {
  language: 'es',
  introduction: 'Introducción',
  conclusion: 'Conclusión',
  point: (n, total) => `Punto ${n} de ${total}`,
  continued: 'continuación',
  thankYou: 'Gracias',
  keyMessages: 'Mensajes clave',
  ask: 'Lo que pedimos',
  deliveredBy: 'Pronunciada por',
  venue: 'Lugar',
  date: 'Fecha',
  occasion: occasion(
    (organization, event) => `Declaración de ${organization} — ${event}`,
    (organization) => `Declaración de ${organization}`,
    (event) => `Declaración — ${event}`,
  ),
  briefing: 'Nota informativa',
  handout: 'Material de apoyo',
  speakerNotes: 'Notas del orador',
  slide: (n, total) => `Diapositiva ${n} de ${total}`,
  delivery: 'Duración',
  aboutMinutes: { one: 'aproximadamente {n} minuto', other: 'aproximadamente {n} minutos' },
  comma: ', ',
  term: (label) => `${label}:`,
};

const ar: Labels = {
  language: 'ar',
  introduction: 'مقدمة',
  conclusion: 'خاتمة',
  point: (n, total) => `النقطة ${n} من ${total}`,
  continued: 'تابع',
  thankYou: 'شكراً',
  keyMessages: 'الرسائل الرئيسية',
  ask: 'المطلوب',
  deliveredBy: 'يلقيه',
  venue: 'المكان',
  date: 'التاريخ',
  occasion: occasion(
    (organization, event) => `بيان ${organization} — ${event}`,
    (organization) => `بيان ${organization}`,
    (event) => `بيان — ${event}`,
  ),
  briefing: 'مذكرة إحاطة',
  handout: 'نشرة العرض',
  speakerNotes: 'ملاحظات المتحدث',
  slide: (n, total) => `الشريحة ${n} من ${total}`,
  delivery: 'مدة الإلقاء',
  // The counted noun agrees with its number: one minute, two (the dual), 3–10 (the plural), 11–99 and 100 … (the
  // singular). "تقريباً" after it keeps every form in the nominative.
  aboutMinutes: {
    one: 'دقيقة واحدة تقريباً',
    two: 'دقيقتان تقريباً',
    few: '{n} دقائق تقريباً',
    many: '{n} دقيقة تقريباً',
    other: '{n} دقيقة تقريباً',
  },
  comma: '، ',
  term: (label) => `${label}:`,
};

const byLanguage: Readonly<Record<string, Labels>> = { en, fr, es, ar };

/** Labels for a BCP 47 tag, by its language; English when Lectern has no translation. */
export function labelsFor(lang: string): Labels {
  // Reading a tag costs more than every label it yields: each tag is read once.
  return keptOr(byTag, lang, 64, () => byLanguage[new Intl.Locale(lang).language] ?? en);
}

const byTag = new Map<string, Labels>();
