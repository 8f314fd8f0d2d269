// The front matter's schema: which fields a statement has, which are required, and what each must look like.
// zod/mini: the same validation as zod's full API, at a thirtieth of its size to load.
import * as z from 'zod/mini';
import { logoSchema } from './logo.js';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .check(z.trim(), z.minLength(1, { error: `${what} is empty` }));

const date = (what: string) =>
  text(what).check(
    z.refine((value) => isoDatePattern.test(value), { error: `${what} must be a date written YYYY-MM-DD, such as 2019-06-06`, abort: true }),
    z.refine(isCalendarDay, { error: (issue) => `${what} is ${String(issue.input)}, a day that does not exist` }),
  );

/** 2019-06-06 is; 2019-02-30 is not. */
function isCalendarDay(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  return calendarDate(year, month, day) === value;
}

/** `YYYY-MM-DD` for a day the calendar has, or undefined for one it has not, such as 2019-02-30 or 2019-13-01. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, reads years 0–99 as they are, not as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const language = text('lang').check(
  z.refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { error: 'lang must be a language tag, such as en, fr, es or ar' },
  ),
);

export const frontMatterSchema = z.strictObject({
  title: z.optional(text('title')),
  event: z.optional(text('event')),
  panel: z.optional(text('panel')),
  organization: z.optional(text('organization')),
  speaker: z.optional(text('speaker')),
  role: z.optional(text('role')),
  venue: z.optional(text('venue')),
  date: z.optional(date('date')),
  time: z.optional(text('time')),
  published: z.optional(date('published')),
  lang: z._default(language, 'en'),
  dir: z.optional(z.enum(['ltr', 'rtl'], { error: 'dir must be ltr or rtl' })),
  theme: z._default(text('theme'), 'institutional'),
  /** The organization's mark, in place of the theme's: `{ file, alt }`, the file relative to the content file. */
  logo: z.optional(logoSchema),
});

export type FrontMatterData = z.infer<typeof frontMatterSchema>;

/** Every field a user may write, for "did you mean" suggestions. */
export const knownFields: readonly string[] = Object.keys(frontMatterSchema.shape);

/**
 * The header fields every output shows when they are there. None is required: an output leaves out what is missing,
 * and `lectern check` and `lectern import` warn about each one, with what to add and what it is for.
 */
export const headerFields = ['title', 'event', 'organization', 'speaker', 'date'] as const;
export type HeaderField = (typeof headerFields)[number];

/** What to add for a missing header field, and what the outputs then say: `add "speaker: Name" … who delivers it`. */
export const missingFieldHint: Readonly<Record<HeaderField, string>> = {
  title: 'add "title: What it is about" to the header',
  event: 'add "event: Meeting" to the header so the outputs say where it is delivered',
  organization: 'add "organization: Name" to the header so the outputs say on whose behalf it is delivered',
  speaker: 'add "speaker: Name" to the header so the outputs say who delivers it',
  date: 'add "date: YYYY-MM-DD" to the header so the outputs say when it is delivered',
};

/** What each field is for, shown where lectern import leaves one out. */
export const fieldHelp: Readonly<Record<string, string>> = {
  title: 'what the statement is about, e.g. title: The Role of Regional Organizations',
  event: 'the meeting, e.g. event: High-Level Thematic Debate of the General Assembly',
  organization: 'who the statement is by, e.g. organization: International Organization for Migration (IOM)',
  speaker: 'who delivers it, e.g. speaker: Kieran Gorman-Best',
  date: 'the day it is delivered, e.g. date: 2019-06-06',
};
