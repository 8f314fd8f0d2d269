// briefing.docx, read back from its XML: Word's own styles, the paper --paper names, the type size fitting chose, the
// shaded ask, the document's language and properties, and Arabic set right to left.
import { afterEach, expect, test } from 'vitest';
import { buildOutputs } from '../../helpers/outputs.js';
import { createProject, fixtureProject, shippedSource, type TestProject } from '../../helpers/project.js';
import { bytesOf, part, unzip } from './read.js';

let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

async function buildBriefing(make: () => TestProject, options = {}) {
  project = make();
  const built = await buildOutputs(project, options);
  const planned = built.result.plans[0]!;
  const zip = unzip(bytesOf(built, `${planned.briefing.slug}/briefing.docx`));
  return { planned, zip, document: part(zip, 'word/document.xml'), styles: part(zip, 'word/styles.xml') };
}

const shipped = () => createProject({ 'content/iom.md': shippedSource });
/** The text of each paragraph of a style. */
const styled = (document: string, style: string) =>
  [...document.matchAll(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${style}"/>(.*?)</w:p>`, 'gs'))].map(([, body]) =>
    [...body!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''),
  );

test('uses Word’s styles: Title, Heading 1 for each part (the points numbered), List Bullet for key messages', async () => {
  const { planned, document, styles } = await buildBriefing(shipped);
  const { briefing } = planned;
  expect(styled(document, 'Title')).toEqual([briefing.meta.title]);
  expect(styled(document, 'Heading1')).toEqual([briefing.introduction.headline, ...briefing.points.map((point) => point.headline), briefing.ask.headline]);
  expect(styled(document, 'ListBullet')).toEqual([briefing.introduction, ...briefing.points, briefing.ask].flatMap((part) => part.keyMessages));
  expect(styles).toContain('<w:style w:type="paragraph" w:styleId="ListBullet"');
  expect(styles).toContain('<w:name w:val="List Bullet"/>');
  expect(styles).toContain('<w:name w:val="Title"/>');
  // The ask is in a shaded box, under its label.
  expect(document).toMatch(/<w:tc>.*<w:shd w:fill="EEF2F7" w:color="auto" w:val="clear"\/>.*The ask.*<\/w:tc>/s);
});

test('says who delivers it, where and when once, and labels the introduction and the ask, as the HTML briefing does', async () => {
  const { planned, document } = await buildBriefing(shipped);
  const { briefing } = planned;
  const text = styled(document, '[A-Za-z0-9]+').join('\n');
  for (const { value } of briefing.facts) expect(text.split(value), value).toHaveLength(2);
  expect(styled(document, 'PartLabel')).toEqual(['Introduction', 'The ask']);
  expect(styled(document, 'BriefingFooter')).toEqual([briefing.delivery]);
});

test('is set on A4 or US Letter, as --paper says, at the size fitting chose', async () => {
  const a4 = await buildBriefing(shipped);
  expect(a4.document).toContain('<w:pgSz w:w="11906" w:h="16838"');
  project!.remove();
  const letter = await buildBriefing(shipped, { paper: 'letter' });
  expect(letter.document).toContain('<w:pgSz w:w="12240" w:h="15840"');
  // 10.5 pt body text, in half-points, times the scale fitting chose.
  expect(letter.styles).toContain(`<w:sz w:val="${Math.round(10.5 * letter.planned.briefing.scale * 2)}"/>`);
});

test('carries the title, author, subject and language, and sets Arabic right to left', async () => {
  const { zip } = await buildBriefing(shipped);
  expect(part(zip, 'docProps/core.xml')).toContain('<dc:creator>Kieran Gorman-Best</dc:creator>');
  project!.remove();
  const arabic = await buildBriefing(() => fixtureProject('arabic'));
  const lang = arabic.planned.briefing.meta.lang;
  expect(arabic.styles).toContain(`<w:lang w:val="${lang}" w:bidi="${lang}"/>`);
  expect(arabic.document).toContain('<w:bidi/>');
  expect(arabic.document).toContain('<w:rtl/>');
  expect(arabic.document).toContain('<w:bidiVisual/>');
  // The ask's rule on the side its lines start from: in a right-to-left table, Word and LibreOffice draw a cell's
  // "left" border on the right.
  expect(arabic.document).toMatch(/<w:tcBorders>(?:(?!<\/w:tcBorders>).)*<w:left w:val="single"/);
  // Labels in capitals are never letter-spaced: spaced Arabic letters lose their joins.
  expect(arabic.styles).not.toContain('<w:spacing w:val=');
  expect(part(arabic.zip, 'docProps/core.xml')).toContain(`<dc:language>${lang}</dc:language>`);
});
