// The fidelity corpus and what each printed output must hold: statements built with `lectern pdf` as a user builds
// them, once per theme and paper, and the text each output owes its statement, read from the plan.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Paper } from '../../src/config.js';
import type { PlannedStatement } from '../../src/plan/statement.js';
import type { Output } from '../../src/render/output.js';
import { outputs } from '../../src/render/outputs.js';
import type { CliRun } from './cli.js';
import { buildInMemory } from './outputs.js';
import { createProject, fixturesDir, repoRoot, shippedFile, type TestProject } from './project.js';

/** The statements every output is checked on: the shipped one, and one for each way a statement can be hard. */
export const corpus: readonly { readonly name: string; readonly file: string }[] = [
  { name: 'shipped', file: shippedFile },
  { name: 'stress', file: path.join(fixturesDir, 'fidelity-stress', 'content', 'fidelity-stress.md') },
  { name: 'arabic', file: path.join(fixturesDir, 'fidelity-arabic', 'content', 'fidelity-arabic.md') },
  { name: 'url-emoji', file: path.join(fixturesDir, 'fidelity-url-emoji', 'content', 'fidelity-url-emoji.md') },
];

/** Every shipped theme: a folder of themes/ with a theme.yaml. */
export const themes: readonly string[] = readdirSync(path.join(repoRoot, 'themes'))
  .filter((name) => existsSync(path.join(repoRoot, 'themes', name, 'theme.yaml')))
  .sort();

export const papers: readonly Paper[] = ['a4', 'letter'];

/** The font families a theme bundles: its body, heading and Arabic families. */
export function themeFamilies(theme: string): string[] {
  const tokens = parseYaml(readFileSync(path.join(repoRoot, 'themes', theme, 'theme.yaml'), 'utf8')) as { fonts: Record<string, string> };
  return [...new Set(Object.values(tokens.fonts))];
}

/** Every output that Lectern prints to PDF, from the outputs table: a new output is checked as soon as it is listed. */
export interface PrintedOutput {
  readonly output: Output;
  readonly name: string;
  /** The page as a reader opens it, in dist/<slug>/. */
  readonly html: string;
  readonly pdf: string;
}

export const printedOutputs: readonly PrintedOutput[] = outputs.flatMap((output) => {
  if (!output.pdf) return [];
  const html = output.pdf.source.replace(/[?#].*$/, '');
  return [{ output, name: output.name, html, pdf: output.pdf.file }];
});

/** One slide a page, in the deck's order: the PDF's page n is slide n. */
export const slideOutputs: ReadonlySet<string> = new Set(['deck', 'marp']);

export interface FidelityCase {
  readonly theme: string;
  readonly paper: Paper;
  readonly label: string;
  readonly project: TestProject;
  readonly run: CliRun;
  readonly seconds: number;
  /** Each statement's plan, as the build fitted it in this theme, by corpus name. */
  readonly plans: ReadonlyMap<string, PlannedStatement>;
  /** dist/<slug>/ of a statement, by corpus name. */
  folder(name: string): string;
}

/** Builds the whole corpus with `lectern pdf --theme T --paper P` in a scratch project: one run, every statement. */
export async function buildCase(theme: string, paper: Paper): Promise<FidelityCase> {
  const project = createProject();
  mkdirSync(path.join(project.root, 'content'), { recursive: true });
  const slugs = new Map<string, string>();
  for (const { name, file } of corpus) {
    cpSync(file, path.join(project.root, 'content', path.basename(file)));
    slugs.set(name, path.basename(file, '.md'));
  }
  const started = performance.now();
  const run = await runCliAsync(['pdf', '--theme', theme, '--paper', paper], project.root);
  const seconds = (performance.now() - started) / 1000;
  const label = `${theme} · ${paper}`;
  if (run.code !== 0) throw new Error(`lectern pdf --theme ${theme} --paper ${paper} exited ${run.code}:\n${run.stderr}`);
  const built = await buildInMemory(project.config({ theme, paper }));
  const plans = new Map<string, PlannedStatement>();
  for (const [name, slug] of slugs) {
    const plan = built.plans.find((planned) => planned.deck.slug === slug);
    if (!plan) throw new Error(`no plan for ${slug}`);
    plans.set(name, plan);
  }
  return { theme, paper, label, project, run, seconds, plans, folder: (name) => path.join(project.root, 'dist', slugs.get(name)!) };
}

/** `lectern ARGS` as a child process, as runCli runs it, without blocking: the next build runs while this one is checked. */
function runCliAsync(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'lectern.mjs'), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A piece of the statement an output must hold, and where. */
export interface Expected {
  /** What it is, for a failure message: "slide 3 headline", "slide 4 notes, paragraph 2, sentence 1". */
  readonly what: string;
  readonly text: string;
  /** 1-based page it must be on; undefined when anywhere in the document will do. */
  readonly page?: number;
}

/**
 * What each printed output owes its statement, word for word, by the output's name in the outputs table. An output
 * missing here is reported by the text check, so a new output says what it must show before it passes.
 */
const owed: Readonly<Record<string, (planned: PlannedStatement) => Expected[]>> = {
  // One slide a page: each slide's text on its own page.
  deck: (planned) => slideText(planned, true),
  marp: (planned) => slideText(planned, true),
  // The title, and each part's headline and key messages, the conclusion's being the ask.
  briefing: ({ deck, briefing }) => {
    const parts = [
      { name: 'introduction', part: briefing.introduction },
      ...briefing.points.map((part, index) => ({ name: `point ${index + 1}`, part })),
      { name: 'the ask', part: briefing.ask },
    ];
    return [
      { what: 'title', text: deck.meta.title },
      ...parts.flatMap(({ name, part }) => [
        { what: `${name} headline`, text: part.headline },
        ...part.keyMessages.map((message, n) => ({ what: `${name} key message ${n + 1}`, text: message })),
      ]),
    ];
  },
  // Every slide as the deck draws it, and every sentence of its notes.
  handout: (planned) => [...slideText(planned, false), ...notesText(planned)],
  // The text the speaker reads and the interpreters follow: every sentence of the statement.
  reading: notesText,
  interpreters: notesText,
};

/** What a statement's printed output must hold; undefined for an output no one has said yet. */
export function expectedText(output: PrintedOutput, planned: PlannedStatement): Expected[] | undefined {
  return owed[output.name]?.(planned);
}

function slideText({ deck }: PlannedStatement, onItsPage: boolean): Expected[] {
  const meta = deck.meta;
  return deck.slides.flatMap((slide, index) => {
    const page = onItsPage ? index + 1 : undefined;
    const where = `slide ${index + 1} (${slide.id})`;
    const items: Expected[] = [];
    if (slide.marker) items.push({ what: `${where} marker`, text: slide.marker, page });
    items.push({ what: `${where} headline`, text: slide.headline, page });
    slide.keyMessages.forEach((message, n) => items.push({ what: `${where} key message ${n + 1}`, text: message, page }));
    if (slide.kind === 'title' || slide.kind === 'closing') {
      if (meta.speaker) items.push({ what: `${where} speaker`, text: meta.speaker, page });
      if (meta.organization) items.push({ what: `${where} organization`, text: meta.organization, page });
    }
    if (slide.kind === 'title' && meta.panel) items.push({ what: `${where} panel`, text: meta.panel, page });
    return items;
  });
}

function notesText({ deck }: PlannedStatement): Expected[] {
  return deck.slides.flatMap((slide, index) =>
    slide.notes.flatMap((paragraph, p) =>
      sentences(paragraph, deck.meta.lang).map((sentence, s) => ({
        what: `slide ${index + 1} (${slide.id}) notes, paragraph ${p + 1}, sentence ${s + 1}`,
        text: sentence,
      })),
    ),
  );
}

function sentences(paragraph: string, lang: string): string[] {
  // A sentence break the segmenter finds inside a word ("…/annex?topic=…" in an address) is no break.
  const segments = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(paragraph)].map((part) => part.segment);
  const joined: string[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last !== undefined && !/\s$/.test(last)) joined[joined.length - 1] = last + segment;
    else joined.push(segment);
  }
  return joined.map((sentence) => sentence.trim()).filter(Boolean);
}

/**
 * Emoji, and what a PDF gives back for them. Lectern bundles no emoji font: Chromium prints emoji in the machine's
 * colour emoji font, as Type 3 glyphs, and pdf.js reads a keycap or a flag back as a private-use character and drops
 * a skin tone. The one outline emoji font on npm (Noto Emoji) reads keycaps back no better and has no skin tones, and
 * would set every emoji in one colour on screen. Emoji carry no words a reader searches for, so the text is compared
 * without them, and the emoji font is the one font a PDF may hold that its theme does not bundle.
 */
const emoji = /[0-9#*]\ufe0f?\u20e3|[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Co}\u20e3\u200d\ufe0f]/gu;

/** The text without its emoji (see `emoji`). */
export function withoutEmoji(text: string): string {
  return text.replace(emoji, '');
}

/**
 * Text as a reader searches it: compatibility forms folded (ligatures, Arabic presentation forms), emoji and
 * invisible characters dropped (joiners, variation selectors, soft hyphens, the NULs Chromium writes for marks),
 * lower case, and each run of white space one space, or one line break if it holds one.
 */
export function searchable(text: string): string {
  return (
    withoutEmoji(text.normalize('NFKC'))
      // Source Serif 4 (the print theme) draws ’ with the glyph of ʼ (U+02BC), and pdf.js reads it back as ʼ.
      .replace(/\u02bc/g, '’')
      .replace(/[\u0000\u00ad\u200b-\u200f\u2060\ufe0e\ufe0f]/g, '')
      .toLowerCase()
      // A mark drawn on its own after a space (Arabic tanwin, a combining accent) belongs to the letter before it.
      .replace(/(\s+)(\p{M}+)/gu, '$2$1')
      .replace(/\s+/g, (space) => (space.includes('\n') ? '\n' : ' '))
      .trim()
  );
}

/**
 * True when `needle`'s words are in `haystack` in order, as words: separated by white space, each whole, though a
 * word may be broken over two lines (a long address wraps inside it; a hyphenated word keeps or gains its hyphen).
 * Spaces inside a word ("B R IEF ING") or words run together fail.
 */
export function containsWords(haystack: string, needle: string): boolean {
  const words = searchable(needle).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = (w: string) => [...w].map(escape).join('(?:-?\\n)?');
  return new RegExp(`(?:^|\\s)${words.map(word).join('\\s+')}(?=\\s|$)`, 'u').test(searchable(haystack));
}

/**
 * A document's lines as one text, pages in order, without the page furniture that would cut a sentence running
 * from one page onto the next: the lines every page repeats (a running title, "2 / 4"), digits aside.
 */
export function documentText(pages: readonly { readonly lines: readonly string[] }[], furniture: readonly string[] = []): string {
  const key = (line: string) => searchable(line).replace(/[\p{N}]+/gu, '#');
  // A running head or foot: on every page, or on every page but the first (which a handout begins without the title).
  const repeated = new Set<string>(furniture.map(key));
  if (pages.length > 1) {
    const counts = new Map<string, number>();
    for (const page of pages) for (const line of new Set(page.lines.map(key))) counts.set(line, (counts.get(line) ?? 0) + 1);
    const least = pages.length >= 3 ? pages.length - 1 : pages.length;
    for (const [line, count] of counts) if (count >= least) repeated.add(line);
  }
  return pages.map((page) => page.lines.filter((line) => !repeated.has(key(line))).join('\n')).join('\n');
}

/** The part of a statement a failure is about, short enough for a one-line message. */
export function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
