// `lectern import FILE.txt`: turn the raw text of a statement into a content file, and say what was found.
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { displayPath, resolveConfig } from '../config.js';
import { isLecternError, LecternError, splitErrors } from '../errors.js';
import type { ImportResult } from '../import/import.js';
import type { Logger } from '../log.js';
import { readRegularFile } from '../read-file.js';
import type { CommandContext } from './context.js';

interface ImportOptions {
  out?: string;
  force: boolean;
}

export function registerImport(program: Command, { io }: CommandContext): void {
  program
    .command('import')
    .description('turn the raw text of a statement (pasted from a web page, an e-mail or a PDF) into a content file')
    .argument('<file>', 'the text file: UTF-8 or UTF-16, at most 1 MiB')
    .addOption(new Option('-o, --out <path>', 'folder to write <name>.md into, or the .md file to write (default: content/)'))
    .addOption(new Option('-f, --force', 'replace the content file if it exists').default(false))
    .action(async (file: string, options: ImportOptions) => {
      const config = resolveConfig({ root: io.cwd });
      const { importStatement } = await import('../import/import.js');
      const [{ parseStatement }, { slugOf }] = await Promise.all([import('../content/parse.js'), import('../content/slug.js')]);
      const input = path.resolve(config.root, file);
      const shown = displayPath(config, input);
      const result = importStatement(await readInput(input, shown), shown);
      const out = options.out ? path.resolve(config.root, options.out) : config.contentDir;
      // `--out` names a .md file, or the folder for `<name of the text file>.md`.
      const target = out.toLowerCase().endsWith('.md') ? out : path.join(out, `${slugOf(path.basename(input, path.extname(input)))}.md`);
      const written = displayPath(config, target);
      await writeContent(target, result.content, options.force, written);
      report(result, written, io.logger, buildProblems(() => parseStatement(result.content, written)));
    });
}

async function readInput(file: string, shown: string): Promise<Uint8Array> {
  const { maxImportBytes, tooLarge } = await import('../import/decode.js');
  try {
    return await readRegularFile(file, maxImportBytes, {
      notAFile: (what) => new LecternError(`this is ${what}, not a text file`, { kind: 'usage', at: { file: shown }, hint: 'name the .txt file to import' }),
      tooLarge: (size) => tooLarge(size, shown),
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

/** Never replaces a file unless told to; with --force, replaces it whole (written aside, then renamed over it). */
async function writeContent(target: string, content: string, force: boolean, shown: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  if (!force) {
    let handle;
    try {
      handle = await open(target, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      throw new LecternError('the file already exists and lectern import does not replace it', {
        kind: 'usage',
        at: { file: shown },
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
    return;
  }
  const aside = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(aside, content);
    await rename(aside, target);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
}

function report({ statement, languageSure }: ImportResult, file: string, logger: Logger, problems: readonly string[]): void {
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
