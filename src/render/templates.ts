// Loads the Handlebars templates and partials from templates/, and renders them with errors that name the template.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { displayPath } from '../config.js';
import { LecternError } from '../errors.js';

/** The templates a build uses; each is `templates/<name>.hbs`. */
export const templateNames = ['deck', 'marp.md', 'marp', 'briefing', 'handout', 'index'] as const;
export type TemplateName = (typeof templateNames)[number];

export interface TemplateSet {
  readonly dir: string;
  render(name: TemplateName, view: object): string;
}

type HandlebarsEnv = typeof Handlebars;
type AstNode = { type?: string; escaped?: boolean; loc?: { start: { line: number } } } & Record<string, unknown>;

/**
 * Reads and compiles every template and partial, so a syntax error anywhere fails the build before anything is written.
 * Markdown templates (`*.md.hbs`) are compiled without HTML escaping: their renderer escapes text for Markdown first.
 */
export function loadTemplates(dir: string, root: string): TemplateSet {
  const env = Handlebars.create();
  registerHelpers(env);
  const shown = (file: string) => displayPath({ root }, file);

  const partialsDir = path.join(dir, 'partials');
  for (const name of safeReaddir(partialsDir).filter((n) => n.endsWith('.hbs'))) {
    const file = path.join(partialsDir, name);
    env.registerPartial(name.slice(0, -'.hbs'.length), env.compile(parseTemplate(env, file, shown(file))));
  }

  const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();
  for (const name of templateNames) {
    const file = path.join(dir, `${name}.hbs`);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue; // a target whose template is missing says so when it is used
    }
    const ast = parseTemplate(env, file, shown(file), source);
    compiled.set(name, env.compile(ast, { noEscape: name.endsWith('.md'), preventIndent: true, strict: false }));
  }

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

function parseTemplate(env: HandlebarsEnv, file: string, shown: string, source = readFileSync(file, 'utf8')): hbs.AST.Program {
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

function registerHelpers(env: HandlebarsEnv): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('inc', (value: number) => value + 1);
  env.registerHelper('cssString', (value: unknown) => new env.SafeString(cssString(String(value ?? ''))));
}

/**
 * Text as a quoted CSS string, for `content:` (the handout's footer). Every character but letters, digits and spaces
 * is written as a CSS escape, so the result is safe in a style attribute and in a <style> element alike.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
  return `'${escaped}'`;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
