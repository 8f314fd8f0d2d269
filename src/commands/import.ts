// `lectern import FILE`: turn a statement as it arrives (text, Word .docx or PDF) into a content file, and say what was
// found and what was not.
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { displayPath, resolveConfig } from '../config.js';
import type { Warning } from '../check/lint.js';
import { formatLocation, isLecternError, LecternError, splitErrors, type Location } from '../errors.js';
import type { ImportResult } from '../import/import.js';
import type { Logger } from '../log.js';
import { kindOf, readRegularFile } from '../read-file.js';
import { writeWhole } from '../write/whole.js';
import type { CommandContext } from './context.js';

interface ImportOptions {
  out?: string;
  force: boolean;
}

export function registerImport(program: Command, { io }: CommandContext): void {
  program
    .command('import')
    .description('turn a statement as it arrives (a text file, a Word .docx or a PDF) into a content file')
    .argument('<file>', 'the statement: a text file (UTF-8 or UTF-16, at most 1 MiB), a Word .docx or a PDF (at most 20 MiB)')
    .addOption(new Option('-o, --out <path>', 'folder to write <name>.md into, or the .md file to write (default: content/)'))
    .addOption(new Option('-f, --force', 'replace the content file if it exists').default(false))
    .action(async (file: string, options: ImportOptions) => {
      const config = resolveConfig({ root: io.cwd });
      const { importFile } = await import('../import/document.js');
      const [{ parseStatement }, { slugOf }] = await Promise.all([import('../content/parse.js'), import('../content/slug.js')]);
      const input = path.resolve(config.root, file);
      const shown = displayPath(config, input);
      const result = await importFile(await readInput(input, shown), shown);
      const out = options.out ? path.resolve(config.root, options.out) : config.contentDir;
      // `--out` names a .md file, or the folder for `<name of the text file>.md`.
      const target = out.toLowerCase().endsWith('.md') ? out : path.join(out, `${slugOf(path.basename(input, path.extname(input)))}.md`);
      const written = displayPath(config, target);
      await writeContent(target, result.content, options.force, (file) => displayPath(config, file));
      const [{ headerWarnings }, { headerFields }] = await Promise.all([import('../check/lint.js'), import('../content/schema.js')]);
      // Each field it could not find, as lectern check lists them (a title it drafted is in the file, marked as a draft).
      const { fields, fallbackTitle } = result.statement;
      const missing = headerFields.filter((field) => fields[field] === undefined && !(field === 'title' && fallbackTitle));
      report(
        result,
        written,
        io.logger,
        headerWarnings({ file: written, missing }),
        buildProblems(() => parseStatement(result.content, written)),
      );
      io.keepCompiledCode?.();
    });
}

async function readInput(file: string, shown: string): Promise<Uint8Array> {
  const { tooLarge } = await import('../import/decode.js');
  const { maxBytesFor } = await import('../import/document.js');
  try {
    return await readRegularFile(file, maxBytesFor(file), {
      notAFile: (what) =>
        new LecternError(`this is ${what}, not a text file`, { kind: 'usage', at: { file: shown }, hint: 'name the .txt, .docx or .pdf file to import' }),
      tooLarge: (size) => tooLarge(size, shown, maxBytesFor(file)),
    });
  } catch (error) {
    if (isLecternError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new LecternError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`, {
      kind: code === 'ENOENT' ? 'usage' : 'input',
      at: { file: shown },
      hint: code === 'ENOENT' ? 'check the path of the text file to import' : 'check its permissions',
      cause: error,
    });
  }
}

/**
 * Never replaces a file unless told to, and then only a file: with --force, it is replaced whole (written aside, then
 * renamed over it). `show` gives a path as messages show it.
 */
async function writeContent(target: string, content: string, force: boolean, show: (file: string) => string): Promise<void> {
  const at = { file: show(target) };
  try {
    await mkdir(path.dirname(target), { recursive: true });
    const existing = await stat(target).catch(() => undefined);
    if (existing && !existing.isFile()) {
      throw new LecternError(`this is ${kindOf(existing)}, not a file`, {
        kind: 'usage',
        at,
        hint: 'give --out the .md file to write, or a folder whose name does not end in .md',
      });
    }
    if (force) await writeWhole(target, content);
    else await writeNewFile(target, content, at);
  } catch (error) {
    if (isLecternError(error)) throw error;
    throw await cannotWrite(error as NodeJS.ErrnoException, target, show);
  }
}

async function writeNewFile(target: string, content: string, at: Location): Promise<void> {
  let handle;
  try {
    handle = await open(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new LecternError('the file already exists and lectern import does not replace it', {
      kind: 'usage',
      at,
      hint: 'pass --force to replace it, or --out to write elsewhere',
    });
  }
  try {
    await handle.writeFile(content);
    await handle.close();
  } catch (error) {
    await handle.close();
    await rm(target, { force: true });
    throw error;
  }
}

/** What the file system said, as a mistake in --out (exit 2), or as a full disk (exit 3). */
async function cannotWrite(error: NodeJS.ErrnoException, target: string, show: (file: string) => string): Promise<LecternError> {
  const file = await fileInTheWay(path.dirname(target));
  if (file) {
    return new LecternError('this is a file, not a folder', {
      kind: 'usage',
      at: { file: show(file) },
      hint: `give --out a folder to write ${path.basename(target)} into, or the .md file to write`,
      cause: error,
    });
  }
  const full = error.code === 'ENOSPC' || error.code === 'EDQUOT';
  return new LecternError(`cannot write the file (${error.code ?? error.message})`, {
    kind: full ? 'environment' : 'usage',
    at: { file: show(target) },
    hint: full ? 'free some space on the disk, or give --out another place' : 'give --out a folder you can write in, or check its permissions',
    cause: error,
  });
}

/** A file where the path to `dir` needs a folder: `notes.txt` for `notes.txt/drafts`. */
async function fileInTheWay(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : at;
    if (at === path.dirname(at)) return undefined;
  }
}

function report(
  { statement, languageSure, content }: ImportResult,
  file: string,
  logger: Logger,
  warnings: readonly Warning[],
  problems: readonly string[],
): void {
  const found = [
    statement.salutation.length > 0 && 'salutation',
    statement.introduction && 'introduction',
    `${statement.points.length} point${statement.points.length === 1 ? '' : 's'}`,
    statement.conclusion && 'conclusion',
    statement.closing.length > 0 && 'closing',
  ].filter(Boolean);
  const { fields } = statement;
  const who = [
    fields.speaker && `speaker: ${fields.speaker}${fields.role ? `, ${fields.role}` : ''}`,
    fields.organization && `organization: ${fields.organization}`,
    fields.date && `date: ${fields.date}`,
    `lang: ${statement.lang}`,
  ].filter(Boolean);
  logger.info(`Wrote ${file}: ${found.join(', ')}; ${who.join('; ')}`);

  // The fields it could not find, as lectern check lists them: the outputs leave each out.
  for (const warning of warnings) logger.warn(`${formatLocation(warning.at)}: ${warning.message}`);
  const lines = content.split('\n');
  if (statement.fallbackTitle) {
    const line = lines.findIndex((text) => text.startsWith('title: ')) + 1;
    logger.warn(`${file}:${line}: no title found in the text; the title is a draft from ${statement.fallbackTitle.from}: edit it`);
  }
  if (statement.pointsFound === 'grouped') {
    logger.warn(
      `nothing in the text marks the points, so the paragraphs are grouped into ${statement.points.length} draft point${statement.points.length === 1 ? '' : 's'} in ${file}: check where each starts`,
    );
  }
  if (statement.points.length === 0) {
    logger.warn(
      `no points found (no "First, …", "Secondly, …", "1.", "II." …): the whole text is under "# Introduction" in ${file}. ` +
        'To mark the points by hand, give each one a "## " headline, 2–4 key messages ("- …") and its paragraphs under "# Points"; ' +
        'the note at the top of the file says how',
    );
  }
  if (!languageSure) logger.warn(`could not tell the language of the text; wrote lang: ${statement.lang}: correct it in ${file} if it is wrong`);
  if (statement.unusedHeaderLines.length > 0) {
    logger.info(`${statement.unusedHeaderLines.length} header line(s) matched no field: they are listed in a note at the top of ${file}`);
  }
  logger.info('Headlines and key messages are drafts cut from the text, each marked with a "draft" note: edit them.');

  if (problems.length === 0) logger.info('The file builds as it is: run lectern build.');
  else {
    logger.warn(`before ${file} builds, fix ${problems.length === 1 ? 'this' : 'these'}:`);
    for (const problem of problems) logger.warn(`  ${problem}`);
  }
}

/** What `lectern build` would say about the file: the same checks, so the advice cannot drift from them. */
function buildProblems(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (!isLecternError(error)) throw error;
    return splitErrors(error).map((problem) => problem.format());
  }
}
