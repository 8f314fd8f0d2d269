// What every command receives from the CLI: where it runs and how it talks to the user.
import type { Logger } from '../log.js';

export interface CliIO {
  readonly logger: Logger;
  /** The folder the command runs in: the project root. */
  readonly cwd: string;
}

export interface CommandContext {
  readonly io: CliIO;
}
