// Runs the CLI as a user does: a child process of bin/lectern.mjs, in a given folder.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './project.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `lectern args` in `cwd`; `install` is the folder Lectern is installed in, the repository unless given; `uid` and
 * `gid` run it as another user (only root can).
 */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number; install?: string; uid?: number; gid?: number },
): CliRun {
  const result = spawnSync(process.execPath, [path.join(options.install ?? repoRoot, 'bin', 'lectern.mjs'), ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout ?? 120_000,
    uid: options.uid,
    gid: options.gid,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
