// What every command receives from the CLI: where it runs and how it talks to the user.
import type { Logger } from '../log.js';

export interface CliIO {
  readonly logger: Logger;
  /** The folder the command runs in: the project root. */
  readonly cwd: string;
  /**
   * Aborted when the user stops the run (Ctrl-C or SIGTERM), with an `Interrupted` as its reason. A command that can
   * stop cleanly asks for it; a second Ctrl-C while stopping ends the process at once.
   */
  readonly stopSignal?: () => AbortSignal;
  /**
   * Called by a command once it has done the whole of its work (a build that rendered, a check, an import, the
   * preview started): the compiled CLI then keeps the code V8 compiled for it, for the next run of the command
   * (src/start.ts).
   */
  readonly keepCompiledCode?: () => void;
}

export interface CommandContext {
  readonly io: CliIO;
}
