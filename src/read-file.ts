// Reads a file a user gave Lectern: only a regular file, so that a named pipe or a device can neither hang a command
// nor fill the memory.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** What to throw instead of reading: the caller words it, since it knows what the file was meant to be. */
export interface Refusals {
  /** `what` is what the path is instead: "a folder", "a named pipe", "a device", "a socket". */
  notAFile(what: string): Error;
}

/**
 * The bytes of `file` when it is a regular file. What the path is, is checked before it is opened, so a named pipe or
 * a device is never opened by mistake; and again on the open file (opened without blocking), in case the path changed
 * in between. Errors of the file system itself (ENOENT, EACCES …) are thrown as they are.
 */
export async function readRegularFile(file: string, refuse: Refusals): Promise<Buffer> {
  check(await stat(file), refuse);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    check(await handle.stat(), refuse);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function check(info: Stats, refuse: Refusals): void {
  if (!info.isFile()) throw refuse.notAFile(kindOf(info));
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
