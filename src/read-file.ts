// Reads a file a user gave Lectern: only a regular file, and only up to a size limit, so that a named pipe, a device
// or a huge file can neither hang a command nor fill the memory.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** What to throw instead of reading: the caller words it, since it knows what the file was meant to be. */
export interface Refusals {
  /** `what` is what the path is instead: "a folder", "a named pipe", "a device", "a socket". */
  notAFile(what: string): Error;
  tooLarge(size: number): Error;
}

/**
 * The bytes of `file` when it is a regular file of at most `maxBytes`. What the path is, and its size, are checked
 * before it is opened, so a named pipe or a device is never opened by mistake and a huge file never read; and again on
 * the open file (opened without blocking), in case the path changed in between. Errors of the file system itself
 * (ENOENT, EACCES …) are thrown as they are.
 */
export async function readRegularFile(file: string, maxBytes: number, refuse: Refusals): Promise<Buffer> {
  check(await stat(file), maxBytes, refuse);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    check(await handle.stat(), maxBytes, refuse);
    const bytes = await handle.readFile();
    // It may have grown since it was measured.
    if (bytes.length > maxBytes) throw refuse.tooLarge(bytes.length);
    return bytes;
  } finally {
    await handle.close();
  }
}

/** `52,428,800`: a number of bytes as messages give it. */
export function formatBytes(size: number): string {
  return size.toLocaleString('en');
}

function check(info: Stats, maxBytes: number, refuse: Refusals): void {
  if (!info.isFile()) throw refuse.notAFile(kindOf(info));
  if (info.size > maxBytes) throw refuse.tooLarge(info.size);
}

/** What a path is when it is not a regular file: "a folder", "a named pipe", "a device", "a socket". */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
