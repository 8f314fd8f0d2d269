// The command line: parses arguments into a configuration, runs a command, and turns its outcome into an exit code.
// This is the only place that knows about exit codes or prints an error.
import { Command, CommanderError, Option } from 'commander';
import { displayPath, resolveConfig, type Config } from './config.js';
import { ExitCode, isLecternError } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { version } from './version.js';

export interface CliIO {
  readonly logger: Logger;
  readonly cwd: string;
}

/** Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = { logger: createLogger(), cwd: process.cwd() }): Promise<ExitCode> {
  const { logger } = io;
  let exitCode: ExitCode = ExitCode.ok;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, logger);
  }
}

function createProgram(io: CliIO, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command('lectern')
    .description('Build a reveal.js deck, a Marp deck and a one-page briefing from a statement.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run lectern --help for usage)')
    .configureOutput({
      writeOut: (text) => io.logger.result(text.trimEnd()),
      writeErr: (text) => io.logger.error(text.replace(/^error: /, '').trimEnd()),
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

  program
    .command('build')
    .description('build every statement in content/ (or the files named) into dist/')
    .argument('[files...]', 'content files to build (default: every .md file in content/)')
    .addOption(new Option('-t, --theme <name>', "theme for every statement, overriding each file's theme:"))
    .addOption(new Option('-o, --out <dir>', 'output folder').default('dist'))
    .action(async (files: string[], options: { theme?: string; out: string }) => {
      const config = resolveConfig({ root: io.cwd, files, theme: options.theme, outDir: options.out } satisfies Partial<Config>);
      const started = performance.now();
      const { build } = await import('./build.js');
      const result = await build(config);
      for (const warning of result.warnings) io.logger.warn(warning);
      const slides = result.statements.reduce((sum, s) => sum + s.deck.slides.length, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const count = result.statements.length;
      io.logger.info(
        `Built ${count} statement${count === 1 ? '' : 's'} (${slides} slides) into ${displayPath(config, config.outDir)}/ in ${seconds} s`,
      );
      setExitCode(ExitCode.ok);
    });

  return program;
}

function reportError(error: unknown, logger: Logger): ExitCode {
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
