// What Chromium leaves out of a PDF: the author, the subject, who made it, and an outline of what a reader looks for.
// pdf-lib rewrites the document around Chromium's own pages, text and tags.
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import type { MetaView } from '../plan/meta.js';
import type { OutlineEntry } from '../render/output.js';

export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

export async function finishPdf(printed: Uint8Array, meta: MetaView, outline: readonly OutlineEntry[]): Promise<FinishedPdf> {
  // Parsed in one go rather than a few objects a tick, and saved as Chromium wrote it, without object streams:
  // eight times faster, for a few kilobytes.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.speaker) pdf.setAuthor(meta.speaker);
  if (meta.occasion) pdf.setSubject(meta.occasion);
  pdf.setLanguage(meta.lang);
  pdf.setCreator('Lectern');
  if (outline.length > 0) setOutline(pdf, outline);
  return { bytes: await pdf.save({ useObjectStreams: false }), pages: pdf.getPageCount() };
}

/** A flat outline, one bookmark per entry, each opening its page whole; the viewer shows it on opening. */
function setOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { context, catalog } = pdf;
  const pages = pdf.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const page = pages[Math.min(Math.max(entry.page, 0), pages.length - 1)]!;
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [page.ref, 'Fit'],
    });
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
    if (index < entries.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
    context.assign(refs[index]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: entries.length }));
  catalog.set(PDFName.of('Outlines'), root);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
