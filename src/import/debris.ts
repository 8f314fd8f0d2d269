// What web pages, press releases and PDFs put around a statement that is no part of it: share buttons, "Skip to main
// content", archive labels, page footers, "As delivered", the "###" or "-30-" that ends a press release and the
// other news after it. Such lines are never read as header fields; the content file lists them in a note.
import type { SourceLine } from './paragraphs.js';

/** A whole line of site furniture or delivery notes. */
export const debrisLine = new RegExp(
  `^(?:${[
    'skip\\s+to\\s+(?:main\\s+)?content',
    'aller\\s+au\\s+contenu(?:\\s+principal)?',
    'ir\\s+al\\s+contenido(?:\\s+principal)?',
    '(?:twitter|facebook|flickr|youtube|linkedin|whatsapp|rss|share|email|print|imprimer|partager|compartir|imprimir)(?:\\s+(?:twitter|facebook|flickr|youtube|linkedin|whatsapp|rss|share|email|print))*',
    'bookmark\\s+and\\s+share',
    // A site's section above a title: "Declaraciones Oficina del Alto Comisionado …", "Press releases Human Rights Council".
    '(?:statements|speeches|press\\s+releases?|news|declaraciones|discursos|comunicados|noticias|d[ée]clarations|discours|communiqu[ée]s|actualit[ée]s)\\s+\\p{Lu}[^.!?]{0,90}',
    '[•·]?\\s*(?:x|whatsapp|linkedin|facebook|enviar\\s+por\\s+correo|email|e-mail)\\s*:\\s*(?:abre|opens|ouvre)\\b.*',
    '(?:tag|category)\\s+archives?\\s*:.*',
    'archives?\\s+(?:de\\s+(?:la\\s+)?)?cat[ée]gorie\\s*:.*',
    'derni[èe]re\\s+modification\\s*:.*',
    'last\\s+(?:updated|modified)\\s*:.*',
    '[úu]ltima\\s+(?:actualizaci[oó]n|modificaci[oó]n)\\s*:.*',
    'haut\\s+de\\s+page',
    'back\\s+to\\s+top',
    'volver\\s+arriba',
    'read\\s+more',
    'lire\\s+la\\s+suite',
    'leer\\s+m[áa]s',
    "welcome\\s+to\\s+the\\s+united\\s+nations\\.\\s+it['’]s\\s+your\\s+world\\.?",
    '\\[?\\(?(?:as\\s+delivered|as\\s+prepared(?:\\s+for\\s+delivery)?|check\\s+against\\s+delivery|please\\s+check\\s+against\\s+delivery|seul\\s+le\\s+texte\\s+prononc[ée]\\s+fait\\s+foi|v[ée]rifier\\s+au\\s+prononc[ée]|cotejar\\s+con\\s+el\\s+discurso\\s+pronunciado|s[oó]lo\\s+vale\\s+el\\s+texto\\s+pronunciado|العبرة\\s+بالنص\\s+الملقى)\\)?\\]?\\.?',
    '(?:embargo(?:ed)?|under\\s+embargo)\\b.*',
    'no\\s+hay\\s+comentarios:?',
    'publicar\\s+un\\s+comentario',
    'post\\s+a\\s+comment',
    'ليست\\s+هناك\\s+تعليقات:?',
    'إرسال\\s+تعليق',
    'أرسل\\s+تعليقك',
    'طباعة',
    '\\((?:[A-Z]{2,}-?)+[\\p{L}]*\\)',
  ].join('|')})$`,
  'iu',
);

/** A line that ends a press release: "###", "-30-", "* *** *", "- END -". */
export const terminatorLine = /^(?:#{3,}|-\s*30\s*-|\*\s*\*{3}\s*\*|-+\s*(?:end|ends|fin|fin\s+del\s+comunicado)\s*-+|\*{3,})$/iu;

/** A bracketed note on a title line: "[as delivered]", "[en]", "(check against delivery)". */
export const bracketNote =
  /\s*[[(](?:as\s+delivered|as\s+prepared(?:\s+for\s+delivery)?|check\s+against\s+delivery|en|fr|es|ar|english|français|español|pdf)[\])]\s*/giu;

export interface Cleaned {
  readonly lines: SourceLine[];
  /** The lines left out, as they were written. */
  readonly leftOut: string[];
}

/**
 * Blanks the lines of site furniture, and every line after a press release's terminator when it comes after the
 * statement's first third (so a "###" under a header is not taken for the end). Line numbers stay as they were.
 */
export function withoutDebris(lines: readonly SourceLine[]): Cleaned {
  const leftOut: string[] = [];
  const blank = (line: SourceLine): SourceLine => ({ ...line, text: '', afterPageBreak: false });
  const filled = lines.filter((line) => line.text !== '').length;
  let seen = 0;
  let ended = false;
  const cleaned = lines.map((line) => {
    if (line.text === '') return line;
    seen++;
    if (ended) {
      leftOut.push(line.text);
      return blank(line);
    }
    if (terminatorLine.test(line.text) && seen > filled / 3) {
      ended = true;
      leftOut.push(line.text);
      return blank(line);
    }
    if (debrisLine.test(line.text)) {
      leftOut.push(line.text);
      return blank(line);
    }
    return line;
  });
  return { lines: cleaned, leftOut };
}
