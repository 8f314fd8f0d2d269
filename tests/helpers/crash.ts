// Fault injection for the output folder: builds of 150 statements stopped at many instants, over the whole build and
// while they move files into place, each followed by a normal build compared with a clean one. Used by
// tests/write/crash-*.test.ts, one file per signal so the two run side by side.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { snapshot } from './files.js';
import { repoRoot } from './project.js';

const cli = path.join(repoRoot, 'bin', 'lectern.mjs');
const statements = 150;
let work: string;
/** The sources the killed builds and the next builds build: a third of v1's statements edited, some removed, some added. */
let sources: string;
/** dist/ as a complete build of v1 left it: where each killed build starts. */
let before: string;
/**
 * A clean build of the sources, by pace. Most killed builds run at the default 130 words a minute; some at 150, so
 * that the next build, at 130, must not take their statements for up to date.
 */
const expected = new Map<number, Record<string, string>>();
/** How long an uninterrupted build from `before` takes, in ms. */
let duration = 0;

function run(args: string[], cwd: string): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stderr: result.stderr };
}

function project(name: string, dist?: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(sources, 'content'), path.join(dir, 'content'), { recursive: true });
  if (dist) cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  return dir;
}

function prepare(): void {
  work = mkdtempSync(path.join(tmpdir(), 'lectern-crash-'));
  const v1 = path.join(work, 'v1');
  spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'corpus.mjs'), v1, String(statements)]);
  expect(run(['build'], v1).code).toBe(0);
  before = path.join(work, 'dist-v1');
  cpSync(path.join(v1, 'dist'), before, { recursive: true });

  sources = path.join(work, 'sources');
  cpSync(path.join(v1, 'content'), path.join(sources, 'content'), { recursive: true });
  const files = readdirSync(path.join(sources, 'content')).sort();
  files.forEach((name, index) => {
    const file = path.join(sources, 'content', name);
    if (index % 15 === 0) rmSync(file);
    else if (index % 3 === 1) writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: /m, 'title: Revised, '));
  });
  for (const extra of ['added-one', 'added-two']) cpSync(path.join(v1, 'content', files[1]!), path.join(sources, 'content', `${extra}.md`));

  for (const wpm of [150, 130]) {
    const clean = project(`clean-${wpm}`);
    expect(run(['build', '--wpm', String(wpm)], clean).code).toBe(0);
    expected.set(wpm, snapshot(path.join(clean, 'dist')));
  }
  const timed = project('timed', before);
  const started = performance.now();
  expect(run(['build'], timed).code).toBe(0);
  duration = performance.now() - started;
  expect(snapshot(path.join(timed, 'dist'))).toEqual(expected.get(130));
}

interface Trial {
  readonly signal: 'SIGKILL' | 'SIGTERM';
  /** Kill this long after the build starts. */
  readonly afterMs?: number;
  /** Or this long after its journal appears, while it moves files into place. */
  readonly afterJournalMs?: number;
  /** The pace of the killed build; the next one runs at the default, 130. */
  readonly wpm: 150 | 130;
}

interface Outcome {
  readonly code: number | null;
  /** Whether the journal was still there when the build stopped: it was stopped while moving files in. */
  readonly midMove: boolean;
  /** dist/ as the killed build left it. */
  readonly left: Record<string, string>;
}

let trialNumber = 0;
async function killedBuild(trial: Trial): Promise<{ dir: string; outcome: Outcome }> {
  const dir = project(`trial-${++trialNumber}`, before);
  const state = path.join(dir, 'dist', '.lectern');
  const child = spawn(process.execPath, [cli, 'build', '--wpm', String(trial.wpm)], { cwd: dir, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  let midMove = false;
  const kill = () => {
    midMove ||= existsSync(path.join(state, 'journal.json'));
    child.kill(trial.signal);
  };
  let watcher: ReturnType<typeof watch> | undefined;
  if (trial.afterJournalMs !== undefined) {
    watcher = watch(state, (_event, name) => {
      if (name !== 'journal.json') return;
      watcher?.close();
      if (trial.afterJournalMs === 0) kill();
      else setTimeout(kill, trial.afterJournalMs);
    });
  } else {
    setTimeout(kill, trial.afterMs);
  }
  const code = await exited;
  watcher?.close();
  return { dir, outcome: { code, midMove, left: snapshot(path.join(dir, 'dist')) } };
}

/** Kill instants spread over the whole build, and over the moves at its end. */
function trials(signal: Trial['signal']): Trial[] {
  const spread = Array.from({ length: 12 }, (_, i) => ({ signal, afterMs: Math.round(((i + 0.5) / 12) * duration) }));
  const moving = [0, 0, 1, 2, 3, 5, 8, 12].map((afterJournalMs) => ({ signal, afterJournalMs }));
  return [...spread, ...moving].map((trial, i) => ({ ...trial, wpm: i % 4 === 3 ? 150 : 130 }));
}

/**
 * The test: builds stopped by `signal` at 20 instants, each repaired by the next build. Call it at the top level of a
 * test file.
 */
export function crashTest(signal: Trial['signal']): void {
  beforeAll(prepare, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it(`is repaired by the next build: dist/ then equals a clean build, file for file (${statements} statements)`, async () => {
    let midMoves = 0;
    for (const trial of trials(signal)) {
      const { dir, outcome } = await killedBuild(trial);
      const label = JSON.stringify(trial);
      if (outcome.midMove) midMoves++;
      if (signal === 'SIGTERM') {
        // Stopped politely, a build finishes or undoes its move, cleans up and says so with 143 (or had finished).
        expect([0, 143, -1], label).toContain(outcome.code);
        const whole = [snapshot(before), expected.get(trial.wpm)].map((files) => JSON.stringify(files));
        expect(whole, `${label}: dist/ left half one build and half another`).toContain(JSON.stringify(outcome.left));
      }
      const next = run(['build'], dir);
      expect(next.code, `${label}\n${next.stderr}`).toBe(0);
      expect(snapshot(path.join(dir, 'dist')), label).toEqual(expected.get(130));
      rmSync(dir, { recursive: true, force: true });
    }
    // The moves were interrupted, not only the rendering before them.
    expect(midMoves).toBeGreaterThanOrEqual(signal === 'SIGKILL' ? 4 : 3);
  }, 600_000);
}
