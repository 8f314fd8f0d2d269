// The delivery pack as a reader gets it: the reading copy and the interpreters' copy hold every paragraph, numbered,
// with the slide advances of the deck; notes.txt is the text to read, slide by slide; the glossary holds the seed's
// names, acronyms and numbers.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/plan/glossary.js';
import { shortTitle } from '../../src/render/delivery.js';
import { parseDocument, texts } from '../helpers/html.js';
import { buildOutputs, type BuiltOutputs } from '../helpers/outputs.js';
import { createProject, fixtureProject, seedParagraphs, shippedSource, type TestProject } from '../helpers/project.js';

const slug = 'iom-crime-prevention-2019';
let project: TestProject;
let outputs: BuiltOutputs;
beforeAll(async () => {
  project = createProject({ [`content/${slug}.md`]: shippedSource });
  outputs = await buildOutputs(project);
});
afterAll(() => project.remove());

/** The seed's paragraphs as spoken: everything but its header lines. */
function spokenParagraphs(): string[] {
  const paragraphs = seedParagraphs();
  return paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.startsWith('Excellencies')));
}

describe('the reading copy', () => {
  it('holds every paragraph of the statement word for word, numbered from 1, the salutation and the closing included', () => {
    const document = parseDocument(outputs.text(`${slug}/reading.html`));
    const bodies = texts(document, '.delivery__body');
    expect(bodies).toEqual(spokenParagraphs().map((paragraph, index) => `${index + 1}. ${paragraph}`));
  });

  it('marks where each slide comes up, numbered as the deck numbers its slides, and the time spoken by then', () => {
    const document = parseDocument(outputs.text(`${slug}/reading.html`));
    const deck = parseDocument(outputs.text(`${slug}/deck.html`));
    const slides = deck.querySelectorAll('.reveal .slides > section').length;
    const marks = texts(document, '.delivery__advance');
    expect(marks).toEqual(Array.from({ length: slides }, (_, index) => String(index + 1)));
    const elapsed = texts(document, '.delivery__elapsed');
    expect(elapsed[0]).toBe('0:00');
    expect(elapsed.every((time) => /^\d+:\d\d$/.test(time))).toBe(true);
    const seconds = elapsed.map((time) => Number(time.split(':')[0]) * 60 + Number(time.split(':')[1]));
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
  });

  it('says "Check against delivery" and who delivers it, where and when, on its first page', () => {
    const document = parseDocument(outputs.text(`${slug}/reading.html`));
    expect(texts(document, '.delivery__check')).toEqual(['Check against delivery']);
    const header = document.querySelector('.delivery__header')!.textContent!;
    for (const fact of ['Kieran Gorman-Best', 'Senior Policy and Liaison Officer', 'High-Level Thematic Debate', 'Trusteeship Council', 'June 6, 2019']) {
      expect(header).toContain(fact);
    }
  });

  it('sets the reading size given with --reading-size, 16 pt by default', async () => {
    expect(outputs.text(`${slug}/reading.html`)).toContain('--reading-size: 16pt');
    const larger = await buildOutputs(project, { readingSize: 20 });
    expect(larger.text(`${slug}/reading.html`)).toContain('--reading-size: 20pt');
  });
});

describe('the interpreters’ copy', () => {
  it('lists the acronyms, names and numbers of the seed, each with the paragraphs it occurs in', () => {
    const document = parseDocument(outputs.text(`${slug}/interpreters.html`));
    const entries = texts(document, '.glossary dt');
    for (const acronym of ['UNODC', 'API/PNR', 'CARICOM', 'EU', 'OSCE', 'ASEAN', 'IOM']) expect(entries).toContain(acronym);
    for (const name of ['International Organization for Migration', 'President of the General Assembly', 'Member States']) expect(entries).toContain(name);
    expect(document.querySelector('.glossary')!.textContent).toMatch(/UNODC\s*Paragraphs 2, 4/);
  });

  it('says the delivery time at the statement’s pace, and holds the same numbered text', () => {
    const document = parseDocument(outputs.text(`${slug}/interpreters.html`));
    expect(texts(document, '.delivery__duration')).toEqual(['Delivery time: about 4 minutes at 130 words a minute']);
    expect(texts(document, '.delivery__body')).toEqual(spokenParagraphs().map((paragraph, index) => `${index + 1}. ${paragraph}`));
  });
});

describe('an interpreters’ copy with nothing to list', () => {
  it('says so, in the statement’s language, and goes on with the text on the same page', async () => {
    // A statement in French whose text names nothing, abbreviates nothing and counts nothing.
    const quiet = fixtureProject('quiet');
    try {
      const built = await buildOutputs(quiet);
      const document = parseDocument(built.text('quiet/interpreters.html'));
      expect(texts(document, '.glossary dt')).toEqual([]);
      expect(texts(document, '.glossary__none')).toEqual(['Aucun dans le texte.']);
      expect(document.querySelector('.glossary')!.classList.contains('glossary--empty')).toBe(true);
    } finally {
      quiet.remove();
    }
  });
});

describe('notes.txt', () => {
  it('is the text to read, slide by slide, each heading with its slide number and time', () => {
    const notes = outputs.text(`${slug}/notes.txt`);
    expect(notes).toMatch(/^The Role of Regional Organizations/);
    expect(notes).toContain('Check against delivery');
    const headings = notes.split('\n').filter((line) => /^Slide \d+ · /.test(line));
    expect(headings.map((line) => line.split(' · ')[0])).toEqual(['Slide 1', 'Slide 2', 'Slide 3', 'Slide 4', 'Slide 5', 'Slide 6', 'Slide 7']);
    for (const paragraph of spokenParagraphs()) expect(notes).toContain(paragraph);
    expect(notes).not.toMatch(/<|&amp;/);
  });
});

describe('a right-to-left statement', () => {
  // Digits follow the convention of the statement's language tag, as its dates do: `ar` writes 0–9, as UN Arabic
  // documents do; `ar-EG` writes ٠–٩.
  it.each([
    ['ar', '1', '2', 'decimal'],
    ['ar-EG', '١', '٢', 'arabic-indic'],
  ])(
    'with lang: %s numbers its paragraphs, slides and pages in that language’s digits, and says "check against delivery" in Arabic',
    async (lang, one, two, counter) => {
      const arabic = fixtureProject('arabic');
      try {
        for (const file of built(arabic)) arabic.write(file, arabic.read(file).replace(/^lang: ar$/m, `lang: ${lang}`));
        const outputs = await buildOutputs(arabic);
        const [reading] = outputs.paths().filter((file) => file.endsWith('/reading.html'));
        const document = parseDocument(outputs.text(reading!));
        expect(document.documentElement.getAttribute('dir')).toBe('rtl');
        expect(texts(document, '.delivery__check')).toEqual(['العبرة بالنص الملقى']);
        expect(texts(document, '.delivery__number')[0]).toBe(`${one}.`);
        expect(texts(document, '.delivery__advance')[1]).toBe(two);
        expect(outputs.text(reading!)).toContain(`--reading-digits: ${counter}`);
      } finally {
        arabic.remove();
      }
    },
  );
});

/** The content files of a project, relative to it. */
function built(project: TestProject): string[] {
  return readdirSync(path.join(project.root, 'content')).map((name) => `content/${name}`);
}

describe('buildGlossary', () => {
  it('takes a capitalised word that opens a sentence for a name only when the text capitalises it elsewhere', () => {
    const glossary = buildGlossary(['First, we thank Geneva. Geneva hosts the talks.', 'Second, the WHO and UNICEF met 30 per cent of needs in 2020.'], 'en');
    expect(glossary.names.map((entry) => entry.text)).toEqual(['Geneva']);
    expect(glossary.acronyms.map((entry) => entry.text)).toEqual(['UNICEF', 'WHO']);
    expect(glossary.numbers.map((entry) => entry.text)).toEqual(['30 per cent', '2020']);
  });

  it('leaves titles out of names, keeps initials and numerals in them, counts a numeral alone as a number, and reads U.S. as one acronym', () => {
    const glossary = buildGlossary(
      [
        'Mr. Tariq Aziz met Mme Dupont and M. Delattre, as John F. Kennedy did after World War II, and H.E. Ferit Hoxha.',
        'En el siglo XXI, la Sra. Bachelet habló con la U.S. Mission.',
      ],
      'en',
    );
    expect(glossary.names.map((entry) => entry.text).sort()).toEqual([
      'Bachelet',
      'Delattre',
      'Dupont',
      'Ferit Hoxha',
      'John F. Kennedy',
      'Mission',
      'Tariq Aziz',
      'World War II',
    ]);
    expect(glossary.acronyms.map((entry) => entry.text)).toEqual(['U.S.']);
    expect(glossary.numbers.map((entry) => entry.text)).toEqual(['XXI']);
  });

  it('splits two places joined by "and" into two names, keeps a name that holds "and" whole, and reads "l’ONU"', () => {
    const english = buildGlossary(
      ['We thank Libya and Somalia, and Trinidad and Tobago, with the Food and Agriculture Organization, COVID-19 and the G-77.'],
      'en',
    );
    expect(english.names.map((entry) => entry.text).sort()).toEqual(['Food and Agriculture Organization', 'Libya', 'Somalia', 'Trinidad and Tobago']);
    expect(english.acronyms.map((entry) => entry.text).sort()).toEqual(['COVID-19', 'G-77']);
    expect(english.numbers).toEqual([]);
    // With the article French elides onto a name: left off before it, kept within it.
    const french = buildGlossary(['La crise frappe l’Irak et le Koweït, dit le Conseil de l’Europe avec l’ONU.'], 'fr');
    expect(french.names.map((entry) => entry.text).sort()).toEqual(['Conseil de l’Europe', 'Irak', 'Koweït']);
    expect(french.acronyms.map((entry) => entry.text)).toEqual(['ONU']);
  });

  it('keeps the first word of a place that opens a sentence, as the locale data names it ("&" for "and")', () => {
    const english = buildGlossary(
      ['Trinidad and Tobago, Sierra Leone and Costa Rica spoke first. Kenya and Ghana agreed. The United Kingdom abstained.', 'Sierra Leone thanks you.'],
      'en',
    );
    const listed = Object.fromEntries(english.names.map((entry) => [entry.text, entry.paragraphs]));
    expect(listed).toEqual({ 'Costa Rica': '1', Ghana: '1', Kenya: '1', 'Sierra Leone': '1, 2', 'Trinidad and Tobago': '1', 'United Kingdom': '1' });
    expect(buildGlossary(['Trinidad y Tobago apoya la resolución.'], 'es').names.map((entry) => entry.text)).toEqual(['Trinidad y Tobago']);
  });

  // Arabic script has no capitals: the places the locale data names are found instead, with the one-letter words
  // written onto them (و، ب، ل), the article's alef dropped after ل, and a writer's hamza or not.
  it('finds the countries and the United Nations in Arabic, however the text attaches and spells them', () => {
    const glossary = buildGlossary(
      ['نشكر الجزائر ووفد الأمم المتحدة على جهوده.', 'وللأمم المتحدة دور كبير، ونهنئ أسبانيا وبالجزائر.', 'الموقف الجزائري ثابت، والعالم يراقب.'],
      'ar',
    );
    const listed = Object.fromEntries(glossary.names.map((entry) => [entry.text, entry.paragraphs]));
    expect(listed).toEqual({ الجزائر: '1، 2', 'الأمم المتحدة': '1، 2', إسبانيا: '2' });
  });

  it('adds no place to a text in a language written with capitals: those are found by their capitals', () => {
    const glossary = buildGlossary(['we thank algeria and the united nations.'], 'en');
    expect(glossary.names).toEqual([]);
  });
});

describe('shortTitle', () => {
  it('cuts a long title at a word, with an ellipsis', () => {
    expect(shortTitle('Short')).toBe('Short');
    const cut = shortTitle('The Role of Regional Organizations in Strengthening and Implementing Crime Prevention Initiatives');
    expect(cut).toBe('The Role of Regional Organizations in Strengthening and…');
  });
});
