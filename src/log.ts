// All terminal output goes through a Logger, so commands stay quiet in tests and colour stays off in pipes.
import { styleText } from 'node:util';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Free when off: pass a function so the message is only built when it will be printed. */
  debug(message: () => string): void;
  /** Report text meant for the user's terminal or a pipe (stdout), such as `lectern check`'s table. */
  result(text: string): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  stderr?: NodeJS.WritableStream;
  stdout?: NodeJS.WritableStream;
  color?: boolean;
}

const rank: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function createLogger(options: LoggerOptions = {}): Logger {
  const stderr = options.stderr ?? process.stderr;
  const stdout = options.stdout ?? process.stdout;
  const level = rank[options.level ?? 'info'];
  const color = options.color ?? (stderr === process.stderr && process.stderr.isTTY && !process.env.NO_COLOR);
  const paint = (style: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(style, text) : text);

  return {
    info: (message) => {
      if (level >= rank.info) stderr.write(`${message}\n`);
    },
    warn: (message) => {
      if (level >= rank.warn) stderr.write(`${paint('yellow', 'warning')} ${message}\n`);
    },
    error: (message) => {
      if (level >= rank.error) stderr.write(`${paint('red', 'error')} ${message}\n`);
    },
    debug: (message) => {
      if (level >= rank.debug) stderr.write(`${paint('gray', `debug ${message()}`)}\n`);
    },
    result: (text) => {
      stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
