// Writing a file whole or not at all: its bytes go to a temporary file beside it, which is then renamed over it, so a
// reader (a browser, another build, the next run) sees the old file or the new one, never half of one. Used for the
// output folder's record and journal, the caches and the content files `lectern import` replaces.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

let written = 0;

export async function writeWhole(file: string, contents: string | Uint8Array): Promise<void> {
  // Unique within the process too: two writes of one file at once must not share a temporary file.
  const temporary = `${file}.${process.pid}-${written++}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, contents);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The same, for callers that cannot wait: the caches, written while a synchronous render runs. */
export function writeWholeSync(file: string, contents: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${written++}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
