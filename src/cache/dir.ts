// Where Lectern keeps what it derives once and reuses across runs: font metrics, compiled templates.
import { existsSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';

/**
 * A cache folder where JavaScript tools keep theirs, `node_modules/.cache/lectern/<name>` (Lectern's own install, or
 * the project's), or else in the system's temporary folder. Anything in it can be deleted at any time.
 */
export function cacheDir(config: Pick<ResolvedConfig, 'root' | 'packageRoot'>, name: string): string {
  for (const base of [config.packageRoot, config.root]) {
    const modules = path.join(base, 'node_modules');
    if (existsSync(modules)) return path.join(modules, '.cache', 'lectern', name);
  }
  return path.join(tmpdir(), `lectern-${safeUser()}`, name);
}

function safeUser(): string {
  try {
    return userInfo().username.replace(/[^\w-]/g, '') || 'user';
  } catch {
    return 'user';
  }
}
