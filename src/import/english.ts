// English phrases, by compromise's part-of-speech tagger: where a noun or verb phrase ends, so a draft is never cut in
// the middle of one ("transnational organized…" is, "organized crime" is not), and which words are pronouns, so a
// draft never opens on one whose referent it left behind ("It means …").
import nlp from 'compromise';

export interface EnglishToken {
  /** The word as it stands in the text, with its punctuation: one of `text.split(/\s+/)`. */
  readonly text: string;
  /** The tagger puts the next word in the same noun or verb phrase: a cut after this word splits the phrase. */
  readonly phraseGoesOn: boolean;
  readonly pronoun: boolean;
}

const read = new Map<string, EnglishToken[] | undefined>();

/** compromise's reading of `text`, one entry per word split at white space; undefined when the two do not line up. */
export function englishTokens(text: string): EnglishToken[] | undefined {
  if (!read.has(text)) {
    // Drafting asks about the same sentences many times; a statement has few of them.
    if (read.size > 2000) read.clear();
    read.set(text, tag(text));
  }
  return read.get(text);
}

function tag(text: string): EnglishToken[] | undefined {
  const words = text.split(/\s+/u).filter((word) => word !== '');
  const terms = (nlp(text).json() as { terms: { pre: string; text: string; post: string; chunk?: string; tags: string[] }[] }[]).flatMap(
    (sentence) => sentence.terms,
  );
  const tokens: EnglishToken[] = [];
  let current = '';
  let first: (typeof terms)[number] | undefined;
  for (const [i, term] of terms.entries()) {
    first ??= term;
    current += term.pre + term.text + term.post;
    const next = terms[i + 1];
    if (/\s$/u.test(term.post) || !next) {
      const punctuated = /[,;:.!?)"”’]\s*$/u.test(term.post);
      tokens.push({
        text: current.trim(),
        phraseGoesOn: !punctuated && next !== undefined && term.chunk !== undefined && term.chunk !== 'Pivot' && next.chunk === term.chunk,
        pronoun: first.tags.includes('Pronoun') && !first.tags.includes('Possessive'),
      });
      current = '';
      first = undefined;
    }
  }
  if (tokens.length !== words.length || tokens.some((token, i) => token.text !== words[i])) return undefined;
  return tokens;
}
