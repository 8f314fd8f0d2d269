// The outputs Lectern builds for each statement, as one table: building, printing, the index, the preview and the
// output folder's record all read it. Adding an output means writing its module and adding it here.
import { briefingOutput } from './briefing.js';
import { deckOutput } from './deck.js';
import { interpretersOutput, notesOutput, readingOutput } from './delivery.js';
import { handoutOutput } from './handout.js';
import { marpOutput } from './marp/output.js';
import { docxOutput } from './office/docx.js';
import { pptxOutput } from './office/pptx.js';
import type { Output, OutputLink } from './output.js';

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
];

/** The templates a build compiles: every output's, and the index's. */
export const templatesUsed: readonly string[] = [...new Set([...outputs.flatMap((output) => output.templates), 'index'])];

/** Every file a statement's folder may hold that Lectern writes: the pages, then the PDFs, in the index's order. */
export const outputLinks: readonly OutputLink[] = [
  ...outputs.flatMap((output) => output.files),
  ...outputs.flatMap(({ pdf }) => (pdf ? [{ file: pdf.file, label: pdf.label }] : [])),
];

/** The file names Lectern writes in a statement's folder: the only ones it ever removes from there. */
export const outputNames: ReadonlySet<string> = new Set(outputLinks.map(({ file }) => file));

/** The files a rendered statement's folder holds before any PDF is printed. */
export const pageFiles: readonly string[] = outputs.flatMap((output) => output.files.map(({ file }) => file));
