// How the code is laid out: no source file over 300 lines, so each module stays one responsibility a reader can take
// in. A file that grows past it is split by what its parts do, as README's "How it is built" describes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/project.js';

const maxLines = 300;
const src = path.join(repoRoot, 'src');

/** Lines as `wc -l` counts them: a last line without its newline counts too. */
function lineCount(text: string): number {
  const lines = text.split('\n');
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}

describe('src/', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();

  it('has TypeScript files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`has no file over ${maxLines} lines`, () => {
    const over = files
      .map((file) => ({ file: path.posix.join('src', file.split(path.sep).join('/')), lines: lineCount(readFileSync(path.join(src, file), 'utf8')) }))
      .filter(({ lines }) => lines > maxLines)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(over, `split these by responsibility into modules of at most ${maxLines} lines`).toEqual([]);
  });
});
