// The last step of a build with --pdf: print every statement's PDFs from its pages in the output folder, then record
// them and link them from the index in one more change to the output folder.
import type { PlannedStatement } from '../plan/statement.js';
import type { PrintResult, Printer } from '../print/print.js';
import type { RenderContext } from '../render/output.js';
import { outputNames } from '../render/outputs.js';
import type { OutputFolder } from '../write/folder.js';
import type { OutputRecord } from '../write/record.js';
import { collectGarbage } from './memory.js';
import { renderIndexOf } from './site.js';

/**
 * Prints the statements just written, then records their PDFs and links them from the index: a print that fails or
 * is stopped leaves the pages built and no PDF listed.
 */
export async function printStatements(
  folder: OutputFolder,
  printer: Printer,
  plans: readonly PlannedStatement[],
  context: RenderContext,
  signal: AbortSignal | undefined,
): Promise<PrintResult> {
  // What building left behind need not add to printing's peak.
  collectGarbage();
  const change = await folder.begin(outputNames);
  try {
    const printed = await untilAborted(
      printer.print(plans, context.config, (files) => change.put(files)),
      signal,
    );
    const pdfs = new Map<string, string[]>();
    for (const pdf of printed.pdfs) {
      const [slug, name] = pdf.path.split('/') as [string, string];
      pdfs.set(slug, [...(pdfs.get(slug) ?? []), name]);
    }
    const before = folder.record;
    const statements = Object.values(before.statements).map((entry) => ({ ...entry, files: [...entry.files, ...(pdfs.get(entry.slug) ?? [])] }));
    await change.put([renderIndexOf(statements, context)]);
    const record: OutputRecord = { ...before, statements: Object.fromEntries(statements.map((entry) => [entry.slug, entry])) };
    await change.commit(record);
    return printed;
  } catch (error) {
    await change.discard();
    throw error;
  }
}

/** The promise's outcome, or the signal's reason as soon as it is aborted. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
