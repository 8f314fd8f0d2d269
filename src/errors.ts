// One error type for everything a user can get wrong, so the CLI can tell their mistakes from our bugs.

/** Exit codes, documented in README.md. The CLI is the only place that turns an error into one. */
export const ExitCode = {
  ok: 0,
  /** A content file, template or theme has a mistake: the message says where and what to do. */
  input: 1,
  /** The command line itself is wrong (unknown option, bad value). */
  usage: 2,
  /** Something the machine lacks: no Chromium for PDFs, a port that cannot be bound. */
  environment: 3,
  /** A bug in Lectern: the only case that prints a stack trace. */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type ErrorKind = 'input' | 'usage' | 'environment';

/**
 * The user stopped the run (Ctrl-C, or SIGTERM from a process manager). The CLI exits with 128 plus the signal's number,
 * as shells do: 130 or 143.
 */
export class Interrupted extends Error {
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`stopped by ${signal}`);
    this.name = 'Interrupted';
  }

  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

/** Where in a user's file the mistake is. `file` is relative to the project root when it can be. */
export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LecternErrorOptions {
  readonly kind?: ErrorKind;
  readonly at?: Location;
  /** What the user should do about it, in the imperative: "add a `## ` heading above it". */
  readonly hint?: string;
  readonly cause?: unknown;
}

/** A mistake the user can fix. Its message is complete and never needs a stack trace. */
export class LecternError extends Error {
  readonly kind: ErrorKind;
  readonly at: Location | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: LecternErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LecternError';
    this.kind = options.kind ?? 'input';
    this.at = options.at;
    this.hint = options.hint;
  }

  get exitCode(): ExitCode {
    return ExitCode[this.kind];
  }

  /** `content/iom.md:14: point 2 has no headline; add a "## " heading above its key messages` */
  format(): string {
    const where = this.at ? `${formatLocation(this.at)}: ` : '';
    const hint = this.hint ? `; ${this.hint}` : '';
    return `${where}${this.message}${hint}`;
  }
}

/** Several mistakes found in one pass, so the author can fix them all before the next build. */
export class LecternErrors extends LecternError {
  readonly errors: readonly LecternError[];

  constructor(errors: readonly LecternError[]) {
    super(`${errors.length} problems found`, { kind: errors[0]?.kind ?? 'input' });
    this.name = 'LecternErrors';
    this.errors = errors;
  }

  override format(): string {
    return this.errors.map((error) => error.format()).join('\n');
  }
}

export function formatLocation(at: Location): string {
  if (at.line === undefined) return at.file;
  return at.column === undefined ? `${at.file}:${at.line}` : `${at.file}:${at.line}:${at.column}`;
}

export function isLecternError(error: unknown): error is LecternError {
  return error instanceof LecternError;
}

/** Throws one error, or all of them together, if any were collected. */
export function throwIfAny(errors: readonly LecternError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LecternErrors(errors);
}

/** Flattens a LecternErrors into its parts; leaves any other error as a list of one. */
export function splitErrors(error: LecternError): readonly LecternError[] {
  return error instanceof LecternErrors ? error.errors : [error];
}
