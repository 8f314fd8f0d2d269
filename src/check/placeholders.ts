// For a deck made on an organization's PowerPoint template: a warning for every slide whose headline or key messages
// would overflow the template's placeholder at the template's own type sizes (Lectern sets them on its own master
// only, where fitting has already made them fit), and for a logo the title slide has no free corner for. The text is
// measured with the theme's fonts, as fitting measures it, in the placeholder's box less its insets, line by line as
// PowerPoint breaks it.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { fontCacheDir } from '../fit/index.js';
import { countLines, type TextStyle } from '../fit/lines.js';
import { createMeasurer, type Measurer } from '../fit/measure.js';
import type { Slide } from '../plan/deck.js';
import type { PlannedStatement } from '../plan/statement.js';
import { officeLogo } from '../render/office/logo.js';
import { templateTitlePlace } from '../render/office/picture.js';
import { organizationTemplate } from '../render/office/pptx.js';
import { templateRooms, type TextRoom } from '../render/office/room.js';
import type { Warning } from './lint.js';

/** What overflows: how much height the text takes, against what the placeholder holds, in points. */
export interface Overflow {
  readonly lines: number;
  readonly needed: number;
  readonly room: TextRoom;
}

export async function placeholderWarnings(
  planned: PlannedStatement,
  config: Pick<ResolvedConfig, 'root' | 'packageRoot' | 'pptxTemplate'>,
): Promise<Warning[]> {
  const organization = organizationTemplate(planned.theme, config);
  if (!organization) return [];
  const { template, file: templateFile } = organization;
  const rooms = templateRooms(template);
  const { deck, statement } = planned;
  const lang = deck.meta.lang;
  const measurer = await createMeasurer(
    planned.theme,
    deck.slides.flatMap((slide) => [slide.headline, ...slide.keyMessages]),
    { cacheDir: fontCacheDir(config) },
  );
  const warnings: Warning[] = [];
  deck.slides.forEach((slide, index) => {
    const onTitleLayout = slide.kind === 'title' || slide.kind === 'closing';
    const layout = onTitleLayout ? template.title : template.content;
    const { title, body } = onTitleLayout ? rooms.title : rooms.content;
    const line =
      slide.lines?.headline ?? (slide.kind === 'title' ? statement.titleLine : slide.kind === 'closing' ? statement.closing.line || undefined : undefined);
    const say = (what: string, placeholder: string, overflow: Overflow) =>
      warnings.push({
        at: { file: statement.file, line },
        message:
          `slide ${index + 1}: ${what} would overflow the ${placeholder} placeholder of the layout "${layout.name}" in ${templateFile}: ` +
          `${overflow.lines} line${overflow.lines === 1 ? '' : 's'} at its ${overflow.room.size} pt take ${inches(overflow.needed)}, it holds ${inches(overflow.room.height)}; ` +
          'PowerPoint shrinks the text to fit; shorten it, or give the layout a larger placeholder',
      });
    const headline = title && overflowOf([slide.headline], title, 'heading', measurer, lang);
    if (headline) say(slide.kind === 'closing' ? 'its closing words' : slide.kind === 'title' ? 'the title' : 'its headline', 'title', headline);
    const messages = !onTitleLayout && body && overflowOf(slide.keyMessages, body, 'body', measurer, lang);
    if (messages) say(keyMessagesOf(slide), 'content', messages);
  });
  // The title slide shows the logo in a corner that no placeholder or picture of the layout takes, or not at all.
  if (deck.logo && !templateTitlePlace(await officeLogo(deck.logo), template)) {
    warnings.push({
      at: deck.logo.named,
      message:
        `the logo ${path.basename(deck.logo.path)} has no free corner on the layout "${template.title.name}" in ${templateFile}, ` +
        'so the title slide of deck.pptx shows none; leave a corner of that layout free of placeholders and pictures, ' +
        'or let the template carry the organization’s branding itself',
    });
  }
  return warnings;
}

/** The paragraphs' height in the room, when it is more than the room holds. */
export function overflowOf(paragraphs: readonly string[], room: TextRoom, role: 'heading' | 'body', measurer: Measurer, lang: string): Overflow | undefined {
  const style: TextStyle = { font: { role, weight: room.bold ? 700 : 400 }, size: room.size, lineHeight: room.line / room.size };
  const counts = paragraphs.map((text) => countLines(text, room.width, style, measurer, lang));
  const lines = counts.reduce((sum, count) => sum + count, 0);
  const needed = lines * room.line + Math.max(0, paragraphs.length - 1) * room.spaceBefore;
  // Half a point of slack: a line that only just fits is not worth a warning.
  return needed > room.height + 0.5 ? { lines, needed, room } : undefined;
}

function keyMessagesOf(slide: Slide): string {
  return slide.keyMessages.length === 1 ? 'its key message' : `its ${slide.keyMessages.length} key messages`;
}

function inches(points: number): string {
  return `${(points / 72).toFixed(1)} in`;
}
