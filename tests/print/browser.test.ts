// Finding the browser that prints the PDFs, and what a user sees when there is none.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { resolveConfig } from '../../src/config.js';
import { browserStartTimeout, findBrowser as findWith, launchBrowser } from '../../src/print/browser.js';
import { runCli } from '../helpers/cli.js';
import { statementFiles } from '../helpers/outputs.js';
import { parseDocument } from '../helpers/html.js';
import { createProject, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** A project with the shipped statement and a bin/ folder of stand-in executables. */
function projectWithBin(executables: readonly string[] = [], plainFiles: readonly string[] = []): TestProject {
  project = createProject({ [`content/${slug}.md`]: shippedSource });
  mkdirSync(path.join(project.root, 'bin'), { recursive: true });
  for (const name of executables) {
    const file = project.write(`bin/${name}`, '#!/bin/sh\nexit 0\n');
    chmodSync(file, 0o755);
  }
  for (const name of plainFiles) project.write(`bin/${name}`, 'not a program\n');
  return project;
}

/** The browser found for these options in this environment: the environment is read as `resolveConfig` reads it. */
function findBrowser(options: { browser: string | undefined; root: string }, env: NodeJS.ProcessEnv) {
  return findWith(resolveConfig({ root: options.root, browser: options.browser }, env));
}

describe('findBrowser', () => {
  it('takes --browser first, relative to the project', () => {
    const { root } = projectWithBin(['my-chrome', 'chromium']);
    const found = findBrowser({ browser: 'bin/my-chrome', root }, { CHROME_PATH: path.join(root, 'bin', 'chromium'), PATH: path.join(root, 'bin') });
    expect(found).toEqual({ found: true, executable: path.join(root, 'bin', 'my-chrome') });
  });

  it('takes CHROME_PATH before the PATH', () => {
    const { root } = projectWithBin(['chrome-here', 'chromium']);
    const chrome = path.join(root, 'bin', 'chrome-here');
    expect(findBrowser({ browser: undefined, root }, { CHROME_PATH: chrome, PATH: path.join(root, 'bin') })).toEqual({ found: true, executable: chrome });
  });

  it('looks for chromium-headless-shell, chromium, chromium-browser, then google-chrome on the PATH', () => {
    const { root } = projectWithBin(['google-chrome', 'chromium-browser', 'chromium-headless-shell']);
    const bin = path.join(root, 'bin');
    const found = findBrowser({ browser: undefined, root }, { PATH: ['/nonexistent', bin].join(path.delimiter) });
    expect(found).toEqual({ found: true, executable: path.join(bin, 'chromium-headless-shell') });
  });

  it('skips files on the PATH that do not run', () => {
    const { root } = projectWithBin(['google-chrome', 'chromium-browser'], ['chromium-headless-shell', 'chromium']);
    const bin = path.join(root, 'bin');
    const found = findBrowser({ browser: undefined, root }, { PATH: bin });
    expect(found).toEqual({ found: true, executable: path.join(bin, 'chromium-browser') });
  });

  it.each(['/nowhere/chrome', '/etc/passwd', '/etc'])('refuses CHROME_PATH=%s rather than print with another browser', (chromePath) => {
    const { root } = projectWithBin(['google-chrome']);
    const search = findBrowser({ browser: undefined, root }, { CHROME_PATH: chromePath, PATH: path.join(root, 'bin') });
    expect(search.found).toBe(false);
    if (search.found) return;
    expect(search.problem.kind).toBe('environment');
    expect(search.problem.format()).toBe(`CHROME_PATH is ${chromePath}, which is not an executable file; unset it, or point it at a Chrome or Chromium`);
  });

  it('treats an empty CHROME_PATH as unset', () => {
    const { root } = projectWithBin(['google-chrome']);
    const found = findBrowser({ browser: undefined, root }, { CHROME_PATH: ' ', PATH: path.join(root, 'bin') });
    expect(found).toEqual({ found: true, executable: path.join(root, 'bin', 'google-chrome') });
  });

  it('says how to get a browser when there is none', () => {
    const { root } = projectWithBin();
    const search = findBrowser({ browser: undefined, root }, { PATH: path.join(root, 'bin') });
    expect(search.found).toBe(false);
    if (search.found) return;
    expect(search.problem.kind).toBe('environment');
    expect(search.problem.format()).toMatch(
      /no browser to print the PDFs with: CHROME_PATH is not set and there is no chromium-headless-shell, chromium, chromium-browser, google-chrome on the PATH/,
    );
    expect(search.problem.format()).toMatch(/apt-get install chromium/);
  });

  it('names a --browser that is not there, and does not look elsewhere', () => {
    const { root } = projectWithBin(['chromium']);
    const search = findBrowser({ browser: 'no/such/chrome', root }, { PATH: path.join(root, 'bin') });
    expect(search.found).toBe(false);
    if (!search.found) expect(search.problem.format()).toMatch(/the browser given with --browser, no\/such\/chrome, is not an executable file/);
  });
});

describe('lectern pdf without a browser', () => {
  it('builds the HTML, then fails with one message saying how to get a browser (exit 3)', () => {
    const { root } = projectWithBin();
    const run = runCli(['pdf'], { cwd: root, env: { CHROME_PATH: '', PATH: path.join(root, 'bin') } });
    expect(run.code).toBe(3);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/CHROME_PATH is not set and there is no chromium-headless-shell/);
    expect(errors[0]).toMatch(/apt-get install chromium, or chromium-headless-shell\), or set CHROME_PATH/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const built = readdirSync(path.join(root, 'dist', slug)).sort();
    expect(built).toEqual(statementFiles);
    // The index links only what was built.
    const index = parseDocument(project!.read('dist/index.html'));
    const links = [...index.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.endsWith('.pdf'))).toBe(false);
  });

  it('fails the same way for build --pdf, and builds without --pdf as before', () => {
    const { root } = projectWithBin();
    const env = { CHROME_PATH: '', PATH: path.join(root, 'bin') };
    const withPdf = runCli(['build', '--pdf'], { cwd: root, env });
    expect(withPdf.code).toBe(3);
    expect(withPdf.stderr).toMatch(/CHROME_PATH is not set/);
    expect(existsSync(path.join(root, 'dist', slug, 'handout.html'))).toBe(true);
    expect(runCli(['build'], { cwd: root, env }).code).toBe(0);
  });

  it('names a CHROME_PATH that is not a browser (exit 3), and builds without --pdf as before', () => {
    const { root } = projectWithBin(['chromium']);
    const env = { CHROME_PATH: '/etc/passwd', PATH: path.join(root, 'bin') };
    const run = runCli(['pdf'], { cwd: root, env });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\nerror CHROME_PATH is \/etc\/passwd, which is not an executable file; unset it, or point it at a Chrome or Chromium\n$/);
    expect(runCli(['build'], { cwd: root, env }).code).toBe(0);
  });

  it('names a --browser that is not there (exit 3)', () => {
    const { root } = projectWithBin();
    const run = runCli(['pdf', '--browser', 'no/such/chrome'], { cwd: root });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/error the browser given with --browser, no\/such\/chrome, is not an executable file/);
  });

  it('says so when the browser given does not start (exit 3)', () => {
    const { root } = projectWithBin(['not-a-browser']);
    const run = runCli(['pdf', '--browser', 'bin/not-a-browser'], { cwd: root });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/error the browser .*not-a-browser would not start/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(root, 'dist', slug, 'deck.html'))).toBe(true);
  });
});

describe('launchBrowser', () => {
  it('gives up on a browser that never starts, naming it (exit 3), and leaves no process behind', async () => {
    const { root } = projectWithBin();
    const pidFile = path.join(root, 'sleep.pid');
    const browser = project!.write('bin/sleeper', `#!/bin/sh\nsleep 600 &\necho $! > '${pidFile}'\nwait\n`);
    chmodSync(browser, 0o755);
    const started = performance.now();
    const error = await launchBrowser(browser, { timeoutMs: 2000 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).exitCode).toBe(3);
    expect((error as LecternError).format()).toBe(
      `the browser ${browser} did not start within 2 s; check that it is a Chrome or Chromium that runs on this machine ` +
        `(${browser} --version), or install Chromium (apt-get install chromium, or chromium-headless-shell), ` +
        'or set CHROME_PATH to a Chrome or Chromium, or pass --browser PATH',
    );
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => isRunning(sleeper), { timeout: 5000 }).toBe(false);
  }, 20_000);

  it('waits 30 s for a browser to start', () => {
    expect(browserStartTimeout).toBe(30_000);
  });
});

/** Whether a process runs: one that has ended but not been waited for (a zombie) does not. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('print options', () => {
  it.each([
    [['pdf', '--paper', 'a3'], /--paper.*a3.*Allowed choices are a4, letter/],
    [['pdf', '--handout-layout', '4'], /--handout-layout.*4.*Allowed choices are 1, 2, 3/],
  ])('rejects %j (exit 2)', (args, message) => {
    const { root } = projectWithBin();
    const run = runCli(args, { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
