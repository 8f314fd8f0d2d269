// `lectern dev`: build, serve dist/ on localhost, and rebuild what each save affects while the browser follows.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { addOutputOptions, configFrom, type BuildFlags } from './build.js';
import type { CommandContext } from './context.js';

export function registerDev(program: Command, { io }: CommandContext): void {
  const command = program
    .command('dev')
    .description('build, serve on localhost and rebuild on every save: the browser reloads, restyles or shows the mistake')
    .addOption(new Option('-p, --port <number>', 'use this port and no other (default: 5173, or the next free one)').argParser(parsePort))
    .addOption(new Option('--open', 'open the index in the browser'));
  // The same options as `lectern build`, so that the preview shows what the build writes.
  addOutputOptions(command).action(async (options: Omit<BuildFlags, 'pdf' | 'browser'> & { port?: number; open?: boolean }) => {
    const config = configFrom(io, [], options);
    // Listen for Ctrl-C from the start, so one pressed while starting still stops cleanly.
    const signal = io.stopSignal?.();
    const stop = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
    const { startPreview } = await import('../preview/start.js');
    const preview = await startPreview(config, { port: options.port, open: options.open === true }, io.logger);
    // Its start is what the next `lectern dev` runs again: built, served and watching.
    io.keepCompiledCode?.();
    await stop;
    io.logger.info('Stopping: closing the server and the watchers.');
    await preview.close();
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new InvalidArgumentError('give a port number from 1 to 65535.');
  return port;
}
