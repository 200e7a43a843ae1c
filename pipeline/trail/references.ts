/**
 * Decision references in the forms UK councils print them: "24/00096", "Decision No: 24/00096",
 * "Key decision 24/00093", "Decision - 24/00093", and in file names "24-00096 - PRoD".
 */

/**
 * Two-digit year, slash, five-digit serial, not part of a longer run of digits or slashes: so a
 * planning application "16/00501/OM" or a date "12/03/2025" is not taken for a decision reference.
 */
const REFERENCE = /(?<![\d/])(\d{2})\/(\d{5})(?![\d/])/g;

/** The same with a hyphen, as file names spell it ("24-00096 - Report.pdf"); never a date (5 digits). */
const FILE_NAME_REFERENCE = /(?<![\d-])(\d{2})-(\d{5})(?![\d-])/g;

/** Every decision reference in a text, in order of first appearance, each once, as "24/00096". */
export function referencesIn(text: string): string[] {
  return unique([...text.matchAll(REFERENCE)].map((m) => `${m[1]}/${m[2]}`));
}

/** References in a file name, where "/" cannot appear and councils write "24-00096". */
export function referencesInFileName(name: string): string[] {
  return unique([...referencesIn(name), ...[...name.matchAll(FILE_NAME_REFERENCE)].map((m) => `${m[1]}/${m[2]}`)]);
}

/**
 * A user's query as a reference ("24/00096", "24-00096", "Decision No: 24/00096"), or null when
 * it does not look like one.
 */
export function asReference(query: string): string | null {
  const trimmed = query.trim();
  const found = /^(?:(?:key\s+)?decision(?:\s+no\.?)?\s*[:\-–]?\s*)?(\d{2})[/-](\d{5})$/i.exec(trimmed);
  return found ? `${found[1]}/${found[2]}` : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
