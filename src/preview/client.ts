// What the browser is told, through Vite's own client (/@vite/client) and its websocket:
//   a changed stylesheet → swapped in place (a theme edit restyles the page without reloading it);
//   a changed deck whose only change is in its slides → the new slides put in place, on the same slide;
//   any other changed page → reloaded at once (the address keeps the slide: deck.html#/3);
//   a mistake → Vite's error overlay, with the file and line; the next good build clears it;
//   a page that connects → reloaded if it changed while it loaded, or shown the current mistake.
// The client is added to each page as it is served, never to the files in dist/.
import path from 'node:path';
import type { ErrorPayload, HotPayload } from 'vite';
import type { LecternError } from '../errors.js';

/** Where Vite serves its browser client. */
export const viteClientPath = '/@vite/client';

/** The module every served page loads: Vite's client, and Lectern's reload on top of it. */
export const liveClientPath = '/@lectern/live.js';

/** Reloads the pages it names (`*`: every page) at once; reloading keeps the address, so the deck keeps its slide. */
export const reloadEvent = 'lectern:reload';

/**
 * Sent by a page as it connects, with the rebuild it was served after. A page that was loading while a rebuild
 * changed it missed the message, so the server tells it to reload (and shows it the current mistake, if any).
 */
export const helloEvent = 'lectern:hello';

export interface Hello {
  /** The page's path, as the server names it: `/index.html`, `/<slug>/deck.html`. */
  readonly page: string;
  readonly generation: number;
}

interface HotContext {
  on(event: string, listener: (data: { pages: readonly string[] }) => void): void;
  send(event: string, data: Hello): void;
}

interface RevealApi {
  isReady(): boolean;
  getIndices(): { h: number; v?: number };
  getCurrentSlide(): Element;
  isScrollView(): boolean;
  sync(): void;
  slide(h: number, v?: number): void;
  dispatchEvent(event: { type: string; data: object }): void;
  on(type: string, listener: () => void): void;
  getSlides(): Element[];
  getViewportElement(): HTMLElement;
}

/** Runs in the browser, as the body of the live client; the event names are repeated here because it runs alone. */
function live(hot: HotContext): void {
  const page = decodeURI(location.pathname.endsWith('/') ? `${location.pathname}index.html` : location.pathname);
  const client = document.querySelector('script[data-lectern-generation]');
  const served = client?.getAttribute('data-lectern-generation') ?? '0';
  const revealApi = () => (window as unknown as { Reveal?: RevealApi }).Reveal;

  // The scroll view's address does not name the slide (the deck's does: deck.html#/3), so a reload would land where the
  // page's new height puts the old scroll offset. The slide, and how far down its page the view was, are kept for the
  // next load, which scrolls back to them once the fonts have set the pages' heights.
  const position = `lectern-slide:${page}`;
  /** How far the top of the scroll view is below the top of the page that shows `slide`. */
  const intoPage = (reveal: RevealApi, slide: Element) =>
    reveal.getViewportElement().getBoundingClientRect().top - (slide.closest('.scroll-page') ?? slide).getBoundingClientRect().top;
  const reload = () => {
    const reveal = revealApi();
    if (reveal?.isReady() && reveal.isScrollView()) {
      const slide = reveal.getCurrentSlide();
      sessionStorage.setItem(position, JSON.stringify({ slide: reveal.getSlides().indexOf(slide), offset: intoPage(reveal, slide) }));
    }
    location.reload();
  };
  const kept = sessionStorage.getItem(position);
  const reveal = revealApi();
  if (kept && reveal) {
    sessionStorage.removeItem(position);
    const { slide: index, offset } = JSON.parse(kept) as { slide: number; offset: number };
    // The browser would put back the old scroll offset after the page loads: the slide is put back instead.
    history.scrollRestoration = 'manual';
    const back = async () => {
      await document.fonts.ready;
      if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
      await new Promise(requestAnimationFrame);
      const slide = reveal.getSlides()[index];
      if (slide && reveal.isScrollView()) reveal.getViewportElement().scrollTop -= intoPage(reveal, slide) - offset;
    };
    if (reveal.isReady()) void back();
    else reveal.on('ready', () => void back());
  }

  /** The page as the server has it now: its slides, the rebuild it comes from, and the rest of it as text. */
  const fetchDeck = async () => {
    const response = await fetch(location.pathname, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${response.status}`);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const slides = next.querySelector('.reveal > .slides');
    const script = next.querySelector('script[data-lectern-generation]');
    if (!slides || !script) throw new Error('not a deck');
    const generation = script.getAttribute('data-lectern-generation') ?? '';
    const frame = next.documentElement.cloneNode(true) as Element;
    frame.querySelector('.reveal > .slides')?.replaceChildren();
    frame.querySelector('script[data-lectern-generation]')?.remove();
    return { slides, generation, frame: frame.outerHTML };
  };

  // A reveal.js deck takes a change to its slides alone in place: no reload, no flash, the same slide. What else the
  // page holds is known from the page as served (fetched once, and only if nothing was rebuilt since it was served).
  const frame: Promise<string | undefined> = document.querySelector('.reveal > .slides')
    ? fetchDeck().then(
        (deck) => (deck.generation === served ? deck.frame : undefined),
        () => undefined,
      )
    : Promise.resolve(undefined);
  const replaceSlides = async () => {
    const reveal = revealApi();
    const known = await frame;
    const deck = await fetchDeck();
    const slides = document.querySelector('.reveal > .slides');
    // The scroll view has laid the slides out in pages of its own: it is built again from the page.
    if (!reveal?.isReady() || reveal.isScrollView() || !slides || known === undefined || deck.frame !== known) return reload();
    const { h, v } = reveal.getIndices();
    slides.replaceChildren(...[...deck.slides.childNodes].map((node) => document.adoptNode(node)));
    client?.setAttribute('data-lectern-generation', deck.generation);
    reveal.sync();
    reveal.slide(h, v);
    // The speaker view (S) shows a slide's notes when the slide changes: its notes have.
    const slide = reveal.getCurrentSlide();
    reveal.dispatchEvent({ type: 'slidechanged', data: { indexh: h, indexv: v, previousSlide: slide, currentSlide: slide } });
  };
  let updating = Promise.resolve();

  hot.on('lectern:reload', ({ pages }) => {
    if (pages.includes('*')) reload();
    else if (pages.includes(page)) updating = updating.then(replaceSlides).catch(reload);
  });
  hot.send('lectern:hello', { page, generation: Number(served) });
}

export const liveClientCode = `import { createHotContext } from ${JSON.stringify(viteClientPath)};
(${live.toString()})(createHotContext(${JSON.stringify(liveClientPath)}));
`;

/** Which rebuild last changed each page, so a page that connects late can tell whether it missed one. */
export interface PageHistory {
  /** Rebuilds that changed something so far. */
  readonly generation: number;
  /** Notes what one rebuild's messages change. */
  record(messages: readonly HotPayload[]): void;
  /** Whether a page served after rebuild `generation` is out of date. */
  changedSince(page: string, generation: number): boolean;
}

export function createPageHistory(): PageHistory {
  let generation = 0;
  let everyPage = 0;
  const pages = new Map<string, number>();
  return {
    get generation() {
      return generation;
    },
    record(messages) {
      const reloads = messages.flatMap((message) =>
        message.type === 'custom' && message.event === reloadEvent ? (message.data as { pages: string[] }).pages : [],
      );
      const restyles = messages.some((message) => message.type === 'update' && message.updates.length > 0);
      if (reloads.length === 0 && !restyles) return;
      generation++;
      // A page loading while a stylesheet changed may hold either version: it is reloaded to be sure.
      if (restyles || reloads.includes('*')) everyPage = generation;
      for (const page of reloads) pages.set(page, generation);
    },
    changedSince(page, served) {
      return Math.max(everyPage, pages.get(page) ?? 0) > served;
    },
  };
}

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
  // A page script changed: every page runs it. (Vite's own full-reload waits 20 ms, and reloads every page when the index changes.)
  const pages = changed.some((file) => file.endsWith('.js')) ? ['*'] : changed.filter((file) => file.endsWith('.html')).map(toUrl);
  if (pages.length > 0) messages.push({ type: 'custom', event: reloadEvent, data: { pages } });
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

/** A page as the preview serves it: with the live client, which knows the rebuild the page was served after. */
export function withClient(html: string, generation: number): string {
  // async: the page's own scripts and its first paint never wait for the client.
  const tag = `<script type="module" async src="${liveClientPath}" data-lectern-generation="${generation}"></script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${tag}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${tag}${html.slice(at)}`;
}

function toUrl(outputPath: string): string {
  return `/${outputPath.split(path.sep).join('/')}`;
}
