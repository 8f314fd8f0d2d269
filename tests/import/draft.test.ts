// Drafted slide text: cut from each part's own sentences, within the content format's limits.
import { describe, expect, it } from 'vitest';
import { draftSlides } from '../../src/import/draft.js';
import { importStatement } from '../../src/import/import.js';
import { sentencesOf } from '../../src/import/sentences.js';
import type { DraftedPart } from '../../src/import/write.js';
import { seedText } from '../helpers/project.js';
import { importFixture } from './fixtures.js';

const statements = {
  seed: importStatement(Buffer.from(seedText), 'statement.txt'),
  ...Object.fromEntries(
    ['en-phrases', 'fr', 'es', 'ar', 'numbered', 'roman-headings', 'spanning', 'first-time', 'hard-wrapped', 'no-points'].map((name) => [
      name,
      importFixture(`${name}.txt`),
    ]),
  ),
};

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
/** Drafts are cut from the text: only the first letter's case and a closing "…" may differ. */
const isCutFrom = (draft: string, text: string) => {
  const cut = draft.replace(/…$/u, '');
  return text.includes(cut) || text.toLocaleLowerCase().includes(cut.toLocaleLowerCase());
};

describe.each(Object.entries(statements))('drafts for %s', (_, result) => {
  const { statement } = result;
  const parts = [statement.introduction, ...statement.points, statement.conclusion].filter((part): part is DraftedPart => part !== undefined);

  it('give each part a headline of at most 8 words, cut from its text', () => {
    for (const part of parts) {
      const text = part.paragraphs.join(' ');
      expect(part.draft.headline).not.toBe('');
      if (part.headlineFromText) continue;
      expect(words(part.draft.headline)).toBeLessThanOrEqual(8);
      expect(isCutFrom(part.draft.headline, text), `"${part.draft.headline}" is not in the text`).toBe(true);
    }
  });

  it('give each part 2–4 key messages of at most 15 words, each cut from its own text (1 when it has one sentence of one clause)', () => {
    for (const part of parts) {
      const text = part.paragraphs.join(' ');
      const messages = part.draft.keyMessages;
      const sentences = part.paragraphs.flatMap((paragraph) => sentencesOf(paragraph, result.statement.lang as 'en'));
      expect(messages.length).toBeGreaterThanOrEqual(sentences.length >= 2 || (words(text) > 20 && /[,;:]/u.test(text)) ? 2 : 1);
      expect(messages.length).toBeLessThanOrEqual(4);
      expect(new Set(messages).size).toBe(messages.length);
      for (const message of messages) {
        expect(words(message)).toBeLessThanOrEqual(15);
        expect(isCutFrom(message, text), `"${message}" is not in the text`).toBe(true);
      }
    }
  });

  it('mark every drafted part as a draft in the file', () => {
    expect(result.content.match(/<!-- draft: /g)).toHaveLength(parts.length);
  });
});

describe('draftSlides', () => {
  it('leaves out the opening marker and prefers the words that set a part apart', () => {
    const [first, second] = draftSlides(
      [
        { paragraphs: ['Trafficking networks cross borders. Regional cooperation against trafficking works. The weather was fine.'] },
        { paragraphs: ['Border data must be shared. Regional cooperation on border data works. The weather was fine.'] },
      ],
      'en',
    );
    expect(first!.headline).toMatch(/trafficking/i);
    expect(second!.headline).toMatch(/border/i);
    expect(first!.keyMessages).not.toContain('The weather was fine');
  });

  it('cuts a long sentence at a clause, or ends it with "…"', () => {
    const [draft] = draftSlides(
      [
        {
          paragraphs: [
            'Comprehensive efforts to combat terrorism and transnational organized crime must include significant components within the border management sphere, where they intersect most closely. Information sharing helps.',
          ],
        },
      ],
      'en',
    );
    expect(draft!.keyMessages[0]).toBe('Comprehensive efforts to combat terrorism and transnational organized crime must include significant components…');
    expect(draft!.keyMessages[1]).toBe('Information sharing helps');
  });
});

describe('sentencesOf', () => {
  it('does not end a sentence at "Mr." or an initial', () => {
    expect(sentencesOf('Thank you, Mr. President. Dr. Santos agrees with J. Smith. We go on.', 'en')).toEqual([
      'Thank you, Mr. President.',
      'Dr. Santos agrees with J. Smith.',
      'We go on.',
    ]);
  });

  it('splits Arabic sentences', () => {
    expect(sentencesOf('شكراً. نحن هنا! هل تعلم؟ نعم.', 'ar')).toHaveLength(4);
  });
});

describe('drafts a presenter can keep', () => {
  const one = (paragraphs: string[], lang: 'en' | 'fr' | 'es' | 'ar' = 'en') => draftSlides([{ paragraphs }], lang)[0]!;
  const all = (draft: { headline: string; keyMessages: readonly string[] }) => [draft.headline, ...draft.keyMessages];

  it('never opens on a conjunction: "And", "Et", "Y", or the Arabic "و" written onto the first word', () => {
    const drafts = [
      one(['And we must act now, before the next crisis. But the funding is not there.']),
      one(['Et nous devons agir maintenant, avant la prochaine crise. Mais les fonds manquent.'], 'fr'),
      one(['Y debemos actuar ahora, antes de la próxima crisis. Pero faltan los fondos.'], 'es'),
      one(['وفي هذا العصر المفعم بالتغيير، تركز الأمم المتحدة على المشاكل الحقيقية. ولا ندخر جهدا لضمان حقوق الإنسان.'], 'ar'),
    ];
    for (const text of drafts.flatMap(all)) expect(text).not.toMatch(/^(?:And|But|Et|Mais|Y|Pero|و)\s|^و(?:في|لا)/u);
    expect(drafts[3]!.keyMessages[0]).toMatch(/^في هذا العصر/u);
  });

  it('never cuts inside "من أجل", and never ends on it', () => {
    const draft = one(['فنحن نعمل من أجل عولمة عادلة وإجراءات مناخية جريئة تحمي الناس في كل مكان من العالم ومن أجل مستقبل أفضل لأطفالنا جميعا.'], 'ar');
    expect(all(draft).length).toBeGreaterThan(1);
    for (const text of all(draft)) {
      expect(text).not.toMatch(/^أجل/u);
      expect(text).not.toMatch(/(?:^|\s)من…?$/u);
    }
  });

  it('drops no word without an ellipsis: a draft is a whole clause, or ends with "…"', () => {
    const sentence =
      'The United Nations is a reflection of the world as it is and an aspiration of the world we know it can be, 78 years after the Charter entered into force';
    const draft = one([`${sentence}. It points the way.`]);
    for (const text of all(draft)) {
      const cut = text.replace(/…$/u, '');
      expect(sentence.includes(cut) || 'It points the way'.includes(cut)).toBe(true);
      if (!text.endsWith('…'))
        expect(
          sentence
            .split(/,\s*/u)
            .concat('It points the way')
            .some((clause) => clause.endsWith(cut)),
        ).toBe(true);
    }
    // A number is a word: "74" is never left out of "before 74 years".
    expect(all(one(['The Charter entered into force on this day, 74 years ago, in a world at war.'])).join(' ')).not.toMatch(/day, years/u);
  });

  it('never drafts a web address, markup or a bare emoji', () => {
    const draft = one([
      'Read the full report at https://example.org/report today 🙂. Our <b>priorities</b> are clear. Funding must arrive early and stay flexible.',
    ]);
    for (const text of all(draft)) expect(text).not.toMatch(/https?:|<\/?b>|^\p{Extended_Pictographic}$/u);
  });
});
