// The outputs Lectern builds for each statement, as one table: building, printing, the index, the preview and the
// output folder's record all read it. Adding an output means writing its module and adding it here.
import { briefingOutput } from './briefing.js';
import { deckOutput } from './deck.js';
import { interpretersOutput, notesOutput, readingOutput } from './delivery.js';
import { logoNames } from '../content/logo.js';
import { handoutOutput } from './handout.js';
import { logoOutput } from './logo.js';
import { marpOutput } from './marp/output.js';
import { docxOutput } from './office/docx.js';
import { pptxOutput } from './office/pptx.js';
import type { Output, OutputLink, OutputView } from './output.js';

export const outputs: readonly Output[] = [
  deckOutput,
  marpOutput,
  briefingOutput,
  handoutOutput,
  readingOutput,
  interpretersOutput,
  notesOutput,
  pptxOutput,
  docxOutput,
  logoOutput,
];

/** The templates a build compiles: every output's, and the index's. */
export const templatesUsed: readonly string[] = [...new Set([...outputs.flatMap((output) => output.templates), 'index'])];

const pdfLinks: readonly OutputLink[] = outputs.flatMap(({ pdf }) => (pdf ? [{ file: pdf.file, label: pdf.label }] : []));

/** Every file a statement's folder may hold that Lectern writes: the pages, then the PDFs. */
export const outputLinks: readonly OutputLink[] = [...outputs.flatMap((output) => output.files), ...pdfLinks];

/** What the index and the preview link for a statement, in order: each page and its other views, then the PDFs. */
export const indexLinks: readonly (OutputLink & Partial<Pick<OutputView, 'query'>>)[] = [
  ...outputs.flatMap((output) => [...output.files, ...(output.views ?? [])]),
  ...pdfLinks,
];

/** The file names Lectern writes in a statement's folder: the only ones it ever removes from there. */
export const outputNames: ReadonlySet<string> = new Set([...outputLinks.map(({ file }) => file), ...logoNames]);

/** The files a rendered statement's folder holds before any PDF is printed. */
export const pageFiles: readonly string[] = outputs.flatMap((output) => output.files.map(({ file }) => file));
