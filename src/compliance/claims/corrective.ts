/**
 * A sentence that quotes or reports a claim in order to correct it, or says
 * that no evidence exists, is honest however many claim words it holds:
 * "Some adverts say a rack cures sciatica; there is no evidence for this."
 */
const CORRECTS =
  /\b(?:no|little|not enough|any)\s+(?:good\s+|published\s+|scientific\s+|clinical\s+|reliable\s+|strong\s+|written\s+)?(?:evidence|proof|studies|study|trials?|research)\b|\bnot\s+(?:been\s+)?(?:proven|shown|backed)\b|\b(?:does|do|did)\s+not\s*,?\s*(?:(?:by\s+itself|on\s+its\s+own)\s*,?\s*)?show\b|\btells?\s+you\s+nothing\b|\b(?:does\s+not|doesn't|do\s+not|don't)\s+tell\s+you\b|\bnot\s+whether\b|\bfalse\s+picture\b|^\s*(?:some\s+|many\s+)?(?:adverts?|ads|advertisers?|sellers?|marketers?)\b|\b(?:doesn't|don't|didn't)\s+show\b|\bno\s+(?:study|trial|review|one|product)\s+(?:has|can)\b|\bmyths?\b|\b(?:claims?|adverts?|ads|sellers?|makers?|websites?|pages|labels?)\s+(?:that\s+)?(?:may\s+|might\s+|often\s+)?(?:say|says|saying|claim|claims|promise|promises)\b|\bclaims?\s+(?:like\s+this|that)\b|\bis\s+not\s+evidence\b|\bmeans\s+little\b|\bis\s+misleading\b|\bwould\s+need\b|\bnot\s+(?:been\s+)?(?:supported|tested|true)\b|\bunproven\b|\bmisleading\b|\btoo\s+good\s+to\s+be\s+true\b|\b(?:be\s+wary|beware|be\s+sceptical|be\s+careful)\s+of\b|\bwith\s+caution\b|\b(?:ruled\s+against|was\s+banned|were\s+banned|banned\s+an?)\b|\bno\s+(?:device|rack|mat|gadget|treatment)\s+can\b|['‘"“][^'’"”]{1,40}['’"”]\s+(?:label|badge|sticker|stamp|claim|phrase|promise|wording)s?\b|\b(?:label|badge|sticker|stamp|claim|phrase|word|term|wording)s?\s+(?:such\s+as\s+|like\s+)?['‘"“]/i;

export const corrects = (sentence: string): boolean => CORRECTS.test(sentence);
