/**
 * A clause that only puts an item off: "be deferred", "to defer", "to table the item" (US), "agreed to continue consideration of
 * the report to a future meeting" (the Scottish wording). Deferring decides nothing about the item
 * (GUIDELINES: deferred items are no record), whichever section records it.
 */
const DEFERS_ONLY =
  /^(?:that\s+)?(?:(?:the\s+\w+\s+)?(?:agreed|decided|resolved)\s+)?(?:to\s+)?(?:defer|table\s+(?:the\s+|this\s+)?(?:item|matter|motion|report|it)\b)|\bbe\s+deferred\b|^(?:that\s+)?(?:(?:the\s+\w+\s+)?(?:agreed|decided|resolved)\s+)?(?:to\s+)?continue\s+(?:its\s+|the\s+)?consideration\b/i;

export function defersOnly(clauseWords: string): boolean {
  return DEFERS_ONLY.test(clauseWords.trim());
}
