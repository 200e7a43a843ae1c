/**
 * Word tokens: runs of letters or digits, lower-cased. Punctuation and whitespace are separators
 * only, so that renderings that differ in punctuation spacing ("£ 23.3m" from pdf.js against
 * "£23.3m" from pdftotext, "Finance**" against "Finance") compare the same.
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Runs of whitespace (non-breaking spaces included) to one space, ends trimmed. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
