// The commands, as one list: adding a command means adding its module here.
import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import type { CommandContext } from './context.js';
import { registerDev } from './dev.js';
import { registerImport } from './import.js';
import { registerPdf } from './pdf.js';

export const commands: readonly ((program: Command, context: CommandContext) => void)[] = [
  registerBuild,
  registerPdf,
  registerDev,
  registerCheck,
  registerImport,
];
