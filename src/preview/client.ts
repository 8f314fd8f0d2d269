// What the browser is told, through Vite's own client (/@vite/client) and its websocket:
//   a changed stylesheet → swapped in place (a theme edit restyles the page without reloading it);
//   a changed page → reloaded (the address keeps the slide: deck.html#/3);
//   a mistake → Vite's error overlay, with the file and line; the next good build clears it.
// The client is added to each page as it is served, never to the files in dist/.
import path from 'node:path';
import type { ErrorPayload, HotPayload } from 'vite';
import type { LecternError } from '../errors.js';

/** Where Vite serves its browser client. */
export const viteClientPath = '/@vite/client';

/**
 * The messages for one rebuild: `changed` are output paths relative to the output folder; `errors` are the mistakes
 * the sources have now, or undefined when that is not yet sure (the overlay is then left as it is).
 */
export function messagesFor(changed: readonly string[], errors: readonly LecternError[] | undefined, root: string, timestamp: number): HotPayload[] {
  const messages: HotPayload[] = [];
  const stylesheets = changed.filter((file) => file.endsWith('.css')).map(toUrl);
  // An update, even an empty one, also closes an error overlay left from an earlier build.
  if (stylesheets.length > 0 || errors?.length === 0) {
    messages.push({
      type: 'update',
      updates: stylesheets.map((url) => ({ type: 'css-update', path: url, acceptedPath: url, timestamp })),
    });
  }
  if (changed.some((file) => file.endsWith('.js'))) {
    messages.push({ type: 'full-reload' }); // a page script changed: every page runs it
  } else {
    for (const page of changed.filter((file) => file.endsWith('.html'))) messages.push({ type: 'full-reload', path: toUrl(page) });
  }
  if (errors && errors.length > 0) messages.push(errorMessage(errors, root));
  return messages;
}

/** Vite's error overlay for Lectern's mistakes: every message as the terminal prints it, the first one's file and line. */
export function errorMessage(errors: readonly LecternError[], root: string): ErrorPayload {
  const at = errors[0]?.at;
  return {
    type: 'error',
    err: {
      plugin: 'lectern',
      message: errors.map((error) => error.format()).join('\n'),
      stack: '',
      id: at ? path.resolve(root, at.file) : undefined,
      loc: at?.line === undefined ? undefined : { file: at.file, line: at.line, column: at.column ?? 1 },
    },
  };
}

/**
 * A page as the preview serves it: with Vite's client, and, while the build has a mistake, the overlay that shows it
 * (a page opened or reloaded then would otherwise not know).
 */
export function withClient(html: string, error: ErrorPayload | undefined): string {
  const tags = [`<script type="module" src="${viteClientPath}"></script>`];
  if (error) {
    const err = JSON.stringify(error.err).replace(/</g, '\\u003c');
    tags.push(
      `<script type="module">import { ErrorOverlay } from ${JSON.stringify(viteClientPath)}; document.body.appendChild(new ErrorOverlay(${err}));</script>`,
    );
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${tags.join('\n')}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${tags.join('\n')}${html.slice(at)}`;
}

function toUrl(outputPath: string): string {
  return `/${outputPath.split(path.sep).join('/')}`;
}
