// One build at a time per output folder: `.lectern/lock` holds the process id of the build writing it. A second build
// waits for the first; a lock whose process is gone (a build that was killed) is taken over.
import { readFileSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LockHolder {
  readonly pid: number;
  /** When the process started, where the system says (Linux): tells a process id reused by another program. */
  readonly started?: string | undefined;
}

export interface OutputLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** Called once when the lock is held by another running process and this one starts to wait. */
  readonly onWait?: (holder: LockHolder) => void;
  /** Stops waiting (Ctrl-C while waiting). */
  readonly signal?: AbortSignal | undefined;
  /** How often to look again while waiting. @defaultValue 100 ms */
  readonly pollMs?: number;
}

/**
 * Takes the lock file `file`, waiting while another running process holds it. The lock is created whole, with its
 * holder's pid in it (written aside, then hard-linked into place, which fails if the lock exists), so a reader never
 * sees an empty one.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<OutputLock> {
  const mine = `${file}.${process.pid}.tmp`;
  await writeFile(mine, `${JSON.stringify({ pid: process.pid, started: startTime(process.pid) })}\n`);
  let waited = false;
  try {
    for (;;) {
      try {
        await link(mine, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(file);
      if (holder && holder.pid !== process.pid && isAlive(holder)) {
        if (!waited) options.onWait?.(holder);
        waited = true;
        options.signal?.throwIfAborted();
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
        continue;
      }
      // Its holder is gone (or it is unreadable, left by a process killed while it was being replaced): take it over.
      await rm(file, { force: true });
    }
  } finally {
    await rm(mine, { force: true });
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      const holder = await readHolder(file);
      if (holder?.pid === process.pid) await rm(file, { force: true });
    },
  };
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const { pid, started } = JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown; started?: unknown };
    if (!Number.isInteger(pid) || (pid as number) <= 0) return undefined;
    return { pid: pid as number, started: typeof started === 'string' ? started : undefined };
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  return isRunning(holder.pid) && (holder.started === undefined || startTime(holder.pid) === holder.started);
}

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), where there is a /proc. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files a killed process left half made: `lock.<pid>.tmp` of a process that is gone. */
export function isAbandonedLockScratch(name: string, lockName: string): boolean {
  const match = new RegExp(`^${lockName.replace('.', '\\.')}\\.(\\d+)\\.tmp$`).exec(name);
  return match !== null && !isRunning(Number(match[1]));
}

export const lockName = 'lock';
export const lockPath = (stateDir: string) => path.join(stateDir, lockName);
