/**
 * Procedural resolutions: minutes approved, apologies, declarations of interest, exclusion of press and
 * public, adjournment, standing orders suspended, the agenda approved.
 */
const PROCEDURAL = [
  /\bminutes\b[\s\S]{0,200}\b(?:approved|confirmed|agreed|signed|adopted|accepted|taken as read|correct record|accurate record|true record)\b/i,
  /\b(?:correct|accurate|true)\s+record\b/i,
  /\b(?:approve|adopt|confirm|accept|sign)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,4}minutes\b/i,
  /\bapolog(?:y|ies)\b[\s\S]{0,120}\b(?:received|accepted|noted|approved|sustained)\b|\bapologies\b|\bleave\s+of\s+absence\b/i,
  /\bdeclarations?\s+of\s+(?:pecuniary\s+|personal\s+|disclosable\s+)*interests?\b/i,
  /\bexclu(?:de|sion of)\s+(?:the\s+)?(?:press|public)\b|\b(?:press and public|public)\s+be\s+excluded\b/i,
  /\badjourn/i,
  // Running the meeting: standing orders suspended or resumed for an item.
  /\b(?:suspen(?:d|ds|ded|sion\s+of)|resum\w*|reinstat\w*)\s+(?:the\s+)?standing\s+orders\b|\bstanding\s+orders?\s+(?:be\s+|were\s+|was\s+)?suspended\b/i,
  /\bbe\s+(?:closed|reopened|re-opened|opened)\s+to\s+(?:(?:members\s+of\s+)?the\s+)?(?:public|press)\b|\b(?:(?:move|moves|go|goes|proceed|proceeds)\s+(?:in)?to|enter|enters)\s+(?:a\s+|an\s+)?(?:closed|executive|confidential)\s+session\b|\b(?:move|moves|go|goes|proceed|proceeds|meet|meets|sit|sits|remain|continue)\s+in(?:to)?\s+camera\b|\brise\s+from\s+in\s+camera\b|\b(?:reconvene|resume|return)\w*\s+(?:in\s+|to\s+)?(?:open|public)\s+session\b/i,
  /\b(?:approve|adopt)\w*\s+the\s+agenda\b|\bapproving agenda\b|\bagenda\b[\s\S]{0,80}?\b(?:be\s+)?(?:approved|adopted)\b/i,
];

export function isProcedural(clauseText: string): boolean {
  return PROCEDURAL.some((p) => p.test(clauseText));
}
