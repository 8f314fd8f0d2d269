// Which language a statement is in, and its common words: enough to set `lang:` and to tell a word that carries
// meaning from one that does not.

export type ImportLanguage = 'en' | 'fr' | 'es' | 'ar';

export interface DetectedLanguage {
  readonly lang: ImportLanguage;
  /** False when the text looked like none of the four: `lang` is then English by default. */
  readonly sure: boolean;
}

/** The most common words of each language: function words that say nothing about a statement's subject. */
const commonWords: Readonly<Record<ImportLanguage, ReadonlySet<string>>> = {
  en: new Set(
    (
      'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
      'could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is ' +
      'it its itself just let me more most must my no nor not now of off on once only or other our ours out over own same shall she ' +
      'should so some such than that the their theirs them then there these they this those through to too under until up upon very ' +
      'was we were what when where which while who whom why will with would you your also well like would may might one two three ' +
      'within without towards toward including especially based order rather again further already therefore thus however'
    ).split(' '),
  ),
  fr: new Set(
    (
      'à au aux avec ce ces cet cette dans de des du elle en entre est et été être il ils je la le les leur leurs lui mais me même ' +
      'mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tous tout ' +
      'toute toutes très tu un une vos votre vous y ainsi aussi afin dont donc car comme plus peut doit doivent ont avons sommes ' +
      'cela celle celui ceux leurs nos lors selon également notamment encore déjà'
    ).split(' '),
  ),
  es: new Set(
    (
      'a al algo ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa ese ' +
      'eso esta este esto estos estas está están fue ha han hasta hay la las le les lo los más me mi muy no nos nosotros nuestra ' +
      'nuestro nuestros nuestras o para pero por porque que quien se ser si sin sobre su sus también tanto te tiene todo todos ' +
      'tu un una uno unos y ya así además debe deben puede pueden hemos somos sido según especialmente incluso'
    ).split(' '),
  ),
  ar: new Set(
    (
      'في من على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين كما كان كانت قد لا لم لن ما هو هي هم نحن أو او ثم ' +
      'بين كل بعض عند حتى إلا الا أي اي لقد وقد وفي ومن وعلى وإلى والى وأن وان ولا ولم بها به لها له فيها فيه منها منه عليها ' +
      'عليه أيضا ايضا كذلك حيث التي اللذين هناك هنا يجب يمكن'
    ).split(' '),
  ),
};

/**
 * Arabic script in more than a third of the letters makes it Arabic. Otherwise, whichever of English, French and
 * Spanish has the most of its common words in the text; English when none stands out.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabicLetters = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  if (letters > 0 && arabicLetters / letters > 1 / 3) return { lang: 'ar', sure: true };
  const words = text.toLocaleLowerCase().match(/[\p{L}']+/gu) ?? [];
  const scores = (['en', 'fr', 'es'] as const).map((lang) => ({
    lang,
    score: words.filter((word) => distinctive[lang].has(word)).length,
  }));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  const sure = words.length > 0 && best.score / words.length >= 0.05;
  return { lang: sure ? best.lang : 'en', sure };
}

/** Common words of one language that are rare in the other two: "the" but not "a", "les" but not "la". */
const distinctive: Readonly<Record<'en' | 'fr' | 'es', ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'are', 'we', 'this', 'our', 'have', 'be', 'it', 'which', 'will']),
  fr: new Set(['le', 'les', 'et', 'des', 'du', 'est', 'pour', 'dans', 'une', 'nous', 'aux', 'au', 'sur', 'qui', 'sont', 'avec', 'cette']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'por', 'para', 'una', 'con', 'es', 'al', 'nuestra', 'nuestro', 'su', 'sus', 'como', 'esta']),
};

/** Is this (lower-cased, for Arabic unvowelled) word one of the language's common words? */
export function isCommonWord(word: string, lang: ImportLanguage): boolean {
  return commonWords[lang].has(word);
}
