// The front matter's schema: which fields a statement has, which are required, and what each must look like.
// zod/mini: the same validation as zod's full API, at a thirtieth of its size to load.
import { z } from 'zod/mini';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .check(z.trim(), z.minLength(1, { error: `${what} is empty` }));

const date = (what: string) =>
  text(what).check(
    z.refine((value) => isoDate.test(value) && !Number.isNaN(Date.parse(value)), {
      error: `${what} must be a date written YYYY-MM-DD, such as 2019-06-06`,
    }),
  );

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
  title: text('title'),
  event: text('event'),
  panel: z.optional(text('panel')),
  organization: text('organization'),
  speaker: text('speaker'),
  role: z.optional(text('role')),
  venue: z.optional(text('venue')),
  date: date('date'),
  time: z.optional(text('time')),
  published: z.optional(date('published')),
  lang: z._default(language, 'en'),
  dir: z.optional(z.enum(['ltr', 'rtl'], { error: 'dir must be ltr or rtl' })),
  theme: z._default(text('theme'), 'institutional'),
});

export type FrontMatterData = z.infer<typeof frontMatterSchema>;

/** Every field a user may write, for "did you mean" suggestions. */
export const knownFields: readonly string[] = Object.keys(frontMatterSchema.shape);

/** What each field is for, shown with the "missing field" message. */
export const fieldHelp: Readonly<Record<string, string>> = {
  title: 'what the statement is about, e.g. title: The Role of Regional Organizations',
  event: 'the meeting, e.g. event: High-Level Thematic Debate of the General Assembly',
  organization: 'who the statement is by, e.g. organization: International Organization for Migration (IOM)',
  speaker: 'who delivers it, e.g. speaker: Kieran Gorman-Best',
  date: 'the day it is delivered, e.g. date: 2019-06-06',
};
