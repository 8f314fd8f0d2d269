import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeComment, escapeMarkdown } from '../../src/render/marp/output.js';
import { createProject, fixtureProject, seedParagraphs, shippedSource, type TestProject } from '../helpers/project.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { normalize, parseDocument, texts } from '../helpers/html.js';

const slug = 'iom-crime-prevention-2019';
let project: TestProject;
let outputs: BuiltOutputs;

beforeAll(async () => {
  project = createProject({ [`content/${slug}.md`]: shippedSource });
  outputs = await buildOutputs(project);
});
afterAll(() => project.remove());

describe('deck.md, the Marp Markdown', () => {
  it('starts with Marp front matter: marp, the Lectern theme, pagination, the language', () => {
    const markdown = outputs.text(`${slug}/deck.md`);
    const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;
    expect(frontMatter).toMatchObject({ marp: true, theme: 'lectern-institutional', paginate: true, size: '16:9', lang: 'en', author: 'Kieran Gorman-Best' });
  });

  it('has seven slides, separated by ---, with the full text in HTML comments as speaker notes', () => {
    const markdown = outputs.text(`${slug}/deck.md`);
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body.split(/\n---\n/)).toHaveLength(7);
    const notes = [...body.matchAll(/<!--\n([\s\S]*?)\n-->/g)].flatMap((match) => match[1]!.split('\n\n'));
    const seed = seedParagraphs();
    expect(notes).toEqual(seed.slice(seed.indexOf('Excellencies, distinguished delegates, ladies and gentlemen,')));
  });
});

describe('deck.marp.html, rendered by marp-core', () => {
  it('has seven slides, each with its headline', () => {
    const document = parseDocument(outputs.text(`${slug}/deck.marp.html`));
    const sections = document.querySelectorAll('div.marpit > svg > foreignObject > section');
    expect(sections).toHaveLength(7);
    expect(texts(document, 'section h1')).toEqual([
      'The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives and Criminal Justice Responses',
      'IOM stands with regional organizations',
      'Regional action against trafficking and smuggling',
      'Border management against terrorism and organized crime',
      'Migration law capacity that protects human rights',
      'IOM stands ready to unite regional efforts',
      'I thank you.',
    ]);
    expect(texts(document, 'section header')).toEqual([
      'High-Level Thematic Debate of the General Assembly',
      'Introduction',
      'Point 1 of 3',
      'Point 2 of 3',
      'Point 3 of 3',
      'Conclusion',
    ]);
    expect(texts(document, 'section[data-marpit-pagination] li')).toContain('Help all countries build capacity in international migration law');
  });

  it('is styled by the Lectern theme registered with Marp, with fonts from dist/', () => {
    const html = outputs.text(`${slug}/deck.marp.html`);
    expect(html).toMatch(/--lectern-heading:\s*#0b3c7d/);
    // The fonts come from the theme's own stylesheet, which the page links.
    expect(parseDocument(html).querySelector('link[data-lectern-theme]')?.getAttribute('href')).toBe('../_assets/themes/institutional.css');
    expect(outputs.text('_assets/themes/institutional.css')).toMatch(/url\("\.\.\/fonts\/source-sans-3-latin-400-normal\.woff2"\)/);
    // The page stays small: its fonts are files beside it, not data in it.
    expect(html).not.toMatch(/data:font/);
  });

  it('numbers every slide of the planned deck, the title slide 1, out of them all', () => {
    const slides = outputs.result.plans[0]!.deck.slides;
    const sections = [...parseDocument(outputs.text(`${slug}/deck.marp.html`)).querySelectorAll('div.marpit > svg > foreignObject > section')];
    expect(sections.map((section) => section.getAttribute('data-marpit-pagination'))).toEqual(slides.map((_, index) => String(index + 1)));
    expect(new Set(sections.map((section) => section.getAttribute('data-marpit-pagination-total')))).toEqual(new Set([String(slides.length)]));
  });

  it('names the organization once on the closing slide, under the speaker', () => {
    const closing = parseDocument(outputs.text(`${slug}/deck.marp.html`)).querySelector('section.closing')!;
    expect(texts(closing, 'p')).toEqual(['Kieran Gorman-Best', 'International Organization for Migration (IOM)']);
    expect(normalize(closing.textContent ?? '').split('International Organization for Migration (IOM)')).toHaveLength(2);
  });
});

describe('the exported Marp theme, _assets/themes/<name>.marp.css', () => {
  it('carries its fonts as data, so it works wherever it is copied', () => {
    const marpTheme = outputs.text('_assets/themes/institutional.marp.css');
    expect(marpTheme).toMatch(/^\/\* @theme lectern-institutional \*\//);
    const urls = [...marpTheme.matchAll(/url\(\s*["']?([^"')]+)/g)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('data:font/woff2;base64,'))).toEqual([]);
    // Every face the theme's page CSS names, in the same order.
    const faces = (css: string) =>
      [...css.matchAll(/font-family: "([^"]+)";\s*font-style: normal;\s*font-weight: (\d+);/g)].map(([, family, weight]) => `${family} ${weight}`);
    expect(faces(marpTheme)).toEqual(faces(outputs.text('_assets/themes/institutional.css')));
    expect(faces(marpTheme)).toEqual(expect.arrayContaining(['Source Serif 4 700', 'Source Sans 3 400', 'Vazirmatn 400']));
  });
});

describe('escaping text for Marp Markdown', () => {
  const markdown = new MarkdownIt({ html: false });
  const cases = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '{{constructor}} and {{#each}}',
    '# not a heading',
    '- not a list',
    '1. not a list',
    '2019) not a list',
    '> not a quote',
    '**not bold** _not italic_ `not code` ~~not struck~~',
    '[not a link](javascript:alert(1)) ![not an image](x.png)',
    'Tom &amp; Jerry &lt; &#60; a \\ backslash | pipe',
    'IOM’s “quoted” text — with 100% + = signs',
  ];

  it.each(cases)('renders %j as exactly that text', (text) => {
    const body = parseDocument(`<body>${markdown.render(escapeMarkdown(text))}</body>`).querySelector('body')!;
    expect([...body.children].map((element) => element.tagName)).toEqual(['P']);
    const rendered = body.children[0]!;
    expect(rendered.children).toHaveLength(0);
    expect(rendered.textContent).toBe(text);
  });

  it('keeps an HTML comment from being closed by the text inside it', () => {
    expect(escapeComment('a --> b <!-- c --!> d')).not.toMatch(/-->|<!--|--!>/);
  });
});

describe('addresses in the text', () => {
  it('stay text in deck.marp.html, as in the reveal.js deck', async () => {
    const p = createProject({
      'content/url.md': shippedSource.replace(
        '- Help all countries build capacity in international migration law',
        '- See https://www.iom.int/ for the programme',
      ),
    });
    try {
      const built = await buildOutputs(p);
      const document = parseDocument(built.text('url/deck.marp.html'));
      expect(texts(document, 'section li')).toContain('See https://www.iom.int/ for the programme');
      expect(document.querySelectorAll('section a')).toHaveLength(0);
    } finally {
      p.remove();
    }
  });
});

describe('a deck with shrunk slides', () => {
  it('renders the same bytes every time, so an unchanged statement is not rewritten', async () => {
    const p = fixtureProject('stress-six-messages');
    try {
      const [first, second] = [await buildOutputs(p), await buildOutputs(p)];
      const page = first.paths().find((file) => file.endsWith('deck.marp.html'))!;
      expect(first.text(page)).toMatch(/data-marpit-scope-s1/);
      expect(second.text(page)).toBe(first.text(page));
    } finally {
      p.remove();
    }
  });
});
