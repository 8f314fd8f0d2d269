// The preview page of one statement, served only by `lectern dev`: its deck and its briefing side by side.
// Each side is the built page itself in a frame, with its own live reload; the address keeps the deck's slide.
import Handlebars from 'handlebars/runtime.js';
import { briefingTarget } from '../render/briefing.js';
import { revealTarget } from '../render/reveal.js';
import type { IndexEntry } from '../render/site.js';

/** Where a statement's preview page is: `_` never begins a statement's folder, so it cannot clash with one. */
export const previewPrefix = '/_preview/';

export function previewUrl(slug: string): string {
  return `${previewPrefix}${encodeURIComponent(slug)}`;
}

export function previewPage(entry: IndexEntry): string {
  const text = Handlebars.escapeExpression;
  const folder = `/${encodeURIComponent(entry.slug)}`;
  const links = entry.outputs.map((output) => `<a href="/${text(output.href)}" target="_blank">${text(output.label)}</a>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${text(entry.meta.title)}</title>
<style>
  html, body { height: 100%; margin: 0; }
  body { display: grid; grid-template-rows: auto 1fr; font: 14px/1.4 system-ui, sans-serif; background: #e8eaed; color: #1b1b1b; }
  header { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; padding: 0.5rem 1rem; background: #fff; border-bottom: 1px solid #c4c7cc; }
  h1 { font-size: 1rem; margin: 0; flex: 1 1 20rem; }
  nav { display: flex; gap: 1rem; }
  a { color: #0b4f8a; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 1rem; min-height: 0; }
  iframe { width: 100%; height: 100%; border: 1px solid #c4c7cc; background: #fff; }
  .deck { align-self: start; aspect-ratio: 16 / 9; height: auto; }
  @media (max-width: 60rem) { main { grid-template-columns: 1fr; } iframe { height: 80vh; } }
</style>
</head>
<body>
<header>
  <h1 lang="${text(entry.meta.lang)}" dir="${text(entry.meta.dir)}">${text(entry.meta.title)}</h1>
  <nav aria-label="Outputs">${links.join('')}<a href="/">All statements</a></nav>
</header>
<main>
  <iframe class="deck" title="Slides" src="${folder}/${revealTarget.files[0]!.file}"></iframe>
  <iframe class="briefing" title="Briefing" src="${folder}/${briefingTarget.files[0]!.file}"></iframe>
</main>
<script type="module">
  // The preview's address follows the deck's slide (#/3), so reloading the preview keeps it too.
  const deck = document.querySelector('iframe.deck');
  if (location.hash) deck.src = deck.getAttribute('src') + location.hash;
  const follow = () => history.replaceState(null, '', deck.contentWindow.location.hash || location.pathname);
  deck.addEventListener('load', () => {
    follow();
    deck.contentWindow.addEventListener('hashchange', follow);
  });
</script>
</body>
</html>
`;
}
