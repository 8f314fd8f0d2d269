// Where an output folder may be. Lectern replaces and removes files in its output folder, so that folder must never be
// one of the user's own: not the project, its sources, the home folder or the file system's root, nor hold them.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { displayPath, type ResolvedConfig } from '../config.js';
import { LecternError } from '../errors.js';

type LocationConfig = Pick<ResolvedConfig, 'root' | 'outDir' | 'contentDir' | 'templatesDir' | 'themeDirs' | 'files' | 'packageRoot'>;

/**
 * Throws, as a command-line mistake, when the output folder is, holds or lies inside a place Lectern must not write:
 * the project folder, `content/`, the templates or themes, Lectern's own install, the home folder or `/`; or when it
 * holds a content file being built.
 */
export function checkOutputLocation(config: LocationConfig, home: string = homedir()): void {
  const out = realPath(config.outDir);
  const shown = displayPath(config, config.outDir);
  const refuse = (what: string) => {
    throw new LecternError(`the output folder ${shown} ${what}: Lectern replaces and removes files in its output folder`, {
      kind: 'usage',
      hint: 'choose a folder of its own with --out, such as dist',
    });
  };
  const isOrHolds = (place: string) => out === place || isInside(out, place);

  if (out === path.parse(out).root) refuse('is the root of the file system');
  if (isOrHolds(realPath(home))) refuse(out === realPath(home) ? 'is your home folder' : 'holds your home folder');
  const root = realPath(config.root);
  if (isOrHolds(root)) refuse(out === root ? 'is the project folder itself' : 'holds the project folder');

  const sources: [string, string][] = [
    [config.contentDir, 'the content folder'],
    [config.templatesDir, 'the templates folder'],
    ...config.themeDirs.map((dir): [string, string] => [dir, 'a themes folder']),
    [config.packageRoot, "Lectern's own folder"],
  ];
  for (const [dir, what] of sources) {
    const place = realPath(dir);
    // Lectern's own folder may hold the output folder: that is a checkout of Lectern building its shipped statement.
    const inside = place !== realPath(config.packageRoot) && isInside(place, out);
    if (isOrHolds(place) || inside) refuse(`${out === place ? 'is' : inside ? 'lies inside' : 'holds'} ${what}, ${displayPath(config, dir)}`);
  }
  for (const file of config.files) {
    if (isInside(out, realPath(file))) refuse(`holds ${displayPath(config, file)}, a content file being built`);
  }
}

/** Whether `inner` lies strictly inside `outer`; both absolute and real. */
export function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The path with every symbolic link in the part that exists resolved, so two names for one folder compare equal. */
export function realPath(file: string): string {
  const absolute = path.resolve(file);
  const rest: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}
