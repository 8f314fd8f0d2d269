// Turns the text of one content file into a validated Statement, or into messages that say what to fix and where.
import { isLecternError, LecternError, splitErrors, throwIfAny, type Location } from '../errors.js';
import { capitalize, readBody, type DraftBody, type DraftPart, type DraftSection, type SectionName } from './body.js';
import { splitFrontMatter, type FrontMatter } from './frontmatter.js';
import { validateFrontMatter } from './fields.js';
import { headerFields, type FrontMatterData } from './schema.js';
import { slugOf } from './slug.js';
import type { Part, Passage, Statement, StatementMeta } from './statement.js';
import { draftTitle } from './title.js';

export interface ParseOptions {
  /** `--theme`: replaces the file's `theme:` for this build. */
  readonly theme?: string | undefined;
  /**
   * The mistake of a `theme:` that names no theme, if it does. Asked only of a file with other mistakes, so that the
   * author hears of it with them, not once they are fixed; otherwise the theme is checked as it loads.
   */
  readonly checkTheme?: ((name: string, at: Location) => LecternError | undefined) | undefined;
}

/** Parses and validates one content file. `file` is the path shown in messages. */
export function parseStatement(source: string, file: string, options: ParseOptions = {}): Statement {
  if (source.trim() === '') {
    throw new LecternError('the file is empty', {
      at: { file, line: 1 },
      hint: 'write the statement in it (see README.md, "Content format"), or remove it, or run lectern import FILE.txt to make one from a text',
    });
  }
  const frontMatter = splitFrontMatter(source, file);
  const errors: LecternError[] = [];
  const data = validateFrontMatter(frontMatter, file, errors);
  const inFrontMatter = errors.length;
  // A mistake in the body's structure stops reading it, but not the report of the front matter's mistakes.
  const body = collect(() => readBody(frontMatter.body, frontMatter.bodyLine, file), errors);
  const parts = body && readParts(body, file, errors);
  if (errors.length > 0) errors.splice(inFrontMatter, 0, ...themeMistake(frontMatter, file, options));
  throwIfAny(errors);

  // Only the body is required: a missing title is drafted, and the outputs leave out every other missing field.
  const title = data!.title ? undefined : draftTitle(data!.event, parts!.introduction.paragraphs[0]!.text, data!.lang);
  return {
    file,
    slug: slugOf(file),
    theme: options.theme ?? data!.theme,
    themeAt: options.theme ? { file: '--theme' } : { file, line: frontMatter.lineOf(['theme']) },
    titleLine: frontMatter.lineOf(['title']),
    // A title drafted from the event is the event: said once, as the title.
    meta: toMeta(title?.from === 'the event' ? { ...data!, event: undefined } : data!, title?.text),
    missing: headerFields.filter((field) => data![field] === undefined),
    ...(title && { draftTitle: title }),
    ...(data!.logo && { logo: { ...data!.logo, line: frontMatter.lineOf(['logo']) } }),
    ...parts!,
  };
}

/** What `read` returns; or, when it throws a user's mistake, undefined and the mistake added to `errors`. */
function collect<T>(read: () => T, errors: LecternError[]): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isLecternError(error)) throw error;
    errors.push(...splitErrors(error));
    return undefined;
  }
}

/** The mistake of the file's `theme:` line, when it names no theme and `--theme` does not replace it. */
function themeMistake(frontMatter: FrontMatter, file: string, { theme, checkTheme }: ParseOptions): LecternError[] {
  const named = frontMatter.data.theme;
  const mistake = theme === undefined && typeof named === 'string' && checkTheme?.(named, { file, line: frontMatter.lineOf(['theme']) });
  return mistake ? [mistake] : [];
}

function toMeta(data: FrontMatterData, draftedTitle: string | undefined): StatementMeta {
  return {
    title: data.title ?? draftedTitle ?? '',
    lang: data.lang,
    dir: data.dir ?? directionOf(data.lang),
    ...(data.event && { event: data.event }),
    ...(data.organization && { organization: data.organization }),
    ...(data.speaker && { speaker: data.speaker }),
    ...(data.date && { date: data.date }),
    ...(data.panel && { panel: data.panel }),
    ...(data.role && { role: data.role }),
    ...(data.venue && { venue: data.venue }),
    ...(data.time && { time: data.time }),
    ...(data.published && { published: data.published }),
  };
}

const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang);
  const script = locale.maximize().script;
  if (script === 'Arab' || script === 'Hebr' || script === 'Thaa' || script === 'Syrc' || script === 'Nkoo' || script === 'Adlm') return 'rtl';
  return rightToLeft.has(locale.language) ? 'rtl' : 'ltr';
}

type Parts = Pick<Statement, 'salutation' | 'introduction' | 'points' | 'conclusion' | 'closing'>;

function readParts(body: DraftBody, file: string, errors: LecternError[]): Parts | undefined {
  const at = (line: number) => ({ file, line });
  const missing = (name: SectionName, hint: string) =>
    errors.push(new LecternError(`the statement has no "# ${capitalize(name)}" section`, { at: at(body.firstLine), hint }));

  const salutation = passage(body.sections.get('salutation'), file, errors);
  const closing = passage(body.sections.get('closing'), file, errors);

  const introductionSection = body.sections.get('introduction');
  if (!introductionSection) missing('introduction', 'add "# Introduction", a "## " headline, its key messages ("- …") and the opening paragraphs');
  const introduction = introductionSection && singlePart(introductionSection, file, errors);

  const pointsSection = body.sections.get('points');
  if (!pointsSection) missing('points', 'add "# Points" and, for each point, a "## " headline, its key messages ("- …") and its text');
  const points = pointsSection && pointParts(pointsSection, file, errors);

  const conclusionSection = body.sections.get('conclusion');
  if (!conclusionSection) missing('conclusion', 'add "# Conclusion", a "## " headline stating the ask, its key messages and the concluding text');
  const conclusion = conclusionSection && singlePart(conclusionSection, file, errors);

  if (!introduction || !points || !conclusion) return undefined;
  return { salutation, introduction, points, conclusion, closing };
}

function passage(section: DraftSection | undefined, file: string, errors: LecternError[]): Passage {
  if (!section) return { paragraphs: [], line: 0 };
  const name = capitalize(section.name);
  const stray = section.parts[0]?.headline.line ?? section.leadingListLines[0];
  if (stray !== undefined) {
    errors.push(
      new LecternError(`the ${section.name} is plain text and has no headline or key messages`, {
        at: { file, line: stray },
        hint: `write the ${section.name} as a paragraph under "# ${name}"`,
      }),
    );
  }
  if (section.paragraphs.length === 0 && stray === undefined) {
    errors.push(
      new LecternError(`the ${section.name} is empty`, {
        at: { file, line: section.line },
        hint: `write its text under "# ${name}", or remove the heading`,
      }),
    );
  }
  return { paragraphs: section.paragraphs, line: section.line };
}

/** The introduction and the conclusion: one headline, key messages, text. */
function singlePart(section: DraftSection, file: string, errors: LecternError[]): Part | undefined {
  const name = section.name;
  const [first, ...extra] = section.parts;
  if (!first) {
    const empty = section.paragraphs.length === 0 && section.leadingListLines.length === 0;
    errors.push(
      new LecternError(empty ? `the ${name} is empty` : `the ${name} has no headline`, {
        at: { file, line: section.line },
        hint: `add a "## " headline under "# ${capitalize(name)}", then its key messages ("- …") and its full text`,
      }),
    );
    return undefined;
  }
  if (section.paragraphs.length > 0 || section.leadingListLines.length > 0) {
    errors.push(
      new LecternError(`text under "# ${capitalize(name)}" comes before its "## " headline`, {
        at: { file, line: section.paragraphs[0]?.line ?? section.leadingListLines[0] ?? section.line },
        hint: 'move the headline above it',
      }),
    );
  }
  for (const part of extra) {
    errors.push(
      new LecternError(`the ${name} has a second headline, "${part.headline.text}"`, {
        at: { file, line: part.headline.line },
        hint: `the ${name} has one headline; make this a point under "# Points", or remove the "## "`,
      }),
    );
  }
  return checkPart(first, `the ${name}`, file, errors);
}

function pointParts(section: DraftSection, file: string, errors: LecternError[]): Part[] | undefined {
  if (section.paragraphs.length > 0 || section.leadingListLines.length > 0) {
    errors.push(
      new LecternError('point 1 has no headline', {
        at: { file, line: section.leadingListLines[0] ?? section.paragraphs[0]?.line ?? section.line },
        hint: 'add a "## " heading above its key messages',
      }),
    );
  }
  if (section.parts.length === 0) {
    errors.push(
      new LecternError('the statement has no points', {
        at: { file, line: section.line },
        hint: 'under "# Points", add a "## " headline for each point, its key messages ("- …") and its text',
      }),
    );
    return undefined;
  }
  const offset = section.paragraphs.length > 0 || section.leadingListLines.length > 0 ? 1 : 0;
  const points = section.parts.map((part, index) => checkPart(part, `point ${index + 1 + offset}`, file, errors));
  return points.every((point) => point !== undefined) ? (points as Part[]) : undefined;
}

function checkPart(part: DraftPart, name: string, file: string, errors: LecternError[]): Part | undefined {
  const before = errors.length;
  const at = (line: number) => ({ file, line });
  if (part.headline.text === '') {
    errors.push(new LecternError(`${name} has no headline`, { at: at(part.headline.line), hint: 'write the headline after "## "' }));
  }
  for (const line of part.strayListLines) {
    const next = /^point (\d+)$/.exec(name);
    errors.push(
      next
        ? new LecternError(`point ${Number(next[1]) + 1} has no headline: its key messages run on from the text of ${name}`, {
            at: at(line),
            hint: 'add a "## " heading above its key messages',
          })
        : new LecternError(`key messages come after the full text of ${name}`, {
            at: at(line),
            hint: 'move them under the headline, above the text',
          }),
    );
  }
  if (part.keyMessages.length === 0) {
    errors.push(
      new LecternError(`${name} ("${part.headline.text}") has no key messages`, {
        at: at(part.headline.line),
        hint: 'add 2–4 lines starting with "- " under its headline',
      }),
    );
  }
  for (const message of part.keyMessages) {
    if (message.text === '') {
      errors.push(new LecternError(`${name} has an empty key message`, { at: at(message.line), hint: 'write it, or remove the "- "' }));
    }
  }
  if (part.paragraphs.length === 0) {
    errors.push(
      new LecternError(`${name} ("${part.headline.text}") has no full text`, {
        at: at(part.headline.line),
        hint: 'add the text as delivered, as paragraphs after its key messages',
      }),
    );
  }
  if (errors.length > before) return undefined;
  return { headline: part.headline, keyMessages: part.keyMessages, paragraphs: part.paragraphs, line: part.headline.line };
}
