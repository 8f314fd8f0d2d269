// The preview server. Vite's dev server gives the HTTP server, the port search, the websocket to the browser, its
// client and its error overlay. dist/ itself is served exactly as it is on disk (Vite's own transforms would rewrite
// the pages' styles and scripts), with the live client (client.ts) added to each page as it is sent.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheDir } from '../cache/dir.js';
import type { ErrorPayload, HotPayload, Logger as ViteLogger, ViteDevServer } from 'vite';
import type { ResolvedConfig } from '../config.js';
import { LecternError } from '../errors.js';
import type { Logger } from '../log.js';
import type { IndexEntry } from '../render/site.js';
import { createPageHistory, helloEvent, liveClientCode, liveClientPath, reloadEvent, withClient, type Hello } from './client.js';
import { stateDir } from '../write/record.js';
import { previewPages, previewPrefix, previewUrl, type PreviewPages } from './page.js';

/** What the server shows besides dist/: the current mistake (to pages that connect), and the statements for the preview pages. */
export interface PreviewState {
  readonly error: ErrorPayload | undefined;
  readonly statements: readonly IndexEntry[];
}

export interface PreviewServerOptions {
  readonly config: ResolvedConfig;
  /** A port to use and no other; otherwise 5173, or the next free one. */
  readonly port: number | undefined;
  /** Open the browser on this path once listening. */
  readonly open: string | undefined;
  readonly logger: Logger;
  readonly state: () => PreviewState;
}

export interface PreviewServer {
  /** `http://localhost:5173/` */
  readonly url: string;
  send(messages: readonly HotPayload[]): void;
  close(): Promise<void>;
}

export const defaultPort = 5173;

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { createServer } = await import('vite');
  const { config } = options;
  const history = createPageHistory();
  const pages = await previewPages(config);
  const sigtermHandlers = process.listeners('SIGTERM');
  const vite = await createServer({
    configFile: false,
    envDir: false,
    root: config.outDir,
    // Vite writes nothing for us, but keep anything it might write out of dist/.
    // Vite keeps nothing Lectern needs between runs; its cache goes with Lectern's own, or to the temporary folder.
    cacheDir: cacheDir(config, 'vite') ?? path.join(tmpdir(), 'lectern-vite'),
    publicDir: false,
    appType: 'custom',
    clearScreen: false,
    logLevel: 'warn',
    customLogger: viteLogger(options.logger),
    optimizeDeps: { noDiscovery: true, include: [] },
    server: {
      host: 'localhost',
      port: options.port ?? defaultPort,
      strictPort: options.port !== undefined,
      open: options.open ?? false,
      // Lectern watches the sources itself and tells the browser what changed; Vite has nothing to watch.
      watch: null,
      preTransformRequests: false,
    },
    plugins: [
      {
        name: 'lectern-preview',
        resolveId: (id: string) => (id === liveClientPath ? id : undefined),
        load: (id: string) => (id === liveClientPath ? liveClientCode : undefined),
        configureServer(server: ViteDevServer) {
          // Added here, before Vite's transforms: every request for dist/ is answered from disk.
          server.middlewares.use((req, res, next) => {
            serveOutput(req, res, config.outDir, options.state(), pages, history.generation).then((served) => served || next(), next);
          });
          server.ws.on(helloEvent, (hello: Hello, client) => {
            if (history.changedSince(hello.page, hello.generation)) client.send(reloadEvent, { pages: [hello.page] });
            else {
              const { error } = options.state();
              if (error) client.send(error);
            }
          });
        },
      },
    ],
  });
  // Vite would end the process on SIGTERM before Lectern's watchers are closed; `lectern dev` handles its
  // signals itself (src/commands/dev.ts), so Vite's handler is taken off again.
  removeSigtermHandlersAddedSince(sigtermHandlers);
  try {
    await vite.listen();
  } catch (error) {
    await vite.close();
    throw portError(error, options.port);
  }
  const url = vite.resolvedUrls?.local[0] ?? `http://localhost:${options.port ?? defaultPort}/`;
  return {
    url,
    send(messages) {
      history.record(messages);
      for (const message of messages) vite.ws.send(message);
    },
    close: () => vite.close(),
  };
}

/** Takes off the SIGTERM handlers added since `before` was taken. */
function removeSigtermHandlersAddedSince(before: readonly NodeJS.SignalsListener[]): void {
  for (const listener of process.listeners('SIGTERM')) if (!before.includes(listener)) process.off('SIGTERM', listener);
}

/** Answers a request for a page or asset of dist/, or a preview page; false leaves it to Vite (its client). */
async function serveOutput(
  req: IncomingMessage,
  res: ServerResponse,
  outDir: string,
  state: PreviewState,
  pages: PreviewPages,
  generation: number,
): Promise<boolean> {
  const notFoundPage = (pathname: string) => pages.notFound(pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = decodedPath(req.url ?? '/');
  if (pathname === undefined) return send(res, 400, 'text/plain', 'bad address');
  // Vite's own: its client (/@vite/client), the live client, open-in-editor, and the client's "is the server back?" ping.
  if (pathname.startsWith('/@') || pathname.startsWith('/__') || req.headers.accept === 'text/x-vite-ping') return false;

  if (pathname.startsWith(previewPrefix)) {
    const entry = state.statements.find((statement) => statement.slug === pathname.slice(previewPrefix.length).replace(/\/$/, ''));
    if (entry) return send(res, 200, htmlType, pages.statement(entry), req.method === 'HEAD');
    return send(res, 404, htmlType, withClient(notFoundPage(pathname), generation), req.method === 'HEAD');
  }

  const file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (path.relative(outDir, file).startsWith('..')) return send(res, 403, 'text/plain', 'outside the output folder');
  // Lectern's own record, lock and staging are not pages.
  if (path.relative(outDir, file).split(path.sep)[0] === stateDir) return send(res, 404, htmlType, withClient(notFoundPage(pathname), generation));
  const stats = await stat(file).catch(() => undefined);
  if (stats?.isDirectory()) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return true;
  }
  const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const statement = state.statements.find((entry) => pathname === `/${entry.slug}/`);
  if (!stats && statement) {
    res.writeHead(302, { Location: previewUrl(statement.slug) }).end();
    return true;
  }
  if (!stats) return send(res, 404, htmlType, withClient(notFoundPage(pathname), generation), req.method === 'HEAD');
  if (type === htmlType) {
    // Read whole, so a page swapped in during a rebuild is served either before or after, never half.
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html === undefined) return send(res, 404, htmlType, withClient(notFoundPage(pathname), generation));
    return send(res, 200, type, withClient(html, generation), req.method === 'HEAD');
  }
  const etag = `W/"${stats.size}-${stats.mtimeMs}"`;
  const headers = { 'Content-Type': type, 'Cache-Control': cacheControl(pathname), ETag: etag };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  return true;
}

/**
 * reveal.js and the fonts are copied from installed packages and never change while Lectern runs: a reload takes them
 * from the browser's cache without asking. Everything else (the theme CSS, the page styles) is asked for again each time.
 */
function cacheControl(pathname: string): string {
  return /^\/_assets\/(reveal|fonts)\//.test(pathname) ? 'max-age=600' : 'no-cache';
}

function send(res: ServerResponse, status: number, type: string, body: string, headOnly = false): true {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
  return true;
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

const htmlType = 'text/html; charset=utf-8';
const types: Record<string, string> = {
  '.html': htmlType,
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

function portError(error: unknown, port: number | undefined): unknown {
  if (port !== undefined && error instanceof Error && /already in use/i.test(error.message)) {
    return new LecternError(`port ${port} is already in use`, {
      kind: 'environment',
      hint: 'stop what is using it, choose another with --port, or leave --port out to take the next free port from 5173',
      cause: error,
    });
  }
  if (error instanceof Error && /EACCES|EADDRNOTAVAIL|No available ports/i.test(`${(error as NodeJS.ErrnoException).code} ${error.message}`)) {
    return new LecternError(`cannot listen on localhost: ${error.message}`, { kind: 'environment', hint: 'choose another port with --port', cause: error });
  }
  return error;
}

/** Vite's warnings and errors go to Lectern's logger like everything else. */
function viteLogger(logger: Logger): ViteLogger {
  const warned = new Set<string>();
  return {
    hasWarned: false,
    info: (message) => logger.debug(() => `vite: ${message}`),
    warn: (message) => logger.warn(`vite: ${message}`),
    warnOnce(message) {
      if (warned.has(message)) return;
      warned.add(message);
      logger.warn(`vite: ${message}`);
    },
    error: (message) => logger.error(`vite: ${message}`),
    clearScreen: () => {},
    hasErrorLogged: () => false,
  };
}
