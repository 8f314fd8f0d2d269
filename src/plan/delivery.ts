// The delivery pack's text: the statement as it is read aloud, paragraph by paragraph, numbered, with where each slide
// advances and how long the speaker has been speaking there. The reading copy, the interpreters' copy and notes.txt
// are all drawn from it.
import type { Deck } from './deck.js';
import { formatNumber, type MetaView } from './meta.js';

export interface DeliveryParagraph {
  /** The paragraph's number, in the statement's own digits: "12", "١٢". */
  readonly number: string;
  readonly text: string;
  /**
   * The slides that come up as this paragraph starts (1-based, as the deck numbers them): one, or more when a slide
   * before had no text of its own.
   */
  readonly advances: readonly { readonly slide: number; readonly label: string }[];
  /** Time spoken before this paragraph, "m:ss", at the start of each slide. */
  readonly elapsed?: string | undefined;
}

/** One slide's stretch of the text: its paragraphs, and what the slide shows. */
export interface DeliveryPart {
  /** 1-based, as the deck numbers it. */
  readonly slide: number;
  readonly headline: string;
  readonly marker: string | undefined;
  readonly elapsed: string;
  readonly paragraphs: readonly DeliveryParagraph[];
}

export interface DeliveryText {
  readonly meta: MetaView;
  readonly labels: DeliveryLabels;
  readonly parts: readonly DeliveryPart[];
  readonly paragraphs: readonly DeliveryParagraph[];
  readonly slides: number;
  /** The whole statement's speaking time, "m:ss", and in words: "about 4 minutes". */
  readonly duration: { readonly clock: string; readonly words: string };
  /** The CSS counter style of the statement's digits, for page numbers: `decimal`, `arabic-indic`. */
  readonly counterStyle: string;
}

/**
 * Every paragraph the speaker reads, in order, from the deck's speaker notes: the salutation (title slide), the
 * introduction, each point (over its continuation slides), the conclusion and the closing. Numbered from 1 through
 * the whole text, as delegations number the paragraphs of an advance copy.
 */
export function planDeliveryText(deck: Deck, wordsPerMinute: number): DeliveryText {
  // The reading copy, the interpreters' copy and notes.txt each ask for the same deck's: it is planned once.
  const planned = delivered.get(deck);
  if (planned?.wordsPerMinute === wordsPerMinute) return planned.text;
  const text = planDelivery(deck, wordsPerMinute);
  delivered.set(deck, { wordsPerMinute, text });
  return text;
}

const delivered = new WeakMap<Deck, { readonly wordsPerMinute: number; readonly text: DeliveryText }>();

function planDelivery(deck: Deck, wordsPerMinute: number): DeliveryText {
  const { meta } = deck;
  const labels = deliveryLabels(meta.lang);
  const number = (n: number) => formatNumber(n, meta.lang);
  const paragraphs: DeliveryParagraph[] = [];
  const parts: DeliveryPart[] = [];
  let seconds = 0;
  let pending: DeliveryParagraph['advances'] = [];
  deck.slides.forEach((slide, index) => {
    const elapsed = clock(seconds, meta.lang);
    pending = [...pending, { slide: index + 1, label: number(index + 1) }];
    const own = slide.notes.map((text, at): DeliveryParagraph => {
      const advances = at === 0 ? pending : [];
      return { number: number(paragraphs.length + at + 1), text, advances, ...(at === 0 && { elapsed }) };
    });
    if (own.length > 0) pending = [];
    paragraphs.push(...own);
    parts.push({ slide: index + 1, headline: slide.headline, marker: slide.marker, elapsed, paragraphs: own });
    seconds += slide.timing;
  });
  const minutes = Math.max(1, Math.round(seconds / 60));
  return {
    meta,
    labels,
    parts,
    paragraphs,
    slides: deck.slides.length,
    duration: { clock: clock(seconds, meta.lang), words: labels.aboutMinutes(minutes, wordsPerMinute) },
    counterStyle: meta.counterStyle,
  };
}

/** "3:07": minutes and seconds, in the statement's digits. */
export function clock(seconds: number, lang: string): string {
  const whole = Math.round(seconds);
  return `${formatNumber(Math.floor(whole / 60), lang)}:${formatNumber(whole % 60, lang).padStart(2, formatNumber(0, lang))}`;
}

/** The words the delivery pack adds, in the statement's language. */
export interface DeliveryLabels {
  /**
   * The line an advance copy carries so that the spoken words prevail over the written: the forms UN statements use
   * in each language.
   */
  readonly checkAgainstDelivery: string;
  readonly readingCopy: string;
  readonly interpretersCopy: string;
  /** Before the page number: "Page 3 of 7" is `page` counter `of` total. */
  readonly page: string;
  readonly of: string;
  readonly slide: string;
  readonly deliveredBy: string;
  readonly names: string;
  readonly acronyms: string;
  readonly numbers: string;
  readonly paragraphs: string;
  /** Heads the interpreters' list of names, acronyms and numbers. */
  readonly glossary: string;
  /** Stands in that list when the text holds none of them. */
  readonly noneInText: string;
  /** The deck's link to itself as one page to scroll, each slide followed by its text. */
  readonly readAsPage: string;
  readonly aboutMinutes: (minutes: number, wordsPerMinute: number) => string;
}

const plural = (lang: string) => new Intl.PluralRules(lang);

const en: DeliveryLabels = {
  checkAgainstDelivery: 'Check against delivery',
  readingCopy: 'Reading copy',
  interpretersCopy: 'For the interpreters',
  page: 'Page',
  of: 'of',
  slide: 'Slide',
  deliveredBy: 'Delivered by',
  names: 'Names',
  acronyms: 'Acronyms',
  numbers: 'Numbers',
  paragraphs: 'Paragraphs',
  glossary: 'Names, acronyms and numbers in the text',
  noneInText: 'None found in the text.',
  readAsPage: 'Read as a page',
  aboutMinutes: (minutes, wpm) => `Delivery time: about ${minutes} ${plural('en').select(minutes) === 'one' ? 'minute' : 'minutes'} at ${wpm} words a minute`,
};

const fr: DeliveryLabels = {
  checkAgainstDelivery: 'Seul le texte prononcé fait foi',
  readingCopy: 'Texte de lecture',
  interpretersCopy: 'Pour les interprètes',
  page: 'Page',
  of: 'sur',
  slide: 'Diapositive',
  deliveredBy: 'Prononcé par',
  names: 'Noms',
  acronyms: 'Sigles',
  numbers: 'Nombres',
  paragraphs: 'Paragraphes',
  glossary: 'Noms, sigles et nombres du texte',
  noneInText: 'Aucun dans le texte.',
  readAsPage: 'Lire en une page',
  aboutMinutes: (minutes, wpm) => `Durée : environ ${minutes} ${plural('fr').select(minutes) === 'one' ? 'minute' : 'minutes'} à ${wpm} mots par minute`,
};

const es: DeliveryLabels = {
  checkAgainstDelivery: 'Cotéjese con el discurso pronunciado',
  readingCopy: 'Texto de lectura',
  interpretersCopy: 'Para los intérpretes',
  page: 'Página',
  of: 'de',
  slide: 'Diapositiva',
  deliveredBy: 'Pronunciado por',
  names: 'Nombres',
  acronyms: 'Siglas',
  numbers: 'Cifras',
  paragraphs: 'Párrafos',
  glossary: 'Nombres, siglas y cifras del texto',
  noneInText: 'Ninguno en el texto.',
  readAsPage: 'Leer en una página',
  aboutMinutes: (minutes, wpm) => `Duración: unos ${minutes} ${plural('es').select(minutes) === 'one' ? 'minuto' : 'minutos'} a ${wpm} palabras por minuto`,
};

/** Arabic counts agree with their noun, here after نحو (so the dual is دقيقتين): دقيقة واحدة، دقيقتين، ٣–١٠ دقائق، ١١ دقيقة فأكثر. */
function arabicMinutes(minutes: number): string {
  const n = formatNumber(minutes, 'ar');
  switch (plural('ar').select(minutes)) {
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتين';
    case 'few':
      return `${n} دقائق`;
    default:
      return `${n} دقيقة`;
  }
}

const ar: DeliveryLabels = {
  // The Arabic counterpart of « Seul le texte prononcé fait foi »: the text as delivered is what counts.
  checkAgainstDelivery: 'العبرة بالنص الملقى',
  readingCopy: 'نص القراءة',
  interpretersCopy: 'للمترجمين الفوريين',
  page: 'الصفحة',
  of: 'من',
  slide: 'الشريحة',
  deliveredBy: 'يلقيها',
  names: 'الأسماء',
  acronyms: 'المختصرات',
  numbers: 'الأرقام',
  paragraphs: 'الفقرات',
  glossary: 'الأسماء والمختصرات والأرقام الواردة في النص',
  noneInText: 'لا يرد شيء منها في النص.',
  readAsPage: 'اقرأ في صفحة واحدة',
  aboutMinutes: (minutes, wpm) => `مدة الإلقاء: نحو ${arabicMinutes(minutes)} بمعدل ${formatNumber(wpm, 'ar')} كلمة في الدقيقة`,
};

const byLanguage: Readonly<Record<string, DeliveryLabels>> = { en, fr, es, ar };

export function deliveryLabels(lang: string): DeliveryLabels {
  return byLanguage[lang.split('-')[0]!.toLowerCase()] ?? en;
}
