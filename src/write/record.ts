// dist/.lectern/manifest.json: Lectern's record of the output folder. It marks the folder as Lectern's, lists every
// file Lectern wrote there (so it removes nothing else), and says what each statement was built from (so the next
// build can skip it). Read back from disk it is untrusted input, like a content file: a folder received from someone
// else may hold any manifest, so every slug and path in it is validated before it is believed.
import * as z from 'zod/mini';
import { slugOf } from '../content/slug.js';
import { LecternError } from '../errors.js';
import { assetsDir } from '../render/output.js';

/** Lectern's own folder inside the output folder: the record, the lock, the journal and the staging folders. */
export const stateDir = '.lectern';
export const recordPath = `${stateDir}/manifest.json`;
export const indexPath = 'index.html';

/** One statement as the last build left it. */
export interface StatementRecord {
  readonly slug: string;
  /** Its content file, relative to the project root, `/`-separated. */
  readonly file: string;
  readonly theme: string;
  readonly meta: {
    readonly title: string;
    /** Each of these is left out when the statement's header has none. */
    readonly event?: string | undefined;
    readonly organization?: string | undefined;
    readonly speaker?: string | undefined;
    readonly date?: string | undefined;
    /** Empty without a date. */
    readonly dateText: string;
    readonly lang: string;
    readonly dir: 'ltr' | 'rtl';
  };
  /** Digest of everything its files were built from; a build with the same key has nothing to do. */
  readonly key?: string | undefined;
  /** The files Lectern wrote in `<slug>/`, by name: the pages, and the PDFs once printed. */
  readonly files: readonly string[];
}

export interface OutputRecord {
  /** Digest of what every output shares (Lectern, its options, the templates, the themes) when the site was written. */
  readonly inputs?: string | undefined;
  /** The files Lectern wrote outside the statements' folders: `index.html` and `_assets/…`. */
  readonly site: readonly string[];
  readonly statements: Readonly<Record<string, StatementRecord>>;
}

export const emptyRecord: OutputRecord = Object.freeze({ site: [], statements: {} });

const formatVersion = 3;

/** A file name Lectern could have written in a statement's folder: one plain name, never a path. */
export function isPlainName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && name.length <= 255 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** The build's own slug rule: what `slugOf` makes of a name is a slug exactly when it is that name. */
export function isSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && slug.length > 0 && slug.length <= 200 && slugOf(`${slug}.md`) === slug;
}

/** A site file: `index.html`, or a path of plain names under `_assets/`. */
export function isSitePath(file: string): boolean {
  if (file === indexPath) return true;
  const [first, ...rest] = file.split('/');
  return first === assetsDir && rest.length > 0 && rest.every(isPlainName);
}

const text = z.string();
const recordSchema = z.strictObject({
  lectern: z.literal(formatVersion),
  inputs: z.optional(text),
  site: z.array(z.string().check(z.refine(isSitePath, { error: 'is not index.html or a file under _assets/' }))),
  statements: z.record(
    z.string(),
    z.strictObject({
      slug: text,
      file: text,
      theme: text,
      meta: z.strictObject({
        title: text,
        event: z.optional(text),
        organization: z.optional(text),
        speaker: z.optional(text),
        date: z.optional(text),
        dateText: text,
        lang: text,
        dir: z.enum(['ltr', 'rtl']),
      }),
      key: z.optional(text),
      files: z.array(z.string().check(z.refine(isPlainName, { error: 'is not a file name' }))),
    }),
  ),
});

/**
 * The record as read from disk, validated: every slug follows the build's rule and every path stays inside the output
 * folder. Throws, naming the record, on anything else; the caller then changes nothing.
 */
export function parseRecord(json: string, shownPath: string): OutputRecord {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw damaged(shownPath, 'it is not valid JSON', error);
  }
  const result = recordSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    throw damaged(shownPath, `${where ? `${where} ` : ''}${issue.message}`);
  }
  const { inputs, site, statements } = result.data;
  for (const [slug, entry] of Object.entries(statements)) {
    if (!isSlug(slug)) throw damaged(shownPath, `statements.${slug} is not a statement folder name Lectern makes`);
    if (entry.slug !== slug) throw damaged(shownPath, `statements.${slug} says its folder is "${entry.slug}"`);
  }
  return { inputs, site, statements };
}

function damaged(shownPath: string, reason: string, cause?: unknown): LecternError {
  return new LecternError(`this is not a record Lectern wrote: ${reason}; nothing was changed`, {
    kind: 'usage',
    at: { file: shownPath },
    hint: 'if this output folder came from elsewhere, delete it (or choose another with --out) and build again',
    cause,
  });
}

/** The record as written: statements and files sorted, so the same build always writes the same bytes. */
export function serializeRecord(record: OutputRecord): string {
  const statements = Object.fromEntries(
    Object.keys(record.statements)
      .sort()
      .map((slug) => {
        const { file, theme, meta, key, files } = record.statements[slug]!;
        const { title, event, organization, speaker, date, dateText, lang, dir } = meta;
        const entry = { slug, file, theme, meta: { title, event, organization, speaker, date, dateText, lang, dir }, key };
        return [slug, { ...entry, files: [...new Set(files)].sort() }];
      }),
  );
  const site = [...new Set(record.site)].sort();
  return `${JSON.stringify({ lectern: formatVersion, inputs: record.inputs, site, statements }, null, 2)}\n`;
}
