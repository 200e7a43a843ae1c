import * as chrono from 'chrono-node';

/** A date as ISO YYYY-MM-DD, read the UK way (28/07/2016 is 28 July); null when there is none. */
export function parseUkDate(text: string, reference?: Date): string | null {
  const results = chrono.en.GB.parse(text, reference ?? new Date(2000, 0, 1), { forwardDate: false });
  for (const result of results) {
    const c = result.start;
    // A date needs a day, a month and a year written as numbers or words with a number; "now",
    // "today", "2025" alone or "Tuesday" alone are not dates.
    if (!/\d/.test(result.text) || !c.isCertain('day') || !c.isCertain('month')) continue;
    const year = c.isCertain('year') ? c.get('year') : null;
    if (year === null) continue;
    return iso(year, c.get('month')!, c.get('day')!);
  }
  return null;
}

/** Every full date in a text, with its offset, in order. */
export function findDates(text: string): { index: number; iso: string; text: string }[] {
  const out: { index: number; iso: string; text: string }[] = [];
  for (const result of chrono.en.GB.parse(text, new Date(2000, 0, 1))) {
    const c = result.start;
    if (!/\d/.test(result.text) || !c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) continue;
    out.push({ index: result.index, iso: iso(c.get('year')!, c.get('month')!, c.get('day')!), text: result.text });
  }
  return out;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
