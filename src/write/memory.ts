// An output folder held in memory: what a build would write, without writing it. Tests build into one and read the
// result; it takes the same steps as a build on disk.
import type { OutputFile } from '../render/output.js';
import type { OutputFolder } from './folder.js';
import { emptyRecord, type OutputRecord } from './record.js';

export interface MemoryFolder extends OutputFolder {
  /** Every file written, by its path in the output folder. */
  readonly files: ReadonlyMap<string, OutputFile>;
}

export function memoryFolder(): MemoryFolder {
  const files = new Map<string, OutputFile>();
  let record: OutputRecord = emptyRecord;
  return {
    dir: '(memory)',
    files,
    get record() {
      return record;
    },
    async begin() {
      const put: OutputFile[] = [];
      return {
        async put(more) {
          put.push(...more);
        },
        async commit(next) {
          for (const file of put) files.set(file.path, file);
          record = next;
          return { changed: put.map((file) => file.path), written: put.length, kept: [] };
        },
        async discard() {
          put.length = 0;
        },
      };
    },
    async close() {},
  };
}
