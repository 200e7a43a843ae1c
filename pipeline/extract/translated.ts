/**
 * A heading printed with its translation before it, as Welsh councils print them ("Penderfyniad /
 * Decision:", "Argymhelliad i'r Cyngor / Recommendation to Council:", "GOHIRIWYD / DEFERRED."): the
 * words before the slash, optional. One pattern for every finder that reads such headings.
 */
export const TRANSLATION_FIRST = String.raw`(?:[A-Za-zÀ-ÿŵŷ'’ ]{2,40}\/\s*)?`;
