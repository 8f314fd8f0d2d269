// When and where, from lines no label names: the line with the statement's date, the time and the venue beside that
// date ("14 septembre 2015, New York"), a line that is only a time, and a line that names a place.
import { findDate, findTime } from './dates.js';
import { maxHeaderWords, without, type HeaderReading } from './header-reading.js';
import { eventWords, statementTitle } from './header-words.js';
import { wordCount } from './markers.js';
import { venuePattern } from './venue-words.js';

/** A line that names a place, when no line with the date did. */
export function readVenue(reading: HeaderReading): void {
  for (const line of reading.lines) {
    if (line.used || reading.fields.venue !== undefined) continue;
    if (isVenue(line.text)) reading.set('venue', line.text, line);
  }
}

/** A line with a date: the date, and the rest of the line as the time and the venue. */
export function readDates(reading: HeaderReading): void {
  for (const line of reading.lines) {
    if (line.used) continue;
    const date = findDate(line.text);
    if (!date) continue;
    if (reading.fields.date !== undefined) {
      // The same date again, on a line of its own ("24 junio 2019", then "24 de junio de 2019"): nothing left to place.
      if (date.iso === reading.fields.date && !/\p{L}{2}/u.test(without(line.text, date))) reading.use(line);
      continue;
    }
    reading.set('date', date.iso, line);
    if (wordCount(line.text) <= maxHeaderWords) readRest(reading, line.text, date);
  }
  for (const line of reading.lines) {
    if (line.used || reading.fields.time !== undefined) continue;
    const time = findTime(line.text);
    if (!time) continue;
    const rest = without(line.text, time);
    if (rest === '' || wordCount(rest) <= 1) reading.set('time', time.text, line);
  }
}

/** The rest of a line with a date: its time, and its venue or, when it is longer, a line of its own to read. */
export function readRest(reading: HeaderReading, text: string, date: { index: number; length: number } | undefined): void {
  let rest = date ? without(text, date) : text;
  const time = findTime(rest);
  if (time) {
    reading.set('time', time.text);
    rest = without(rest, time);
  }
  if (!date || !/\p{L}{2}/u.test(rest)) return;
  if (isVenue(rest) || (wordCount(rest) <= 3 && !statementTitle.test(rest) && !eventWords.test(rest))) reading.set('venue', rest);
  else if (wordCount(rest) <= maxHeaderWords)
    reading.lines.push({ source: reading.lines.find((l) => l.text === text)?.source ?? reading.lines[0]!.source, text: rest, used: false });
}

/** "Room XX, Palais des Nations, Geneva", "New York, New York": a place, short and not a sentence. */
function isVenue(text: string): boolean {
  return wordCount(text) <= 12 && !/[.!?;]$/u.test(text) && venuePattern.test(text) && !statementTitle.test(text);
}
