/**
 * A sentence that quotes or reports a claim in order to correct it, or says
 * that no evidence exists, is honest however many claim words it holds:
 * "Some adverts say a rack cures sciatica; there is no evidence for this."
 */
const CORRECTS =
  /\b(?:no|little|not enough|any)\s+(?:good\s+|published\s+|scientific\s+|clinical\s+|reliable\s+|strong\s+|written\s+)?(?:evidence|proof|studies|study|trials?|research)\b|\bnot\s+(?:been\s+)?(?:proven|shown|backed)\b|\b(?:does|do|did)\s+not\s+show\b|\b(?:doesn't|don't|didn't)\s+show\b|\bno\s+(?:study|trial|review|one|product)\s+(?:has|can)\b|\bmyths?\b|\b(?:claims?|adverts?|ads|sellers?|makers?|websites?|pages|labels?)\s+(?:that\s+)?(?:may\s+|might\s+|often\s+)?(?:say|says|saying|claim|claims|promise|promises)\b|\bclaims?\s+(?:like\s+this|that)\b|\bis\s+not\s+evidence\b|\bmeans\s+little\b|\bis\s+misleading\b|\bwould\s+need\b/i;

export const corrects = (sentence: string): boolean => CORRECTS.test(sentence);
