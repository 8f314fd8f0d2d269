// The command line: parses arguments, runs a command, and turns its outcome into an exit code.
// This is the only place that knows about exit codes or prints an error.
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import type { CliIO } from './commands/context.js';
import { ExitCode, Interrupted, isLecternError } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { version } from './version.js';

export type { CliIO };

/** Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return reportError(error, io.logger);
  }
}

/** The terminal, the current folder, Ctrl-C. */
export function defaultIO(): CliIO {
  return { logger: createLogger(), cwd: process.cwd(), stopSignal };
}

function createProgram(io: CliIO): Command {
  const program = new Command('lectern')
    .description('Build a reveal.js deck, a Marp deck, a one-page briefing, a handout and their PDFs from a statement.')
    .version(version, '-v, --version')
    .configureOutput({
      writeOut: (text) => io.logger.result(text.trimEnd()),
      writeErr: (text) => io.logger.error(text.replace(/^error: /, '').trimEnd()),
      // One line, as every other mistake is told: what is wrong; what to do.
      outputError: (text, write) =>
        write(
          `${text
            .trim()
            .replace(/\s*\n\s*/g, ' ')
            .replace(/\.$/, '')}; run lectern --help for usage`,
        ),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes:
  0   success
  1   a content file, template or theme has a mistake (the message says where)
  2   the command line is wrong
  3   the machine lacks something (a browser for PDFs, a free port)
  70  a bug in Lectern (please report it with the stack trace)`,
    );
  for (const register of commands) register(program, { io });
  return program;
}

/**
 * Listens for Ctrl-C and SIGTERM from the first call on, and aborts the signal at the first of them; a second one
 * ends the process at once.
 */
function stopSignal(): AbortSignal {
  stopping ??= (() => {
    const controller = new AbortController();
    const stop = (signal: 'SIGINT' | 'SIGTERM') => () => {
      process.off('SIGINT', onInt).off('SIGTERM', onTerm);
      process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143));
      controller.abort(new Interrupted(signal));
    };
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    process.on('SIGINT', onInt).on('SIGTERM', onTerm);
    return controller.signal;
  })();
  return stopping;
}
let stopping: AbortSignal | undefined;

function reportError(error: unknown, logger: Logger): number {
  if (error instanceof Interrupted) {
    logger.info(`Stopped (${error.signal}).`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // Commander has printed its own message already; --help and --version end here too.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (isLecternError(error)) {
    for (const line of error.format().split('\n')) logger.error(line);
    return error.exitCode;
  }
  logger.error(`Lectern hit a bug; please report it with what follows.\n${(error as Error)?.stack ?? String(error)}`);
  return ExitCode.internal;
}
