// What the browser is told after a rebuild, and how a served page carries Vite's client and the error overlay.
import { describe, expect, it } from 'vitest';
import { errorMessage, messagesFor, withClient } from '../../src/preview/client.js';
import { LecternError } from '../../src/errors.js';
import { parseDocument } from '../helpers/html.js';

const root = '/project';
const mistake = new LecternError('point 2 has no headline', { at: { file: 'content/a.md', line: 14 }, hint: 'add a "## " heading' });

describe('messagesFor', () => {
  it('swaps a changed stylesheet in place and reloads only the pages that changed', () => {
    const messages = messagesFor(['_assets/themes/institutional.css', 'a/deck.marp.html', 'a/deck.md', '_assets/manifest.json'], [], root, 7);
    expect(messages).toEqual([
      {
        type: 'update',
        updates: [{ type: 'css-update', path: '/_assets/themes/institutional.css', acceptedPath: '/_assets/themes/institutional.css', timestamp: 7 }],
      },
      { type: 'full-reload', path: '/a/deck.marp.html' },
    ]);
  });

  it('reloads every page when a page script changed', () => {
    expect(messagesFor(['_assets/lectern/deck.js', 'a/deck.html'], [], root, 1)).toEqual([
      { type: 'update', updates: [] },
      { type: 'full-reload' },
    ]);
  });

  it('clears the overlay after a good build that changed nothing', () => {
    expect(messagesFor([], [], root, 1)).toEqual([{ type: 'update', updates: [] }]);
  });

  it('leaves the overlay alone while it is not yet sure whether there is a mistake', () => {
    expect(messagesFor(['b/deck.html'], undefined, root, 1)).toEqual([{ type: 'full-reload', path: '/b/deck.html' }]);
  });

  it('shows a mistake after reloading what did build', () => {
    const messages = messagesFor(['b/deck.html'], [mistake], root, 1);
    expect(messages.map((message) => message.type)).toEqual(['full-reload', 'error']);
  });
});

describe('errorMessage', () => {
  it('gives the overlay every message as the terminal prints it, and the first one’s file and line', () => {
    const other = new LecternError('unknown theme "x"', { at: { file: 'content/b.md', line: 3 } });
    expect(errorMessage([mistake, other], root)).toEqual({
      type: 'error',
      err: {
        plugin: 'lectern',
        message: 'content/a.md:14: point 2 has no headline; add a "## " heading\ncontent/b.md:3: unknown theme "x"',
        stack: '',
        id: '/project/content/a.md',
        loc: { file: 'content/a.md', line: 14, column: 1 },
      },
    });
  });

  it('has no location for a mistake without one', () => {
    expect(errorMessage([new LecternError('there are no statements')], root).err.loc).toBeUndefined();
  });
});

describe('withClient', () => {
  const page = '<!doctype html>\n<html lang="en">\n<head>\n<title>x</title>\n</head>\n<body><p>text</p></body>\n</html>\n';

  it("adds Vite's client at the top of the head and changes nothing else", () => {
    const served = withClient(page, undefined);
    expect(served.replace('\n<script type="module" src="/@vite/client"></script>', '')).toBe(page);
    expect(parseDocument(served).querySelector('head > script')?.getAttribute('src')).toBe('/@vite/client');
  });

  it('shows the current mistake on a page opened while the build has one, safely', () => {
    const hostile = new LecternError('headline </script><script>alert(1)</script>', { at: { file: 'content/a.md', line: 2 } });
    const served = withClient(page, errorMessage([hostile], root));
    const scripts = parseDocument(served).querySelectorAll('script');
    expect(scripts).toHaveLength(2);
    expect(scripts[1]!.textContent).toContain('new ErrorOverlay(');
    expect(scripts[1]!.textContent).not.toContain('</script>');
    expect(scripts[1]!.textContent).toContain('\\u003c/script>');
  });
});
