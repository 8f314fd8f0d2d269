// One rebuild at a time: changes that arrive while a rebuild runs wait their turn, and all of them go into the next one.
// So a burst of saves costs one or two rebuilds, never two at once, and the last save is always the last one built.

export interface RebuildQueue<T> {
  /** Adds changes and starts a rebuild unless one is running; `push()` with none asks for a rebuild anyway. */
  push(...changes: T[]): void;
  /** Resolves once no rebuild is running or waiting. */
  idle(): Promise<void>;
  /** How many rebuilds have started. */
  readonly runs: number;
}

export interface RebuildQueueOptions {
  /**
   * How long to wait after the first change before rebuilding, so the rest of the same save (an editor
   * writing a file and its backup, a `git checkout`) joins it. @defaultValue 0: the next turn of the event loop
   */
  readonly settleMs?: number;
  /** Called with whatever a rebuild throws; the queue goes on with the next changes. */
  readonly onError: (error: unknown) => void;
}

export function createRebuildQueue<T>(rebuild: (changes: T[]) => Promise<void>, options: RebuildQueueOptions): RebuildQueue<T> {
  let waiting: T[] = [];
  let requested = false;
  let draining: Promise<void> | undefined;
  let runs = 0;

  async function drain(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 0));
    while (requested) {
      const changes = waiting;
      waiting = [];
      requested = false;
      runs++;
      try {
        await rebuild(changes);
      } catch (error) {
        options.onError(error);
      }
    }
    draining = undefined;
  }

  return {
    push(...changes) {
      waiting.push(...changes);
      requested = true;
      draining ??= drain();
    },
    async idle() {
      while (draining) await draining;
    },
    get runs() {
      return runs;
    },
  };
}
