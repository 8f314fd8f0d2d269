// The front matter checked against the schema: every issue one message at the field's line, a misspelled field's
// message suggesting the name it was meant to be.
import type * as z from 'zod/mini';
import { LecternError } from '../errors.js';
import type { FrontMatter } from './frontmatter.js';
import { fieldHelp, frontMatterSchema, knownFields, type FrontMatterData } from './schema.js';

/** The front matter's fields, valid; or undefined, with a message for each mistake added to `errors`. */
export function validateFrontMatter(frontMatter: FrontMatter, file: string, errors: LecternError[]): FrontMatterData | undefined {
  const result = frontMatterSchema.safeParse(frontMatter.data, { reportInput: true });
  if (result.success) return result.data;
  // A misspelled field is one mistake, not two: "speeker" is unknown, so do not also say "speaker" is missing.
  const suggested = new Set(
    result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => closest(key, knownFields)) : [])),
  );
  for (const issue of result.error.issues) {
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    if (missing && suggested.has(String(issue.path[0]))) continue;
    errors.push(...issueToErrors(issue, frontMatter, file));
  }
  return undefined;
}

function issueToErrors(issue: z.core.$ZodIssue, frontMatter: FrontMatter, file: string): LecternError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = closest(key, knownFields);
      return new LecternError(`unknown field "${key}"`, {
        at: { file, line: frontMatter.lineOf([key]) },
        hint: suggestion
          ? `did you mean "${suggestion}"? Rename it`
          : `remove it; the fields are ${knownFields.join(', ')}`,
      });
    });
  }
  const field = String(issue.path[0] ?? 'front matter');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (missing) {
    return [
      new LecternError(`the required field "${field}" is missing`, {
        at: { file, line: 1 },
        hint: `add it to the front matter: ${fieldHelp[field] ?? `${field}: …`}`,
      }),
    ];
  }
  return [
    new LecternError(issue.message, {
      at: { file, line: frontMatter.lineOf(issue.path as (string | number)[]) },
      hint: issue.code === 'invalid_type' ? 'put the value in quotes' : `correct the "${field}" field`,
    }),
  ];
}

/** The known word nearest to `word`, if it is a plausible misspelling. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
