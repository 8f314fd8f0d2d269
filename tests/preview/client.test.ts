// What the browser is told after a rebuild, and how a served page carries Vite's client and the error overlay.
import { describe, expect, it } from 'vitest';
import { createPageHistory, errorMessage, messagesFor, withClient } from '../../src/preview/client.js';
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
      { type: 'custom', event: 'lectern:reload', data: { pages: ['/a/deck.marp.html'] } },
    ]);
  });

  it('reloads every page when a page script changed', () => {
    expect(messagesFor(['_assets/lectern/deck.js', 'a/deck.html'], [], root, 1)).toEqual([
      { type: 'update', updates: [] },
      { type: 'custom', event: 'lectern:reload', data: { pages: ['*'] } },
    ]);
  });

  it('clears the overlay after a good build that changed nothing', () => {
    expect(messagesFor([], [], root, 1)).toEqual([{ type: 'update', updates: [] }]);
  });

  it('leaves the overlay alone while it is not yet sure whether there is a mistake', () => {
    expect(messagesFor(['b/deck.html'], undefined, root, 1)).toEqual([{ type: 'custom', event: 'lectern:reload', data: { pages: ['/b/deck.html'] } }]);
  });

  it('shows a mistake after reloading what did build', () => {
    const messages = messagesFor(['b/deck.html'], [mistake], root, 1);
    expect(messages.map((message) => message.type)).toEqual(['custom', 'error']);
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

  it('adds the live client at the top of the head, with the rebuild it is served after, and changes nothing else', () => {
    const served = withClient(page, 4);
    expect(served.replace('\n<script type="module" async src="/@lectern/live.js" data-lectern-generation="4"></script>', '')).toBe(page);
    expect(parseDocument(served).querySelector('head > script')?.getAttribute('src')).toBe('/@lectern/live.js');
  });
});

describe('createPageHistory', () => {
  const reload = (...pages: string[]) =>
    messagesFor(
      pages.map((page) => page.slice(1)),
      [],
      root,
      1,
    );

  it('tells a page that connects whether a rebuild changed it after it was served', () => {
    const history = createPageHistory();
    history.record(reload('/a/deck.html'));
    expect(history.generation).toBe(1);
    expect(history.changedSince('/a/deck.html', 0)).toBe(true);
    expect(history.changedSince('/a/deck.html', 1)).toBe(false);
    expect(history.changedSince('/b/deck.html', 0)).toBe(false);
  });

  it('counts a changed stylesheet or page script against every page', () => {
    const history = createPageHistory();
    history.record(messagesFor(['_assets/themes/print.css'], [], root, 1));
    expect(history.changedSince('/b/briefing.html', 0)).toBe(true);
    history.record(reload('/_assets/lectern/deck.js'));
    expect(history.changedSince('/index.html', 1)).toBe(true);
  });

  it('does not count a rebuild that changed nothing the browser shows', () => {
    const history = createPageHistory();
    history.record(messagesFor(['a/deck.md', '_assets/manifest.json'], [], root, 1));
    history.record(messagesFor([], [mistake], root, 1));
    expect(history.generation).toBe(0);
  });
});
