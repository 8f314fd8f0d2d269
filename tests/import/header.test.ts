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

  it('takes the same date written again for a repeat, and another date for a line to place by hand', () => {
    const again = header('41° período de sesiones del Consejo de Derechos Humanos\n24 junio 2019\n24 de junio de 2019');
    expect(again.fields.date).toBe('2019-06-24');
    expect(again.unused.map((line) => line.text)).not.toContain('24 de junio de 2019');
    const arabic = header('رسالة بمناسبة يوم الأمم المتحدة ٢٤ أكتوبر ٢٠١٩\n٢٤ أكتوبر ٢٠١٩');
    expect(arabic.fields.date).toBe('2019-10-24');
    expect(arabic.unused).toEqual([]);
    const another = header('United Nations Day Message - 24 October 2023\n23 October 2023');
    expect(another.fields.date).toBe('2023-10-24');
    expect(another.unused.map((line) => line.text)).toEqual(['23 October 2023']);
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

describe('fields only from header lines', () => {
  it('a venue line is the venue, not the event', () => {
    expect(header('Human Rights Council, 55th session\nRoom XX, Palais des Nations, Geneva\n4 March 2024').fields).toEqual({
      event: 'Human Rights Council, 55th session',
      venue: 'Room XX, Palais des Nations, Geneva',
      date: '2024-03-04',
    });
    expect(header('John Giordano\nPublic Delegate\nU.S. Mission to the United Nations\nNew York, New York\nNovember 1, 2019').fields).toEqual({
      speaker: 'John Giordano',
      role: 'Public Delegate',
      organization: 'U.S. Mission to the United Nations',
      venue: 'New York, New York',
      date: '2019-11-01',
    });
  });

  it('reads a line of fields joined by dashes, and a title before a by-line', () => {
    expect(
      header(
        'Réforme du Conseil de sécurité - Intervention de M. François Delattre, représentant permanent de la France auprès des Nations unies - Assemblée générale - 14 septembre 2015',
      ).fields,
    ).toMatchObject({
      speaker: 'M. François Delattre',
      role: 'représentant permanent de la France auprès des Nations unies',
      event: 'Assemblée générale',
      date: '2015-09-14',
    });
    expect(header('16 décembre 1998 - Irak et Koweït : Intervention de M. Alain Dejammet, représentant permanent de la France').fields).toEqual({
      date: '1998-12-16',
      title: 'Irak et Koweït',
      speaker: 'M. Alain Dejammet',
      role: 'représentant permanent de la France',
    });
  });

  it('never puts delivery notes, site furniture or a photo caption into a field', () => {
    const result = header(
      [
        'Skip to main content',
        'Des femmes en tenue traditionnelle enlèvent les débris du bord de la route à l’aide d’une faucille.',
        'Africa: United Nations Day Message - 24 October 2023 [as delivered]',
        'AS DELIVERED',
        'Twitter Facebook Flickr Youtube RSS Share',
      ].join('\n'),
    );
    expect(result.fields).toEqual({ title: 'United Nations Day Message', date: '2023-10-24' });
    expect(result.leftOut).toEqual(['Skip to main content', 'AS DELIVERED', 'Twitter Facebook Flickr Youtube RSS Share']);
    expect(result.unused.map((line) => line.text)).toEqual([
      'Des femmes en tenue traditionnelle enlèvent les débris du bord de la route à l’aide d’une faucille.',
    ]);
  });

  it('reads who and what from a press release’s lead-in, in English, French and Arabic', () => {
    expect(header('Following is UN Secretary-General António Guterres’ message on the International Day of Peace, observed on 21 September:').fields).toEqual({
      speaker: 'António Guterres',
      role: 'UN Secretary-General',
      event: 'International Day of Peace',
    });
    expect(
      header(
        'On trouvera ci-après le message du Secrétaire général de l’ONU, M. António Guterres, à l’occasion de la Journée internationale de la paix, célébrée le 21 septembre:',
      ).fields,
    ).toEqual({ role: 'Secrétaire général de l’ONU', speaker: 'M. António Guterres', event: 'Journée internationale de la paix' });
    expect(header('النص الكامل لكلمة ممثل الجزائر الدائم لدى الأمم المتحدة عمار بن جامع بمناسبة مراسم تعيين الأعضاء الجدد').fields).toMatchObject({
      speaker: 'عمار بن جامع',
      role: 'ممثل الجزائر الدائم لدى الأمم المتحدة',
    });
  });

  it('reads an office above a name in capitals, and a name over two lines', () => {
    expect(header('LE SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES\nANTÓNIO GUTERRES').fields).toEqual({
      speaker: 'António Guterres',
      role: 'SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES',
    });
    expect(header('Jean-Claude\nJuncker\nPremier ministre du Luxembourg\nmercredi, 26 juin 2002').fields).toEqual({
      speaker: 'Jean-Claude Juncker',
      role: 'Premier ministre du Luxembourg',
      date: '2002-06-26',
    });
  });
});

describe('findDate, numeric', () => {
  it('reads "27.9.2018" day first, and refuses a day that does not exist', () => {
    expect(findDate('27.9.2018')?.iso).toBe('2018-09-27');
    expect(findDate('31.2.2018')).toBeUndefined();
  });
});
