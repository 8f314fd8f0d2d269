// The loop every multi-statement run goes through: compile each statement in turn and hand it on to be rendered
// while the next one compiles, a few at a time, collecting every mistake so the author sees them all at once.
import { isLecternError, splitErrors, type LecternError } from '../errors.js';
import { heapGuard } from './memory.js';
import type { CompiledStatement } from './statement.js';

export interface LoopOptions {
  /** How many statements may be rendering at once: enough to keep the Marp thread busy, few enough to bound memory. */
  readonly ahead: number;
  /**
   * After a mistake in one statement: go on rendering the others (watch mode, which writes every statement that
   * builds), or only compile them, to report their mistakes too (a build, which then writes nothing).
   */
  readonly afterMistake: 'render' | 'check';
  /** Stops the loop between statements; it then throws the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Runs `compile` over `items` one after another and `render` over each result, `ahead` of them at once. Resolves to
 * the mistakes, by item (only items with mistakes are listed); a bug is thrown once nothing is left running.
 */
export async function eachStatement<T>(
  items: readonly T[],
  compile: (item: T) => Promise<CompiledStatement | undefined>,
  render: ((compiled: CompiledStatement, item: T) => Promise<void>) | undefined,
  options: LoopOptions,
): Promise<Map<T, LecternError[]>> {
  const mistakes = new Map<T, LecternError[]>();
  const note = (item: T, error: unknown) => {
    if (!isLecternError(error)) throw error;
    mistakes.set(item, [...(mistakes.get(item) ?? []), ...splitErrors(error)]);
  };
  const heap = heapGuard();
  const rendering = new Set<Promise<void>>();
  let bug: { error: unknown } | undefined;
  for (const item of items) {
    if (options.signal?.aborted || bug) break;
    try {
      const compiled = await compile(item);
      if (compiled && render && (mistakes.size === 0 || options.afterMistake === 'render')) {
        // Settles without rejecting: a mistake is noted, a bug kept to be thrown once nothing is left running.
        const rendered: Promise<void> = render(compiled, item)
          .catch((error: unknown) => {
            try {
              note(item, error);
            } catch {
              bug ??= { error };
            }
          })
          .then(() => void rendering.delete(rendered));
        rendering.add(rendered);
        if (rendering.size >= options.ahead) await Promise.race(rendering);
      }
    } catch (error) {
      try {
        note(item, error);
      } catch {
        bug ??= { error };
      }
    }
    heap.check();
  }
  await Promise.all(rendering);
  if (bug) throw bug.error;
  options.signal?.throwIfAborted();
  return mistakes;
}
