// Font metrics: read from the bundled fonts, kept on disk for the next run, and read again if the cache is damaged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { createMeasurer } from '../../src/fit/measure.js';
import { loadTheme } from '../../src/themes/load.js';

const theme = loadTheme('institutional', resolveConfig({}), { file: 'test' });

test('measures with the theme’s fonts: bold is wider, Arabic comes from the Arabic family, and the cache is kept', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'lectern-metrics-'));
  try {
    const text = 'Regional organizations';
    const arabic = 'المنظمات الإقليمية';
    const measurer = await createMeasurer(theme, [text, arabic], { cacheDir });
    const regular = measurer.width(text, { role: 'body', weight: 400 });
    expect(regular).toBeGreaterThan(8);
    expect(regular).toBeLessThan(14);
    expect(measurer.width(text, { role: 'body', weight: 700 })).toBeGreaterThan(regular);
    expect(measurer.width(arabic, { role: 'body', weight: 400 })).toBeGreaterThan(4);
    // Only the faces the text needs were read: Latin and Arabic, in the weights asked for by the test's own calls.
    const cached = readdirSync(cacheDir);
    expect(cached.some((name) => name.startsWith('vazirmatn-arabic-400'))).toBe(true);
    expect(cached.some((name) => name.includes('cyrillic'))).toBe(false);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a damaged cache file is read again from the font and replaced', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'lectern-metrics-'));
  try {
    const { faceMetrics } = await import('../../src/fit/metrics.js');
    const face = theme.faces.find((f) => f.subset === 'greek' && f.weight === 700)!;
    await faceMetrics(face.file, cacheDir);
    const [name] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, name!), '{"version": 3, "codePoints": [1], "advances": ["x"]');
    // A new process would read the damaged file; here, the same loader run again on a fresh file name proves the read.
    const { faceMetrics: reload } = await import('../../src/fit/metrics.js?fresh' as string);
    const metrics = await reload(face.file, cacheDir);
    expect(metrics.advances.get('α'.codePointAt(0)!)).toBeGreaterThan(0.3);
    expect(() => JSON.parse(readFileSync(path.join(cacheDir, name!), 'utf8'))).not.toThrow();
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
