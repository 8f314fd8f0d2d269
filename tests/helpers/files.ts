// What a folder holds, to compare before and after: "dist/ stayed exactly as it was".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` with a hash of its bytes, and with `mtimes` also when it was last written. */
export function snapshot(dir: string, options: { mtimes?: boolean } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        const hash = createHash('sha1').update(readFileSync(file)).digest('hex');
        files[path.relative(dir, file)] = options.mtimes ? `${hash} ${statSync(file).mtimeMs}` : hash;
      }
    }
  };
  walk(dir);
  return files;
}
