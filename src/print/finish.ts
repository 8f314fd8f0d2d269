// What Chromium leaves out of a PDF: the author, the subject, who made it, and an outline of what a reader looks for.
// Appended to Chromium's PDF as an incremental update (update.ts); a PDF laid out otherwise is rewritten whole by
// pdf-lib around Chromium's own pages, text and tags.
import type { MetaView } from '../plan/meta.js';
import type { OutlineEntry } from '../render/output.js';
import { appendUpdate, type Additions } from './update.js';

export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

export async function finishPdf(printed: Uint8Array, meta: MetaView, outline: readonly OutlineEntry[]): Promise<FinishedPdf> {
  const additions: Additions = {
    info: { Title: meta.title, Author: meta.speaker, Subject: meta.occasion, Creator: 'Lectern' },
    lang: meta.lang,
    outline,
  };
  return appendUpdate(printed, additions) ?? (await rewrite(printed, additions));
}

/** The whole document parsed and written again, with the additions. */
async function rewrite(printed: Uint8Array, { info, lang, outline }: Additions): Promise<FinishedPdf> {
  const { ParseSpeeds, PDFDocument, PDFHexString, PDFName } = await import('pdf-lib');
  // Parsed in one go rather than a few objects a tick, and saved as it was, without object streams: eight times
  // faster, for a few kilobytes.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  pdf.setTitle(info.Title ?? '', { showInWindowTitleBar: true });
  if (info.Author) pdf.setAuthor(info.Author);
  if (info.Subject) pdf.setSubject(info.Subject);
  pdf.setLanguage(lang);
  if (info.Creator) pdf.setCreator(info.Creator);
  if (outline.length > 0) {
    // A flat outline, one bookmark per entry, each opening its page whole; the viewer shows it on opening.
    const { context, catalog } = pdf;
    const pages = pdf.getPages();
    const root = context.nextRef();
    const refs = outline.map(() => context.nextRef());
    outline.forEach((entry, index) => {
      const page = pages[Math.min(Math.max(entry.page, 0), pages.length - 1)]!;
      const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: root, Dest: [page.ref, 'Fit'] });
      if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < outline.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
      context.assign(refs[index]!, item);
    });
    context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: outline.length }));
    catalog.set(PDFName.of('Outlines'), root);
    catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  return { bytes: await pdf.save({ useObjectStreams: false }), pages: pdf.getPageCount() };
}
