// Loads the Handlebars templates and partials from templates/, and renders them with errors that name the template.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The runtime only: enough to run precompiled templates. The compiler is loaded when a template needs compiling.
import Handlebars from 'handlebars/runtime.js';
import { displayPath } from '../config.js';
import { LecternError } from '../errors.js';
import type { ValueCache } from './output.js';

export interface TemplateSet {
  readonly dir: string;
  /** Renders `templates/<name>.hbs`. */
  render(name: string, view: object): string;
}

/** Handlebars with its compiler. */
type HandlebarsEnv = typeof import('handlebars');
type AstNode = { type?: string; escaped?: boolean; loc?: { start: { line: number } } } & Record<string, unknown>;

/**
 * Reads and compiles the templates `names` (`templates/<name>.hbs`) and every partial, so a syntax error anywhere fails
 * the build before anything is written. Markdown templates (`*.md.hbs`) are compiled without HTML escaping: their
 * renderer escapes text for Markdown first. With a `cache`, each compiled template is kept by its text, so a later
 * build needs only Handlebars' small runtime: the compiler is loaded only for a template that changed.
 */
export async function loadTemplates(dir: string, names: readonly string[], root: string, cache?: ValueCache): Promise<TemplateSet> {
  const env = Handlebars.create();
  registerHelpers(env);
  const shown = (file: string) => displayPath({ root }, file);

  const partialsDir = path.join(dir, 'partials');
  const partials = safeReaddir(partialsDir)
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => ({ name: name.slice(0, -'.hbs'.length), file: path.join(partialsDir, name), options: {} }));
  const templates = names
    .map((name) => ({ name, file: path.join(dir, `${name}.hbs`), options: { noEscape: name.endsWith('.md'), preventIndent: true, strict: false } }))
    // A target whose template is missing says so when it is used.
    .filter(({ file }) => existsSync(file));

  const compiler = lazyCompiler();
  const compile = async ({ file, options }: { file: string; options: PrecompileOptions }) =>
    env.template(await compiledSpec({ file, shown: shown(file), source: readFileSync(file, 'utf8') }, options, cache, compiler));
  for (const partial of partials) env.registerPartial(partial.name, await compile(partial));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const template of templates) compiled.set(template.name, await compile(template));

  return {
    dir,
    render(name, view) {
      const file = shown(path.join(dir, `${name}.hbs`));
      const template = compiled.get(name);
      if (!template) {
        throw new LecternError('the template is missing', {
          at: { file },
          hint: `restore it from Lectern's templates/${name}.hbs`,
        });
      }
      try {
        return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (error) {
        throw new LecternError(`the template failed: ${(error as Error).message}`, {
          at: { file },
          hint: 'check the partials and helpers it uses',
          cause: error,
        });
      }
    },
  };
}

/** Handlebars' compiler (parser, code generator), loaded the first time a template is not in the cache. */
type Compiler = () => Promise<HandlebarsEnv>;

function lazyCompiler(): Compiler {
  let loading: Promise<HandlebarsEnv> | undefined;
  return () => (loading ??= import('handlebars').then((module) => module.default));
}

/**
 * A template compiled to Handlebars' precompiled form: from the cache when this exact text (with these options, by
 * this version of Handlebars) was compiled before; otherwise parsed, checked, compiled, and kept for next time.
 */
async function compiledSpec(
  template: { file: string; shown: string; source: string },
  options: PrecompileOptions,
  cache: ValueCache | undefined,
  compiler: Compiler,
): Promise<TemplateSpecification> {
  const key = `${createHash('sha256')
    .update(`${Handlebars.VERSION}\0${JSON.stringify(options)}\0`)
    .update(template.source)
    .digest('hex')
    .slice(0, 32)}.js`;
  const cached = cache?.read(key);
  if (cached !== undefined) {
    try {
      return specFrom(cached);
    } catch {
      // damaged: compile it again
    }
  }
  const handlebars = await compiler();
  const spec = handlebars.precompile(parseTemplate(handlebars, template.shown, template.source), options) as string;
  cache?.write(key, spec);
  return specFrom(spec);
}

/** Precompiled Handlebars is JavaScript that evaluates to the template's specification. */
function specFrom(source: string): TemplateSpecification {
  return new Function(`return (${source});`)() as TemplateSpecification;
}

function parseTemplate(env: HandlebarsEnv, shown: string, source: string): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? (error as { lineNumber?: number }).lineNumber ?? 1);
    const reason = message.split('\n').at(-1) ?? message;
    throw new LecternError(`Handlebars syntax error: ${reason}`, {
      at: { file: shown, line },
      hint: 'check that every {{#if}}, {{#each}} and {{#with}} is closed and every {{ has its }}',
      cause: error,
    });
  }
  const unescaped = findUnescaped(ast as unknown as AstNode);
  if (unescaped !== undefined) {
    throw new LecternError('a template outputs text without escaping it ({{{ }}} or {{& }})', {
      at: { file: shown, line: unescaped },
      hint: 'use {{ }}: statement text must always be escaped',
    });
  }
  return ast;
}

/** The line of the first `{{{ }}}` or `{{& }}` in a template: statement text must never be written raw. */
function findUnescaped(node: AstNode): number | undefined {
  if (node.type === 'MustacheStatement' && node.escaped === false) return node.loc?.start.line ?? 1;
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && 'type' in child) {
        const line = findUnescaped(child as AstNode);
        if (line !== undefined) return line;
      }
    }
  }
  return undefined;
}

function registerHelpers(env: typeof Handlebars): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('inc', (value: number) => value + 1);
  env.registerHelper('cssString', (value: unknown) => new env.SafeString(cssString(String(value ?? ''))));
}

/**
 * Text as a quoted CSS string, for `content:` (the handout's footer). Every character but letters, digits and spaces
 * is written as a CSS escape, so the result is safe in a style attribute and in a <style> element alike.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{M}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
  return `'${escaped}'`;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * A file every templates folder must have (the Marp layout, the page assets). A project's own templates/ that lacks
 * one is a mistake the user can fix.
 */
export function templateFile(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    throw new LecternError(`the templates folder has no ${name}`, {
      at: { file: dir },
      hint: `copy templates/${name} from Lectern's own templates into it, or remove the folder to use Lectern's templates`,
    });
  }
  return file;
}
