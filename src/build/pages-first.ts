// Watch mode writes an edited statement's pages before its slower outputs. The pages (the deck, the briefing, the
// handout, the reading and interpreters' copies) render in a few milliseconds; the Marp deck and the Office files take
// most of a rebuild's rendering. So the pages are written and shown first, and the rest follow in a second change.
// In between, the record names the statement as not up to date (no key) and owning its files old and new: a run
// stopped there builds it again, and removes nothing it should not.
import path from 'node:path';
import type { PlannedStatement } from '../plan/statement.js';
import type { Output, OutputFile, RenderContext } from '../render/output.js';
import { outputs } from '../render/outputs.js';
import type { StatementRecord } from '../write/record.js';
import { recordEntry } from './site.js';

/**
 * Rebuilds of up to this many statements (an edit) write pages first. A larger one (a template edit) writes everything
 * in one change, as a build does, rather than keep every statement's plan until its pages are all written.
 */
export const pagesFirstLimit = 8;

export const pageOutputs: readonly Output[] = outputs.filter((output) => !output.slow);
export const slowOutputs: readonly Output[] = outputs.filter((output) => output.slow);

/** Renders `which` outputs of a statement, all at once: one that waits for another thread (Marp) does so while this one renders the others. */
export async function renderOutputs(which: readonly Output[], planned: PlannedStatement, context: RenderContext): Promise<OutputFile[]> {
  return (await Promise.all(which.map((output) => output.render(planned, context)))).flat();
}

/** What the record says of a statement whose pages are written and its slower outputs not yet. */
export function pagesOnlyEntry(planned: PlannedStatement, before: StatementRecord | undefined, pages: readonly OutputFile[]): StatementRecord {
  const written = pages.map((file) => path.posix.basename(file.path));
  return { ...recordEntry(planned, undefined), files: [...new Set([...(before?.files ?? []), ...written])] };
}
