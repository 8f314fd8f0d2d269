// The Marp worker thread: when it cannot start or stops, decks still render, in this thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workerEngine } from '../../src/render/marp/engine.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lectern-marp-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const theme = '/* @theme probe */ section { color: #123456; }';
const markdown = '---\ntheme: probe\n---\n\n# One\n\n---\n\n# Two\n';

describe('a Marp worker that fails', () => {
  it.each([
    ['throws as it starts', 'throw new Error("broken worker");'],
    ['exits before answering', 'process.exit(3);'],
  ])('that %s leaves the decks to this thread', async (_, code) => {
    const file = path.join(dir, `${code.length}.mjs`);
    writeFileSync(file, code);
    const engine = workerEngine(pathToFileURL(file));
    const [first, second] = await Promise.all([engine.render(theme, markdown), engine.render(theme, markdown)]);
    expect(first.html.match(/<section/g)).toHaveLength(2);
    expect(first.css).toContain('#123456');
    expect(second).toEqual(first);
  });
});
