// Taking a folder as Lectern's output folder, or refusing it; and repairing one that a killed build left behind.
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { applyJournal, kindOf, readJournal } from './journal.js';
import { isAbandonedLockScratch, lockName } from './lock.js';
import { recordPath, stateDir } from './record.js';

/**
 * Makes the folder Lectern's, or refuses it: a folder that does not exist is made, an empty one taken; one that holds
 * anything but Lectern's record is someone else's. Resolves to whether the folder was made here.
 */
export async function claim(dir: string, shown: string): Promise<boolean> {
  let created = false;
  try {
    if (!(await lstat(dir)).isDirectory()) throw notAFolder(shown, 'is a file');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    created = true;
  }
  if (kindOf(path.join(dir, stateDir)) === 'file') throw notAFolder(`${shown}/${stateDir}`, 'is not a folder');
  const marked = kindOf(path.join(dir, recordPath)) === 'file';
  if (!marked) {
    const others = (await readdir(dir)).filter((name) => name !== stateDir).sort();
    if (others.length > 0) {
      const listed = others.slice(0, 3).join(', ') + (others.length > 3 ? `, and ${others.length - 3} more` : '');
      const olderLectern = others.includes('_assets') && kindOf(path.join(dir, '_assets', 'manifest.json')) === 'file';
      throw new LecternError(`the output folder ${shown} holds files Lectern did not write (${listed}), and Lectern replaces what is in its output folder`, {
        kind: 'usage',
        hint: olderLectern
          ? `it was written by an earlier version of Lectern: delete ${shown} and build again`
          : 'choose an empty or new folder with --out, such as dist',
      });
    }
  }
  await mkdir(path.join(dir, stateDir), { recursive: true });
  return created;
}

function notAFolder(shown: string, what: string): LecternError {
  return new LecternError(`the output folder ${shown} ${what}`, { kind: 'usage', hint: 'choose a folder with --out, such as dist' });
}

/** Finishes the moves of a build that was killed while making them, and removes what killed builds left aside. */
export async function repair(dir: string, shown: string): Promise<void> {
  const journal = await readJournal(dir, shown);
  if (journal) applyJournal(dir, journal);
  // This process holds the lock: every staging folder and temporary file in .lectern/ is a stopped build's.
  for (const name of await readdir(path.join(dir, stateDir))) {
    const leftover = name.startsWith('staging-') || (name.endsWith('.tmp') && !name.startsWith(`${lockName}.`)) || isAbandonedLockScratch(name, lockName);
    if (leftover) await rm(path.join(dir, stateDir, name), { recursive: true, force: true });
  }
}
