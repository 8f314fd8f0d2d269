// Configuration is resolved once, from command-line options over defaults; nothing reads argv or env after this.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paper sizes the briefing and handout print on. */
export type Paper = 'a4' | 'letter';
export type HandoutLayout = 1 | 2 | 3;

/** What a user may set. Every key is optional; `defaultConfig` says what an unset key means. */
export interface Config {
  /**
   * The project folder: `content/`, `templates/`, `themes/` and `dist/` are found under it.
   * @defaultValue the current working directory
   */
  root: string;
  /** Where statements live, relative to `root`. @defaultValue `'content'` */
  contentDir: string;
  /**
   * Handlebars templates, relative to `root`. When the project has none, Lectern's own are used.
   * @defaultValue `'templates'`
   */
  templatesDir: string;
  /**
   * Theme folders, relative to `root`. Themes found here come before Lectern's own with the same name.
   * @defaultValue `'themes'`
   */
  themesDir: string;
  /** Build output, relative to `root`. @defaultValue `'dist'` */
  outDir: string;
  /** Content files to build. Empty means every `*.md` in `contentDir`. @defaultValue `[]` */
  files: readonly string[];
  /** A theme that overrides every statement's `theme:` field. @defaultValue none */
  theme: string | undefined;
  /**
   * A PowerPoint template (.pptx or .potx) for every deck.pptx, relative to `root`, in place of the one a theme names
   * with `pptx:`. @defaultValue none: the theme's template, or Lectern's own master
   */
  pptxTemplate: string | undefined;
  /** Also print PDFs with Chromium. @defaultValue `false` */
  pdf: boolean;
  /** Paper for the briefing and handout PDFs. @defaultValue `'a4'` */
  paper: Paper;
  /** Slides per handout page. @defaultValue `2` */
  handoutLayout: HandoutLayout;
  /** Chromium to print with; otherwise `CHROME_PATH`, then `chromium`, `chromium-browser`, `google-chrome` on PATH. @defaultValue none */
  browser: string | undefined;
  /** Speaking pace for delivery-time estimates. @defaultValue `130` */
  wordsPerMinute: number;
  /** Type size of the speaker's reading copy, in points: large enough to read at a lectern. @defaultValue `16` */
  readingSize: number;
  /** `lectern check` warns when a reading copy would run over this many pages. @defaultValue none */
  readingPages: number | undefined;
}

export const defaultConfig: Readonly<Config> = Object.freeze({
  root: process.cwd(),
  contentDir: 'content',
  templatesDir: 'templates',
  themesDir: 'themes',
  outDir: 'dist',
  files: [],
  theme: undefined,
  pptxTemplate: undefined,
  pdf: false,
  paper: 'a4',
  handoutLayout: 2,
  browser: undefined,
  wordsPerMinute: 130,
  readingSize: 16,
  readingPages: undefined,
});

/** Configuration after resolution: absolute paths, search paths settled, frozen. */
export interface ResolvedConfig {
  readonly root: string;
  readonly contentDir: string;
  readonly templatesDir: string;
  /** Searched in order for `<name>/theme.yaml`. */
  readonly themeDirs: readonly string[];
  readonly outDir: string;
  /** Absolute paths of the content files named on the command line; empty means all. */
  readonly files: readonly string[];
  readonly theme: string | undefined;
  /** Absolute path of the PowerPoint template given with `--pptx-template`. */
  readonly pptxTemplate: string | undefined;
  readonly pdf: boolean;
  readonly paper: Paper;
  readonly handoutLayout: HandoutLayout;
  readonly browser: string | undefined;
  readonly wordsPerMinute: number;
  readonly readingSize: number;
  readonly readingPages: number | undefined;
  /** Lectern's own install folder, where its templates, themes and npm packages are. */
  readonly packageRoot: string;
  /** `CHROME_PATH` from the environment: the browser to print with when `--browser` is not given. */
  readonly chromePath: string | undefined;
  /** `PATH` from the environment, where a browser is looked for last. */
  readonly searchPath: string;
}

/** Lectern's own folder: two levels above this module both in `src/` and in the compiled `lib/`. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Resolves `options` over the defaults; `env` (the process's environment) is read here and nowhere else. */
export function resolveConfig(options: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const config: Config = { ...defaultConfig, ...withoutUndefined(options) };
  const root = path.resolve(config.root);
  const inRoot = (dir: string) => path.resolve(root, dir);

  const projectTemplates = inRoot(config.templatesDir);
  const templatesDir = existsSync(projectTemplates) ? projectTemplates : path.join(packageRoot, 'templates');
  const themeDirs = [...new Set([inRoot(config.themesDir), path.join(packageRoot, 'themes')])].filter((dir) => existsSync(dir));

  return Object.freeze({
    root,
    contentDir: inRoot(config.contentDir),
    templatesDir,
    themeDirs: Object.freeze(themeDirs),
    outDir: inRoot(config.outDir),
    files: Object.freeze(config.files.map((file) => path.resolve(root, file))),
    theme: config.theme,
    pptxTemplate: config.pptxTemplate === undefined ? undefined : path.resolve(root, config.pptxTemplate),
    pdf: config.pdf,
    paper: config.paper,
    handoutLayout: config.handoutLayout,
    browser: config.browser,
    wordsPerMinute: config.wordsPerMinute,
    readingSize: config.readingSize,
    readingPages: config.readingPages,
    packageRoot,
    chromePath: env.CHROME_PATH,
    searchPath: env.PATH ?? '',
  });
}

/** Paths in messages are relative to the project root, as the user typed them. */
export function displayPath(config: Pick<ResolvedConfig, 'root'>, file: string): string {
  const relative = path.relative(config.root, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
