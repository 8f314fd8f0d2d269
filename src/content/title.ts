// The title of a statement whose header names none (README, "Content format"): the event, when the header names one,
// else the body's first sentence cut to a headline of at most 8 words, an ellipsis where words were cut. Either way it
// is a draft, and `lectern check` says so.

/** At most this many words, as `lectern check` counts a headline's. */
const maxWords = 8;

export interface DraftTitle {
  readonly text: string;
  /** Where it was taken from, as warnings say it. */
  readonly from: 'the event' | 'the first sentence';
}

export function draftTitle(event: string | undefined, firstParagraph: string, lang: string): DraftTitle {
  if (event) return { text: event, from: 'the event' };
  return { text: headlineOf(firstSentence(firstParagraph, lang), lang), from: 'the first sentence' };
}

function firstSentence(paragraph: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const [first] = segmenter.segment(paragraph.trim());
  return (first?.segment ?? paragraph).trim();
}

/** The sentence without its final stop when it has at most 8 words; else its first 8 words and "…". */
function headlineOf(sentence: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  for (const { segment, index, isWordLike } of segmenter.segment(sentence)) {
    if (!isWordLike) continue;
    words += 1;
    if (words === maxWords) {
      const rest = sentence.slice(index + segment.length);
      if (/[\p{L}\p{N}]/u.test(rest)) return `${sentence.slice(0, index + segment.length)}…`;
      break;
    }
  }
  return sentence.replace(/[\s.,;:!?؟،؛…]+$/u, '') || sentence;
}
