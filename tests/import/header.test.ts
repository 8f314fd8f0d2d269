// The header above a statement: its fields, in the four languages, and the lines it cannot place.
import { describe, expect, it } from 'vitest';
import { findDate, findTime } from '../../src/import/dates.js';
import { readHeader } from '../../src/import/header.js';
import { sourceLines } from '../../src/import/paragraphs.js';
import { parseStatement } from '../../src/content/parse.js';
import { frontMatterSchema } from '../../src/content/schema.js';
import { seedText, shippedSource } from '../helpers/project.js';

const header = (text: string) => readHeader(sourceLines(text));

describe('readHeader', () => {
  it('reads the seed header as the shipped file has it, dropping the title wrapped a second time', () => {
    const lines = seedText.split('\n');
    const result = header(lines.slice(0, lines.indexOf('Excellencies, distinguished delegates, ladies and gentlemen,')).join('\n'));
    const { lang: _, dir: __, ...shipped } = parseStatement(shippedSource, 'content/iom-crime-prevention-2019.md').meta;
    expect(result.fields).toEqual(shipped);
    expect(result.unused).toEqual([]);
  });

  it('reads "Label: value" lines, with the value on the line or the next', () => {
    const result = header(
      'Title: Data for development\nEvent:\nStatistical Commission\nSpeaker: Jane Doe, Chief Statistician\nDate: 1 March 2024\nVenue: New York\nTime: 10:00–11:00',
    );
    expect(result.fields).toEqual({
      title: 'Data for development',
      event: 'Statistical Commission',
      speaker: 'Jane Doe',
      role: 'Chief Statistician',
      date: '2024-03-01',
      venue: 'New York',
      time: '10:00–11:00',
    });
  });

  it('splits "on behalf of" into the speaker and the organization', () => {
    const result = header('Statement by Ambassador Ana Silva on behalf of the Group of 77 and China');
    expect(result.fields).toMatchObject({ speaker: 'Ambassador Ana Silva', organization: 'Group of 77 and China' });
  });

  it('reads a name on one line and the role on the next', () => {
    expect(header('H.E. Mr. John Smith\nPermanent Representative of Ruritania').fields).toEqual({
      speaker: 'H.E. Mr. John Smith',
      role: 'Permanent Representative of Ruritania',
    });
  });

  it('keeps the lines it cannot place, and invents nothing for them', () => {
    const result = header('Check against delivery\nStatement by the Delegation of Chile\n7 June 2019');
    expect(result.fields).toEqual({ organization: 'Delegation of Chile', date: '2019-06-07' });
    expect(result.unused).toEqual([]);
    expect(result.leftOut).toEqual(['Check against delivery']);
    const unplaced = header('Some words\nMore words here\nTitle: The title');
    expect(unplaced.fields).toEqual({ title: 'The title' });
    expect(unplaced.unused.map((line) => line.text)).toEqual(['Some words', 'More words here']);
  });

  it('reads French, Spanish and Arabic by-lines', () => {
    expect(header("Déclaration de l'Organisation internationale pour les migrations (OIM)").fields.organization).toBe(
      'Organisation internationale pour les migrations (OIM)',
    );
    expect(header('Declaración de la Organización Internacional para las Migraciones').fields.organization).toBe(
      'Organización Internacional para las Migraciones',
    );
    expect(header('بيان المنظمة الدولية للهجرة').fields.organization).toBe('المنظمة الدولية للهجرة');
  });
});

describe('findDate', () => {
  it.each([
    ['06 June, 2019, Trusteeship Council', '2019-06-06', '06 June, 2019'],
    ['Friday, June 7, 2019', '2019-06-07', 'Friday, June 7, 2019'],
    ['New York, 8 October 2024', '2024-10-08', '8 October 2024'],
    ['Sept. 3, 2023', '2023-09-03', 'Sept. 3, 2023'],
    ['1st March 2024', '2024-03-01', '1st March 2024'],
    ['Genève, le 6 juin 2019', '2019-06-06', 'le 6 juin 2019'],
    ['jeudi 6 juin 2019', '2019-06-06', 'jeudi 6 juin 2019'],
    ['1er août 2020', '2020-08-01', '1er août 2020'],
    ['Nueva York, 6 de junio de 2019', '2019-06-06', '6 de junio de 2019'],
    ['miércoles, 5 de septiembre de 2018', '2018-09-05', 'miércoles, 5 de septiembre de 2018'],
    ['٦ حزيران/يونيو ٢٠١٩، نيويورك', '2019-06-06', '٦ حزيران/يونيو ٢٠١٩'],
    ['6 يونيو 2019', '2019-06-06', '6 يونيو 2019'],
    ['Published 2019-06-07', '2019-06-07', '2019-06-07'],
  ])('"%s" is %s', (line, iso, text) => {
    expect(findDate(line)).toMatchObject({ iso, text });
  });

  it.each(['31 February 2024', 'June 2019', '2019', 'May we begin', '06/06/2019', '12 Mayday 2019'])('"%s" has no date', (line) => {
    expect(findDate(line)).toBeUndefined();
  });

  it.each(['2019-02-30', '29 February 2019', 'April 31, 2019', '31 avril 2019', '2019-13-01', '30 de febrero de 2020'])(
    '"%s" is a day that does not exist, so no date: import never writes one a build would refuse',
    (line) => {
      expect(findDate(line)).toBeUndefined();
    },
  );

  it('finds 29 February in a leap year, and every date it finds is one a content file may have', () => {
    const found = ['29 February 2024', '2000-02-29', '31 December 1999', '1 janvier 2020'].map((line) => findDate(line)?.iso);
    expect(found).toEqual(['2024-02-29', '2000-02-29', '1999-12-31', '2020-01-01']);
    for (const date of found) expect(frontMatterSchema.shape.date.safeParse(date).success, date).toBe(true);
  });
});

describe('findTime', () => {
  it.each([
    ['11:15 am – 1:00 pm', '11:15 am – 1:00 pm'],
    ['10 h 00 – 13 h 00', '10 h 00 – 13 h 00'],
    ['from 9 a.m. to 12:30 p.m.', '9 a.m. to 12:30 p.m.'],
    ['١١:١٥ – ١٣:٠٠', '١١:١٥ – ١٣:٠٠'],
    ['10h30', '10h30'],
  ])('"%s"', (line, text) => {
    expect(findTime(line)?.text).toBe(text);
  });

  it.each(['3 points', 'Room 12', '2019', 'Article 12.3'])('"%s" has no time', (line) => {
    expect(findTime(line)).toBeUndefined();
  });
});
