// The build pipeline: load, parse and validate, plan, render, write. Each step is one named call.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import { findContentFiles, readContentFile, type SourceFile } from './content/load.js';
import { parseStatement } from './content/parse.js';
import type { Statement } from './content/statement.js';
import { isLecternError, LecternError, splitErrors, throwIfAny } from './errors.js';
import { fitStatement, fontCacheDir } from './fit/index.js';
import { planBriefing } from './plan/briefing.js';
import { planDeck } from './plan/deck.js';
import { printDocuments } from './print/documents.js';
import { assetsDir, textFile, type OutputFile } from './render/output.js';
import { assetFiles, renderIndex, type IndexEntry } from './render/site.js';
import { statementTargets, type PlannedStatement, type RenderContext } from './render/targets.js';
import { loadTemplates } from './render/templates.js';
import { loadTheme, type ResolvedTheme } from './themes/load.js';
import { writeOutput, type OutputPlan } from './write/dist.js';

export interface BuildResult {
  readonly statements: readonly PlannedStatement[];
  readonly output: OutputPlan;
  /** Files written to the output folder; 0 for an in-memory build. */
  readonly written: number;
  readonly warnings: readonly string[];
}

/** Builds the configured statements into the output folder. Throws, having written nothing, on any mistake. */
export async function build(config: ResolvedConfig): Promise<BuildResult> {
  const result = await buildInMemory(config);
  const { written } = await writeOutput(config.outDir, result.output);
  return { ...result, written };
}

/** Everything a build would write, without writing it. */
export async function buildInMemory(config: ResolvedConfig): Promise<BuildResult> {
  const sources = await loadSources(config);
  const statements = parseStatements(sources, config);
  const themes = resolveThemes(statements, config);
  const templates = loadTemplates(config.templatesDir, config.root);
  const planned = await planStatements(statements, themes, config);
  const previous = await readManifest(config.outDir);
  const output = await renderOutputs(planned, [...themes.values()], { config, templates }, previous);
  const warnings = [...new Set([...themes.values()].flatMap((theme) => theme.warnings))];
  return { statements: planned, output, written: 0, warnings };
}

async function loadSources(config: ResolvedConfig): Promise<SourceFile[]> {
  const files = await findContentFiles(config);
  if (files.length === 0) {
    throw new LecternError('there are no statements to build', {
      kind: 'usage',
      at: { file: path.relative(config.root, config.contentDir) || '.' },
      hint: 'add a .md file per statement (see README.md, "Content format"), or run lectern import FILE.txt',
    });
  }
  return Promise.all(files.map((file) => readContentFile(config, file)));
}

/** Parses every file, collecting every file's mistakes so the author sees them all at once. */
function parseStatements(sources: readonly SourceFile[], config: ResolvedConfig): Statement[] {
  const errors: LecternError[] = [];
  const statements: Statement[] = [];
  for (const source of sources) {
    try {
      statements.push(parseStatement(source.source, source.file, { theme: config.theme }));
    } catch (error) {
      if (!isLecternError(error)) throw error;
      errors.push(...splitErrors(error));
    }
  }
  errors.push(...duplicateSlugErrors(statements));
  throwIfAny(errors);
  return statements;
}

/** Two content files whose names make the same output folder: the second of each pair is the mistake. */
export function duplicateSlugErrors(statements: readonly Pick<Statement, 'file' | 'slug'>[]): LecternError[] {
  const errors: LecternError[] = [];
  const seen = new Map<string, string>();
  for (const statement of statements) {
    const other = seen.get(statement.slug);
    if (other) {
      errors.push(
        new LecternError(`this file would be built into the same folder, dist/${statement.slug}/, as ${other}`, {
          at: { file: statement.file },
          hint: 'rename one of the two files',
        }),
      );
    }
    seen.set(statement.slug, statement.file);
  }
  return errors;
}

function resolveThemes(statements: readonly Statement[], config: ResolvedConfig): Map<string, ResolvedTheme> {
  const themes = new Map<string, ResolvedTheme>();
  const errors: LecternError[] = [];
  for (const statement of statements) {
    if (themes.has(statement.theme)) continue;
    try {
      themes.set(statement.theme, loadTheme(statement.theme, config, statement.themeAt));
    } catch (error) {
      if (!isLecternError(error)) throw error;
      errors.push(...splitErrors(error));
    }
  }
  throwIfAny(errors);
  return themes;
}

/** Plans and fits each statement, collecting every file's mistakes. */
async function planStatements(
  statements: readonly Statement[],
  themes: ReadonlyMap<string, ResolvedTheme>,
  config: ResolvedConfig,
): Promise<PlannedStatement[]> {
  const errors: LecternError[] = [];
  const planned: PlannedStatement[] = [];
  for (const statement of statements) {
    try {
      planned.push(await planStatement(statement, themes.get(statement.theme)!, config));
    } catch (error) {
      if (!isLecternError(error)) throw error;
      errors.push(...splitErrors(error));
    }
  }
  throwIfAny(errors);
  return planned;
}

/** Plans a statement's deck and briefing, then fits them to the slide and the page. */
export async function planStatement(statement: Statement, theme: ResolvedTheme, config: ResolvedConfig): Promise<PlannedStatement> {
  const pace = { wordsPerMinute: config.wordsPerMinute };
  const plan = { statement, deck: planDeck(statement, pace), briefing: planBriefing(statement, pace) };
  const { deck, briefing } = await fitStatement(plan, theme, { cacheDir: fontCacheDir(config) });
  return { statement, deck, briefing, theme };
}

async function renderOutputs(
  planned: readonly PlannedStatement[],
  themes: readonly ResolvedTheme[],
  context: RenderContext,
  previous: Manifest,
): Promise<OutputPlan> {
  const statements = new Map<string, OutputFile[]>();
  const entries = new Map<string, IndexEntry>(context.config.files.length > 0 ? Object.entries(previous.statements) : []);
  for (const statement of planned) {
    const files: OutputFile[] = [];
    for (const target of statementTargets) files.push(...(await target.render(statement, context)));
    statements.set(statement.statement.slug, files);
    entries.set(statement.statement.slug, indexEntry(statement, context.config));
  }
  const remove = Object.keys(previous.statements).filter((slug) => !entries.has(slug));
  const site = renderSite([...entries.values()], themes, context);
  return { statements, site, remove };
}

/** What the output folder holds besides the statements' own folders: the index, the shared assets, the manifest. */
export function renderSite(entries: readonly IndexEntry[], themes: readonly ResolvedTheme[], context: RenderContext): OutputFile[] {
  const manifest: Manifest = { version: 1, statements: Object.fromEntries(entries.map((entry) => [entry.slug, entry])) };
  return [
    renderIndex(entries, context.templates),
    ...assetFiles(themes, context.config.templatesDir, context.config.packageRoot),
    textFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`),
  ];
}

export function indexEntry({ statement, deck }: PlannedStatement, config: ResolvedConfig): IndexEntry {
  const { meta } = deck;
  return {
    slug: statement.slug,
    file: statement.file,
    theme: statement.theme,
    meta: {
      title: meta.title,
      event: meta.event,
      organization: meta.organization,
      speaker: meta.speaker,
      date: meta.date,
      dateText: meta.dateText,
      lang: meta.lang,
      dir: meta.dir,
    },
    outputs: [
      ...statementTargets.flatMap((target) =>
        target.files.map((file) => ({ label: outputLabel(target.label, file), href: `${statement.slug}/${file}` })),
      ),
      ...(config.pdf ? printDocuments.map((pdf) => ({ label: pdf.label, href: `${statement.slug}/${pdf.file}` })) : []),
    ],
  };
}

function outputLabel(targetLabel: string, file: string): string {
  if (file.endsWith('.md')) return 'Marp Markdown';
  if (file.endsWith('.pdf')) return `${targetLabel} (PDF)`;
  return targetLabel;
}

/** What the last build wrote: the index of a partial build lists the statements it did not rebuild. */
export interface Manifest {
  readonly version: 1;
  readonly statements: Readonly<Record<string, IndexEntry>>;
}

const manifestPath = `${assetsDir}/manifest.json`;

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, manifestPath), 'utf8')) as Manifest;
    return manifest.version === 1 ? manifest : { version: 1, statements: {} };
  } catch {
    return { version: 1, statements: {} };
  }
}
