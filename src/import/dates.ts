// Dates and times as statements give them: "06 June, 2019", "Friday, June 7, 2019", "6 juin 2019",
// "6 de junio de 2019", "6 حزيران/يونيو 2019", "2019-06-06"; "11:15 am – 1:00 pm", "10 h – 13 h".
import { calendarDate } from '../content/schema.js';
import { arabic, wordEnd } from './markers.js';

/** Where a date or time was found in a line, so the rest of the line (a venue) can be kept. */
export interface Found {
  readonly text: string;
  readonly index: number;
  readonly length: number;
}

export interface FoundDate extends Found {
  /** `YYYY-MM-DD`. */
  readonly iso: string;
}

const digit = '[0-9٠-٩]';

/** Month names and their common short forms, in English, French, Spanish and Arabic (both the Egyptian and the Levantine names). */
const months: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'enero', arabic('يناير'), arabic('كانون الثاني')],
  ['february', 'feb', 'f[ée]vrier', 'febrero', arabic('فبراير'), arabic('شباط')],
  ['march', 'mar', 'mars', 'marzo', arabic('مارس'), arabic('اذار')],
  ['april', 'apr', 'avril', 'abril', arabic('ابريل'), arabic('نيسان')],
  ['may', 'mai', 'mayo', arabic('مايو'), arabic('ايار')],
  ['june', 'jun', 'juin', 'junio', arabic('يونيو'), arabic('يونيه'), arabic('حزيران')],
  ['july', 'jul', 'juillet', 'julio', arabic('يوليو'), arabic('يوليه'), arabic('تموز')],
  ['august', 'aug', 'ao[ûu]t', 'agosto', arabic('اغسطس'), arabic('اب')],
  ['september', 'sept?', 'septembre', 'sep?tiembre', arabic('سبتمبر'), arabic('ايلول')],
  ['october', 'oct', 'octobre', 'octubre', arabic('اكتوبر'), arabic('تشرين الاول')],
  ['november', 'nov', 'novembre', 'noviembre', arabic('نوفمبر'), arabic('تشرين الثاني')],
  ['december', 'dec', 'd[ée]cembre', 'diciembre', arabic('ديسمبر'), arabic('كانون الاول')],
];
const monthPatterns = months.map((names) => new RegExp(`^(?:${names.join('|')})\\.?$`, 'iu'));
/** One month name, or two for the same month as UN Arabic writes them: "حزيران/يونيو". */
const month = `(?:${months.flat().join('|')})\\.?(?:\\s*/\\s*(?:${months.flat().join('|')}))?${wordEnd}`;

const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'mi[ée]rcoles',
  'jueves',
  'viernes',
  's[áa]bado',
  'domingo',
  ...['الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد'].map((day) => `(?:${arabic('يوم')}\\s+)?${arabic(day)}`),
];
const weekday = `(?:(?:${weekdays.join('|')})\\.?${wordEnd}[,،]?\\s+)?`;

const dayFirst = new RegExp(
  `${weekday}(?:(?:le|el)\\s+)?(${digit}{1,2})(?:st|nd|rd|th|er|º|°)?\\s+(?:de\\s+)?(${month})[,،]?\\s+(?:de(?:l)?\\s+)?(${digit}{4})(?!${digit})`,
  'iu',
);
const monthFirst = new RegExp(`${weekday}(${month})\\s+(${digit}{1,2})(?:st|nd|rd|th)?[,،]?\\s+(${digit}{4})(?!${digit})`, 'iu');
/** "27.9.2018", "27/09/2018" as Europe and Latin America write them: day, month, year. */
const numericDate = new RegExp(`(?<![${digit.slice(1, -1)}.])(${digit}{1,2})\\.(${digit}{1,2})\\.(${digit}{4})(?!${digit})`, 'u');
const isoDate = new RegExp(`(?<!${digit})(${digit}{4})-(${digit}{2})-(${digit}{2})(?!${digit})`, 'u');

/** The first date in `line` whose day exists. */
export function findDate(line: string): FoundDate | undefined {
  const candidates: FoundDate[] = [];
  const day = dayFirst.exec(line);
  if (day) push(candidates, day, Number(western(day[1]!)), monthNumber(day[2]!), Number(western(day[3]!)));
  const monthDay = monthFirst.exec(line);
  if (monthDay) push(candidates, monthDay, Number(western(monthDay[2]!)), monthNumber(monthDay[1]!), Number(western(monthDay[3]!)));
  const numeric = numericDate.exec(line);
  if (numeric) push(candidates, numeric, Number(western(numeric[1]!)), Number(western(numeric[2]!)), Number(western(numeric[3]!)));
  const iso = isoDate.exec(line);
  if (iso) push(candidates, iso, Number(western(iso[3]!)), Number(western(iso[2]!)), Number(western(iso[1]!)));
  return candidates.sort((a, b) => a.index - b.index)[0];
}

function push(candidates: FoundDate[], match: RegExpExecArray, day: number, month: number | undefined, year: number): void {
  // Only a day the calendar has: the same test a content file's date must pass.
  const iso = month === undefined ? undefined : calendarDate(year, month, day);
  if (iso) candidates.push({ text: match[0], index: match.index, length: match[0].length, iso });
}

function monthNumber(name: string): number | undefined {
  const first = name.split('/')[0]!.trim();
  const index = monthPatterns.findIndex((pattern) => pattern.test(first));
  return index === -1 ? undefined : index + 1;
}

function western(digits: string): string {
  return digits.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
}

const meridiem = `(?:[ap]\\.?\\s?m\\.?(?![\\p{L}])|${arabic('صباحا')}|${arabic('مساء')})`;
const clock = `${digit}{1,2}(?:[:：]${digit}{2}(?:\\s*${meridiem})?|\\s*${meridiem}|\\s?h(?:\\s?${digit}{2})?${wordEnd})`;
const timeRange = new RegExp(`(?<!${digit})${clock}(?:\\s*(?:[-–—]|to|until|à|a|hasta|${arabic('الى')}|${arabic('حتى')})\\s*${clock})?`, 'iu');

/** "11:15 am – 1:00 pm", "10h30", "9 a.m. to noon" is not one (noon is a word): a time or a range of times. */
export function findTime(line: string): Found | undefined {
  const match = timeRange.exec(line);
  return match ? { text: match[0].trim(), index: match.index, length: match[0].length } : undefined;
}
