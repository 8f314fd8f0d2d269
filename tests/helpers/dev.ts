// Runs `lectern dev` as a user does: bin/lectern.mjs as a child process, in a process group of its own, so a test
// can stop it with a signal and then check that nothing it started is left running.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from './project.js';

export interface DevProcess {
  /** The index, as printed: `http://localhost:5173/`. */
  readonly url: string;
  readonly pid: number;
  /** Everything it printed so far (stderr and stdout, in order). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output printed after `from` (an earlier `output().length`). */
  waitForOutput(pattern: RegExp, from?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once it has exited. */
  readonly exited: Promise<number | null>;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Where Lectern is installed: the repository unless given. */
interface DevOptions {
  readonly install?: string;
}

/** Starts `lectern dev ARGS` in `cwd`; resolves once it prints that it is watching, or rejects if it exits first. */
export async function startDev(cwd: string, args: readonly string[] = [], options: DevOptions = {}): Promise<DevProcess> {
  const running = spawnDev(cwd, args, options);
  const ready = await Promise.race([running.waitForOutput(/^Watching /m), running.exited.then(() => undefined)]);
  if (!ready) throw new Error(`lectern dev exited before it served:\n${running.output()}`);
  const url = /Lectern preview: (http:\/\/\S+)/.exec(running.output())?.[1];
  if (!url) throw new Error(`lectern dev printed no URL:\n${running.output()}`);
  return { ...running, url };
}

/** Starts `lectern dev ARGS` without waiting for anything: for the cases where it must fail. */
export function spawnDev(cwd: string, args: readonly string[] = [], { install = repoRoot }: DevOptions = {}): Omit<DevProcess, 'url'> {
  const child = spawn(process.execPath, [path.join(install, 'bin', 'lectern.mjs'), 'dev', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    detached: true, // its own process group, whose id is its pid
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const check of [...waiters]) check();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Never leave a server behind, even when a test fails before stopping it.
  const leftBehind = () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  process.once('exit', leftBehind);
  void exited.then(() => process.off('exit', leftBehind));

  return {
    pid: child.pid!,
    output: () => output,
    exited,
    waitForOutput(pattern, from = 0) {
      return new Promise((resolve) => {
        const check = () => {
          const match = pattern.exec(output.slice(from));
          if (!match) return;
          waiters.delete(check);
          resolve(match);
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The processes still running in a process group: a stopped `lectern dev` must leave none. */
export function processesInGroup(groupId: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // it ended while we looked
    }
    // "pid (command) state ppid pgrp …": the command may hold spaces and parentheses, so read after the last ")".
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === groupId && state !== 'Z') found.push(`${pid} ${stat.slice(stat.indexOf('('), stat.lastIndexOf(')') + 1)}`);
  }
  return found;
}

/** Whether a server could listen on `port` at localhost now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: 'localhost', exclusive: true }, () => server.close(() => resolve(true)));
  });
}
