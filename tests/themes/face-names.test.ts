// The bundled fonts carry their own names: a renamed copy where the @fontsource file's names are wrong (Source Sans 3's
// say "ExtraLight"), with every other table, so every glyph and advance, as it was.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import decompress from 'woff2-encoder/decompress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faceMetrics } from '../../src/fit/metrics.js';
import { faceNames, namedFaceFiles, sfntTables, type NamedFaceFile } from '../../src/themes/face-names.js';
import { resolveFontFaces } from '../../src/themes/fonts.js';
import { createProject, repoRoot, type TestProject } from '../helpers/project.js';

const families = ['Source Sans 3', 'Source Serif 4', 'Atkinson Hyperlegible', 'Vazirmatn'];
const faces = families.flatMap((family) => resolveFontFaces(family, { searchFrom: [repoRoot], at: { file: 'test' } }));

const bytesOf = (file: NamedFaceFile) => (typeof file === 'string' ? readFileSync(file) : Buffer.from(file));
const namesOf = (bytes: Buffer) => {
  const font = fontkit.create(bytes) as fontkit.Font;
  const records = (font as unknown as { name: { records: Record<string, { en?: string } | undefined> } }).name.records;
  return {
    family: records['fontFamily']?.en,
    subfamily: records['fontSubfamily']?.en,
    fullName: records['fullName']?.en,
    postscriptName: records['postscriptName']?.en,
    typographicFamily: records['preferredFamily']?.en,
  };
};

let project: TestProject;
let named: ReadonlyMap<string, NamedFaceFile>;
beforeAll(async () => {
  project = createProject();
  named = await namedFaceFiles(faces, path.join(project.root, 'cache'));
}, 120_000);
afterAll(() => project.remove());

describe('namedFaceFiles', () => {
  it.each(faces.map((face) => [path.basename(face.file), face] as const))('%s carries its family, subfamily, full and PostScript names', (_name, face) => {
    const expected = faceNames(face)!;
    const names = namesOf(bytesOf(named.get(face.file)!));
    expect(names).toMatchObject({ family: expected.family, subfamily: expected.subfamily, fullName: expected.fullName, postscriptName: expected.postscriptName });
    expect(names.typographicFamily ?? expected.family).toBe(expected.family);
  });

  it('renames only the faces whose names are wrong, into the cache folder', () => {
    const renamed = faces.filter((face) => named.get(face.file) !== face.file).map((face) => face.family);
    expect(new Set(renamed)).toEqual(new Set(['Source Sans 3']));
    for (const face of faces.filter((face) => face.family === 'Source Sans 3')) {
      const file = named.get(face.file) as string;
      expect(path.dirname(file)).toBe(path.join(project.root, 'cache'));
      expect(existsSync(file)).toBe(true);
    }
  });

  it.each(faces.filter((face) => face.family === 'Source Sans 3').map((face) => [path.basename(face.file), face] as const))(
    '%s keeps every other table byte for byte',
    async (_name, face) => {
      const before = sfntTables(Buffer.from(await decompress(readFileSync(face.file))));
      const after = sfntTables(Buffer.from(await decompress(bytesOf(named.get(face.file)!))));
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [tag, table] of before) {
        if (tag === 'name') continue;
        // head differs only in checkSumAdjustment (bytes 8–11), the whole font's checksum.
        const unchecked = (data: Buffer) => (tag === 'head' ? Buffer.concat([data.subarray(0, 8), data.subarray(12)]) : data);
        expect(unchecked(after.get(tag)!).equals(unchecked(table)), tag).toBe(true);
      }
    },
  );

  it('measures the same advances in the renamed file as in the bundled one', async () => {
    for (const face of faces.filter((face) => face.family === 'Source Sans 3' && face.subset === 'latin')) {
      const bundled = await faceMetrics(face.file, undefined);
      const renamed = await faceMetrics(named.get(face.file) as string, undefined);
      expect(renamed.advances).toEqual(bundled.advances);
      expect(renamed.hinted).toBe(bundled.hinted);
    }
  });

  it('reads a warm cache as it is, and makes again a file that is damaged', async () => {
    const sourceSans = faces.filter((face) => face.family === 'Source Sans 3');
    // Another process's cache: a copy of this one, with one file cut short.
    const cache = path.join(project.root, 'another-cache');
    cpSync(path.join(project.root, 'cache'), cache, { recursive: true });
    const damaged = path.join(cache, path.basename(named.get(sourceSans[0]!.file) as string));
    truncateSync(damaged, 100);
    const modified = new Map(readdirSync(cache).map((name) => [name, statSync(path.join(cache, name)).mtimeMs]));

    const again = await namedFaceFiles(sourceSans, cache);
    for (const face of sourceSans) expect(again.get(face.file)).toBe(path.join(cache, path.basename(named.get(face.file) as string)));
    for (const [name, mtime] of modified) if (name !== path.basename(damaged)) expect(statSync(path.join(cache, name)).mtimeMs, name).toBe(mtime);
    expect(readFileSync(damaged).equals(bytesOf(named.get(sourceSans[0]!.file)!))).toBe(true);
  });
});
