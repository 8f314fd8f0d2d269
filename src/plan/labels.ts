// The few words Lectern adds to a statement's own text, in the statement's language.

export interface Labels {
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
  readonly occasion: (organization: string, event: string) => string;
  readonly briefing: string;
  readonly handout: string;
  readonly speakerNotes: string;
  readonly slide: (number: string, total: string) => string;
  readonly delivery: (minutes: string) => string;
}

const en: Labels = {
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
  occasion: (organization, event) => `${organization}: statement at the ${event}`,
  briefing: 'Briefing',
  handout: 'Handout',
  speakerNotes: 'Speaker notes',
  slide: (n, total) => `Slide ${n} of ${total}`,
  delivery: (minutes) => `Delivery: about ${minutes} ${minutes === '1' ? 'minute' : 'minutes'}`,
};

const fr: Labels = {
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
  occasion: (organization, event) => `Déclaration de ${organization} — ${event}`,
  briefing: 'Note d’information',
  handout: 'Document de séance',
  speakerNotes: 'Notes de l’orateur',
  slide: (n, total) => `Diapositive ${n} sur ${total}`,
  delivery: (minutes) => `Durée : environ ${minutes} min`,
};

const es: Labels = {
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
  occasion: (organization, event) => `Declaración de ${organization} — ${event}`,
  briefing: 'Nota informativa',
  handout: 'Material de apoyo',
  speakerNotes: 'Notas del orador',
  slide: (n, total) => `Diapositiva ${n} de ${total}`,
  delivery: (minutes) => `Duración: unos ${minutes} min`,
};

const ar: Labels = {
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
  occasion: (organization, event) => `بيان ${organization} — ${event}`,
  briefing: 'مذكرة إحاطة',
  handout: 'نشرة العرض',
  speakerNotes: 'ملاحظات المتحدث',
  slide: (n, total) => `الشريحة ${n} من ${total}`,
  delivery: (minutes) => `مدة الإلقاء: نحو ${minutes} دقيقة`,
};

const byLanguage: Readonly<Record<string, Labels>> = { en, fr, es, ar };

/** Labels for a BCP 47 tag, by its language; English when Lectern has no translation. */
export function labelsFor(lang: string): Labels {
  return byLanguage[new Intl.Locale(lang).language] ?? en;
}
