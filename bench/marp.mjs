// marp-cli, the tool an author would pick instead of Lectern, made ready for the benchmark to run beside it: installed
// at a pinned version into bench/.work/marp-cli (never a dependency of Lectern), given the Marp decks a Lectern build
// wrote, and pointed at the browser Lectern prints with, so that it never downloads one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The latest marp-cli (engines: node >= 18) when the comparison was written; raise it deliberately, not by a range. */
export const marpCliVersion = '4.5.1';
const prefix = path.join(path.dirname(fileURLToPath(import.meta.url)), '.work', 'marp-cli');
const packageDir = path.join(prefix, 'node_modules', '@marp-team', 'marp-cli');

/**
 * marp-cli's options for every conversion of decks set aside by setAsideMarpDecks (run in that folder): no
 * configuration file is looked up, and Lectern's Marp themes are given.
 */
export const marpOptions = ['--no-config-file', '--theme-set', 'themes'];

/** Installs the pinned marp-cli unless it is there already (the first time needs the npm registry); returns its script. */
export function installMarpCli() {
  const script = path.join(packageDir, 'marp-cli.js');
  if (installedVersion() !== marpCliVersion || !existsSync(script)) {
    process.stderr.write(`Installing @marp-team/marp-cli@${marpCliVersion} into ${prefix} (needs the npm registry)…\n`);
    mkdirSync(prefix, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['install', '--prefix', prefix, '--no-audit', '--no-fund', `@marp-team/marp-cli@${marpCliVersion}`];
    const result = spawnSync(npm, args, { stdio: ['ignore', 2, 2] });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status ?? result.error?.message})`);
  }
  return script;
}

function installedVersion() {
  try {
    return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** What `marp --version` says in `cwd`: marp-cli's version and the marp-core it converts with there. */
export function marpVersion(script, cwd) {
  return spawnSync(process.execPath, [script, '--version'], { cwd, encoding: 'utf8' }).stdout.trim();
}

/**
 * The browser Lectern prints with when given none: CHROME_PATH, else the first of these on the PATH. Both tools are
 * given it, so that they print with the same one and marp-cli never looks for or downloads another.
 */
export function browserPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        if (statSync(file).isFile()) return file;
      } catch {
        // not in this folder
      }
    }
  }
  throw new Error('No Chromium found to print with: install chromium, or set CHROME_PATH.');
}

/** marp-cli's options to print with `browser`. */
export const marpBrowserOptions = (browser) => ['--browser', 'chrome', '--browser-path', browser];

/**
 * Copies the Marp decks of a Lectern build (dist/<slug>/deck.md) into `dir`, as marp-cli's input: each at
 * <slug>/deck.md, beside themes/ (the Marp theme CSS Lectern wrote, `lectern-<name>`, for --theme-set) and fonts/
 * (found at ../fonts, as from dist/_assets/themes/). Returns the decks' paths relative to `dir`.
 */
export function setAsideMarpDecks(dist, dir) {
  rmSync(dir, { recursive: true, force: true });
  const assets = path.join(dist, '_assets');
  for (const file of readdirSync(path.join(assets, 'themes')).filter((name) => name.endsWith('.marp.css'))) {
    cpSync(path.join(assets, 'themes', file), path.join(dir, 'themes', file));
  }
  cpSync(path.join(assets, 'fonts'), path.join(dir, 'fonts'), { recursive: true });
  const decks = [];
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const deck = path.join(entry.name, 'deck.md');
    if (!entry.isDirectory() || !existsSync(path.join(dist, deck))) continue;
    cpSync(path.join(dist, deck), path.join(dir, deck));
    decks.push(deck);
  }
  return decks.sort();
}
