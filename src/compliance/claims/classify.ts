/**
 * What a sentence claims, judged by what it asserts, about what, and where it
 * stands, rather than by a list of forbidden words:
 *
 * - about what: the product or the seller (a name, "our rack", "we", "it" on
 *   a product page), a customer's words, or a result promised to the reader;
 *   a sentence about another treatment, attributed to an authority, is
 *   education;
 * - what it asserts: a category's wordings (content/compliance/claim-categories.yaml),
 *   in the words as written and in their dictionary forms (compromise), so
 *   "threw away my pills" is found by "throw";
 * - how: a denied wording ("it does not cure") or a corrected claim ("there is
 *   no evidence that…") is honest, and a citable category passes with a
 *   citation in the sentence.
 */
import { nlp } from './nlp.ts';
import type { ClaimCategory, ClaimModel } from './claim-model.ts';
import { corrects } from './corrective.ts';
import { learnedLogOdds, learnedScore } from './learned.ts';
import { isNegated } from './negation.ts';
import { sentenceBounds } from './sentences.ts';

export interface CategoryHit {
  category: ClaimCategory;
  /** Other categories the same sentence breaks. */
  also: ClaimCategory[];
  /** Index in the prose of the first character of the wording (or of the sentence). */
  index: number;
  /** The wording found, or the sentence when only its dictionary form matched. */
  text: string;
  /** How many characters of the prose it spans, from `index`, as written. */
  length: number;
}

export interface ProseContext {
  /** On a product page, or in an article paragraph that sells: held to the advertising standard. */
  promotional: boolean;
  /**
   * Read a sentence that speaks for the product, and that no wording fits,
   * again in its dictionary forms. Costly (compromise parses the sentence),
   * so only such sentences are read this way, and with `about-the-body` only
   * those that name the body or pain.
   */
  dictionaryForms?: boolean | 'about-the-body';
  /** Ask the model's learned second opinion, when it has one (claims/learned.ts). */
  learned?: boolean;
  /** Whether a citation marker stands in the sentence from `start` to `end`. */
  cited(start: number, end: number): boolean;
}

/** Who speaks when a sentence is education: an authority, a review, a health professional. */
const AUTHORITY =
  /\b(?:NHS|NICE|Cochrane|MHRA|WHO|FTC|ASA|CAP|GPs?|(?:a|one|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:review|study|trial)|researchers|pharmacists?|physiotherapists)\b(?!-)[^.]*?\b(?:says?|said|advises?|advised|recommends?|recommended|suggests?|suggested|found|finds|shows?|showed|reports?|reported|lists?|warns?|warned)\b|\baccording\s+to\b/iu;

/** People who used the product: what they say of it is an endorsement, not a source. */
const USERS_OF_THE_PRODUCT =
  /\bwho\s+(?:tried|used|tested|own|owned|have\s+used|have\s+tried)\s+(?:it|one|them|the\s+rack|the\s+mat)\b/i;

/** Attributed to a source ("NICE says…", "a review found…"), not to people who used the product. */
const attributed = (sentence: string): boolean =>
  AUTHORITY.test(sentence) && !USERS_OF_THE_PRODUCT.test(sentence);

/**
 * A sentence whose subject denies that anyone can know or promise ("No test
 * can tell…", "No honest seller can guarantee…") makes no claim.
 */
const DENYING_SUBJECT =
  /^\s*(?:no|nobody|no\s+one)\s+(?:[\p{L}'-]+\s+){0,2}?(?:can|could|will|is\s+able\s+to)\s+(?:tell|promise|guarantee|predict|know|prove|show|say)\b/iu;

/** Another treatment as the subject of the sentence: painkillers, heat, exercise. */
const OTHER_TREATMENT =
  /^\s*(?:[\p{L}'-]+\s+){0,3}?(?:painkillers?|ibuprofen|paracetamol|codeine|naproxen|aspirin|diazepam|amitriptyline|gabapentin|pregabalin|opioids?|tramadol|morphine|steroids?|NSAIDs?|anti-inflammator(?:y|ies)|muscle\s+relaxants?|medicines?|medications?|drugs?|tablets?|injections?|heat|a\s+heat\s+pack|ice|cold|exercise|stretch(?:es|ing)?|physiotherapy|physio|manipulation|chiropractic|osteopathy|TENS|CBT|massage|yoga|pilates|staying\s+active|walking|swimming|a\s+warm\s+bath|hot\s+water\s+bottles?|rest|acupuncture|traction|surgery|an\s+operation)\b(?!-)/iu;

/** Words before a treatment that set the product against it: "better than a massage", "instead of pills". */
const SETS_AGAINST =
  /\b(?:than|unlike|compared\s+(?:with|to)|instead\s+of|rather\s+than|over|without|who\s+needs|forget|ditch|cancel|skip|replace|avoid|no\s+need\s+for|no\s+more|throw|bin|stop|quit|come\s+off|give\s+up|save|spend|waste|wasting|paying|relying|tired|fed\s+up)\b/i;

/**
 * A sentence written as slogans are, with the product left out as its
 * subject: "Helps ease stiff backs.", "Recommended by physios.", "Ideal for
 * sciatica.", "Better than a massage." Teaching prose names what it is about.
 */
const SLOGAN =
  /^\s*(?:(?:Helps|Eases|Relieves|Reduces|Soothes|Loosens|Works|Does|Keeps|Lasts|Targets|Releases|Restores|Improves|Boosts|Stops|Fixes|Unlocks|Supports|Corrects|Strengthens|Gives|Brings|Offers|Delivers|Heals|Cures|Treats|Prevents)\b|(?:Designed|Recommended|Voted|Tested|Trusted|Approved|Endorsed|Loved|Proven|Engineered|Developed|Chosen|Used|Certified)\s+(?:by|to|for|and|with|as|the|in)\b|(?:Independently|Clinically|Scientifically|Medically)\s+\w+|(?:Ideal|Perfect|Suitable|Safe|Great)\s+for\b|(?:Gentle|Strong|Safe|Soft)\s+enough\b|(?:Safe|Gentle)\s+to\s+(?:take|use)\s+(?:with|alongside|every|whenever|daily|during|at\s+any|for\s+(?:any|all|every))\b|(?:Better|Faster|Safer|Kinder|Cheaper|Stronger|Quicker|Gentler)\s+than\b|One\s+(?:size|rack|mat)\b)/;

/** A sentence about the page itself or a study it reports: editorial, not selling. */
const EDITORIAL =
  /\b(?:explains?|this\s+page|this\s+article|(?:use|call)\s+the\s+(?:word|term|name)|we\s+(?:found|looked|checked|could\s+find))\b|\bin\s+(?:the|this|that|one|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:trial|study|review)\b|\b(?:trial|study|review)\s+(?:had|included|looked|lasted|compared|was|followed|did)\b/iu;

/**
 * A warning sign from the NHS list with the advice to act on it ("numbness
 * around your bottom needs checking straight away"): urgent-help copy, which
 * a product page must carry, not a claim.
 */
const RED_FLAG_ADVICE =
  /^(?=.*\b(?:urgent(?:ly)?|straight\s+away|immediately|emergency|ambulance|needs?\s+(?:checking|care|attention)|checked|do\s+not\s+wait|don't\s+wait)\b)(?=.*\b(?:numb(?:ness)?|tingl\w*|weak(?:ness)?|bladder|bowels?|pee\w*|poo\w*|urine|genitals?|bottom|buttocks|groin|chest\s+pain|both\s+legs|accident|temperature|fever|weight|lump|swelling|cauda\s+equina)\b)/is;

/** A customer's words: first person inside quotation marks. */
const QUOTED_FIRST_PERSON = /["“][^"”]*\b(?:I|my|me|I've|I'd|I'm)\b[^"”]*["”]/;

/**
 * Words signed as a customer signs them, "— Gareth, 58" or "Janet, 61": a
 * testimonial, even when the quotation itself ran over two sentences.
 */
const SIGNED =
  /["”]?\s*[—–]\s*[A-Z][a-z]+\b|\b[A-Z][a-z]+,\s*\d{2}\b(?!\s*(?:%|per|years|minutes|cm|kg))|[.!?]["”]?\s+[A-Z][a-z]+,\s+[A-Z][a-z]+\s*$/;

/** Advice to the reader, which a product page must give and which sells nothing: "If it hurts, stop." */
const ADVICE =
  /^\s*(?:if|when|ask(?!\s+anyone)|see|talk|call|speak|stop(?!\s+(?:relying|paying|wasting))|do\s+not|don't|please|always|keep|read(?!\s+why)|book|get\s+help|go\s+to|phone|stay|rest|sit|stand|bend|lift|sleep|go\s+back|return\s+to|carry\s+on)\b|\b(?:see|ask|talk\s+to|speak\s+to|contact|call|phone|visit|check\s+with|book|go\s+to|get\s+help\s+from|tell|checked\s+by)\s+(?:a|an|your|the)?\s*(?:urgent\s+)?(?:GP|doctor|pharmacist|physio\w*|health\s+professional|NHS\s+111|111|999|A&E)\b|\b(?:A&E|NHS\s+111|999)\b|\bget\s+(?:medical\s+|urgent\s+)?help\b|\bwarning\s+signs?\b/i;

/**
 * Words that hedge what a sentence says ("may help", "some people find",
 * "probably"): the way honest health writing states what is uncertain.
 */
const HEDGE_WORDS =
  /\b(?:may|might|could\s+(?:help|ease|reduce|relieve|improve)|can\s+help|possibly|probably|perhaps|likely|unlikely|usually|often|sometimes|some\s+(?:people|parts|areas|places|services|trusts)|many\s+people|for\s+some|tends?\s+to|seems?\s+to|appears?\s+to|is\s+thought|are\s+thought|it\s+is\s+possible|in\s+(?:some|most|many)\s+cases|rarely|for\s+most|most\s+(?:people|adults|cases|back\s+pain|spasms?|episodes|flare-ups?))\b/i;

/**
 * Whether the sentence hedges its claim: a hedge inside a relative clause
 * ("any nerve that might have been trapped… will be released") qualifies
 * that clause, not what the sentence asserts.
 */
const hedges = (sentence: string): boolean =>
  HEDGE_WORDS.test(sentence.replace(/\b(?:that|which|who)\s+(?:may|might|could)\b/gi, ' '));

/**
 * Whether a sentence that does not speak for the product still teaches
 * honestly: attributed to its source, advice to the reader, or about another
 * treatment without setting the product against it.
 */
function teaches(sentence: string): boolean {
  return ADVICE.test(sentence) || informs(sentence);
}

/**
 * Teaching that is more than advice: attributed to its source, about the page
 * or a study, the NHS warning signs, or about another treatment without
 * setting the product against it. Fear is spared only by these.
 */
function informs(sentence: string): boolean {
  const treatment = OTHER_TREATMENT.exec(sentence);
  return (
    attributed(sentence) ||
    EDITORIAL.test(sentence) ||
    RED_FLAG_ADVICE.test(sentence) ||
    Boolean(treatment && !SETS_AGAINST.test(treatment[0]))
  );
}

/**
 * A pronoun that opens a sentence and acts on something ("It rehydrates your
 * discs", "It works deep into…"), rather than the empty "it" of "It is worth…"
 * or "It can take weeks…". Who "it" is comes from the sentence before.
 */
const ACTING_PRONOUN =
  /^\s*(?:It|This|They)\s+(?!(?:is|was|are|were|has|had|have|can|may|might|could|will|would|should|must|takes?|took|depends|seems|means|happens|also|usually|often|sometimes|rarely|helps\s+to|affects|causes|comes|goes|starts|tends|varies|lasts|feels\s+like)\b)(?:[a-z]+s|gets\s+rid)\b/;

/**
 * An "it" recommended as the answer ("It is ideal for sciatica"), or set
 * against another treatment ("Unlike pills, it treats the real cause").
 */
const SELLING_PRONOUN =
  /^\s*(?:(?:It|This|They)\s+(?:is|are|'s)\s+(?:ideal|perfect|great|suitable|designed|made|built|the\s+(?:answer|solution|best|only))\b|(?:Unlike|Compared\s+(?:with|to)|Instead\s+of|Rather\s+than)\b[^,.;]{1,40},\s*(?:it|this|they)\s+[a-z]+s?\b)|\band\s+counting[.!]?\s*$/i;

/**
 * An order to the reader that sells an outcome ("Fix your back once…",
 * "Lie on it and…", "Imagine waking up…"), not the advice an honest page
 * gives ("Keep moving", "See a GP").
 */
const SALES_IMPERATIVE =
  /^\s*(?:Fix|Retrain|Repair|Restore|Reset|Rebuild|Transform|Unlock|Banish|Beat|Reclaim|Rediscover|Enjoy|Experience|Discover|Feel\s+(?:the|your|how|what)|Imagine|Picture|Forget|Ditch|Bin|Treat\s+yourself|Give\s+(?:it|your\s+back|your\s+spine|one)|(?:Lie|Lay)\s+(?:on|back\s+on)\s+(?:it|one|this)|Try\s+(?:it|one|this|ours)|Use\s+(?:it|one|this)\s+(?:to|for|when|whenever|every))\b/;

/**
 * A sentence with no verb that ends as a sentence does ("Pain relief without
 * a pill.", "100% effective against back spasms."): written as adverts are.
 * Lists and headings, which also lack verbs, end without a full stop.
 */
function isSloganFragment(sentence: string): boolean {
  if (!mightBeFragment(sentence)) return false;
  // A participle ("aching backs", "racks sold") qualifies a noun too.
  const main = withoutRelativeClauses(sentence.trim());
  return !nlp(main).match('#Verb').not('(#Gerund|#Participle)').found;
}

/** The commonest verbs, auxiliaries, frequency adverbs and subject pronouns: a sentence with one is no fragment. */
const COMMON_VERB =
  /\b(?:is|are|was|were|be|been|being|am|has|have|had|can|could|will|would|may|might|shall|should|must|do|does|did|gets?|got|makes?|made|takes?|took|helps?|works?|feels?|felt|goes|went|comes|came|means|needs?|keeps?|lets?|says?|said|affects?|causes?|happens?|found|brought|showed|shows|includes?|included|covers?|lasts?|eases?|often|usually|sometimes|it|they|we|you|he|she|i)\b|'s\b|n't\b/i;

/**
 * A relative clause ("relief that stays with you") and a clause after "when"
 * or "where" qualify a noun; only a verb outside them makes a sentence.
 */
const withoutRelativeClauses = (sentence: string): string =>
  sentence.replace(/\b(?:that|which|who|whose|at\s+a\s+price\s+that)\b[^,.;:]*/gi, ' ');

/** A statement, which ends with a full stop: not a question, a heading or a list item. */
const ASSERTS = /[.!]["'”)]*\s*$/;

/**
 * A cheap first look, before the parser: 4 to 16 words, a full stop, and none
 * of the commonest verbs outside a relative clause.
 */
function mightBeFragment(sentence: string): boolean {
  const trimmed = sentence.trim();
  const words = trimmed.split(/\s+/).length;
  return (
    ASSERTS.test(trimmed) &&
    words >= 4 &&
    words <= 16 &&
    !COMMON_VERB.test(withoutRelativeClauses(trimmed))
  );
}

/**
 * The learned second opinion's thresholds, in log-odds, chosen on five folds
 * of the tune split (`npm run train:claims -- --cv`): above 4, 84% of unseen
 * claims and 1.7% of honest sentences; below -3, 0.6% of claims and 89% of
 * honest sentences (seven batches).
 */
const LEARNED_CLAIM = 4;
/**
 * Above this, an article sentence that names no seller is read as sales copy
 * all the same. Chosen on the tune half of the sixth batch before its
 * sentences were counted, and confirmed on the seventh's: there, 6 added 5.0
 * points of recall in an article (88.8% to 93.8%) and flagged no more honest
 * sentences; 5 and 4 added 0.6 more and flagged 0.8% more; 8 added 2.5.
 */
const LEARNED_VOICE = 6;
const LEARNED_HONEST = -3;

/** The category of a customer's quoted words about a result. */
const TESTIMONIAL_CATEGORY = 'testimonial';

/** The category of a sentence about the product and the body that no wording of another fits. */
const FALLBACK_CATEGORY = 'efficacy';

/** What the product is, costs or measures, how to use it, or where to read more: not a claim about the body. */
const DESCRIBES =
  /\b(?:describes?|described|calls?|length|width|size|measurements|dimensions|is\s+an?|are\s+(?:rare|common)|means|named|sells?|costs?|measures?|weighs?|made\s+of|as\s+long\s+as|lie\s+on|lying\s+on|evidence|research|page|pages|articles?|guides?|information|section|listed|below|above|phrase|adverts?|fits|according\s+to\s+(?:its|the)\s+(?:maker|manufacturer|seller)|(?:its|the)\s+(?:surface|frame|base|underside|shape|edges?|rows?))\b/i;

/**
 * A yes-or-no question asks and asserts nothing ("Should I use it instead of
 * seeing a GP?", as an FAQ puts it); a rhetorical "Why wait…?" still sells.
 */
const POLAR_QUESTION =
  /^\s*(?:should|can|could|does|do|is|are|will|would|may|might|has|have)\b[^?]*\?\s*$/i;

/** The start of an answer that says yes. */
const ANSWERS_YES = /^[^.?!]*\b(?:yes|absolutely|of\s+course|definitely)\b/i;

/** A sentence with any negating word makes no plain claim to fall back on. */
const HAS_NEGATOR =
  /\b(?:no|not|never|nothing|cannot|without|neither|nor|none|whether|if)\b|n't\b/i;

const firstMatch = (patterns: readonly RegExp[], text: string): RegExpExecArray | null => {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (!isNegated(text, match.index) && (!best || match.index < best.index)) best = match;
      if (match[0] === '') pattern.lastIndex += 1;
    }
  }
  return best;
};

/** Words as a message quotes them: one space for each run of spaces and line breaks. */
const collapse = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** A sentence of the prose: where it starts and ends, and its text. */
interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The prose's sentences, in order. */
function sentencesOf(prose: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (let start = 0; start < prose.length;) {
    const { end } = sentenceBounds(prose, start);
    sentences.push({ start, end, text: prose.slice(start, end) });
    start = end > start ? end : prose.length;
  }
  return sentences;
}

/** The sentence's words in their dictionary forms ("threw" → "throw", "eliminated" → "eliminate"). */
function dictionaryForms(sentence: string): string {
  const document = nlp(sentence);
  document.compute('root');
  return document
    .terms()
    .json()
    .map((term: { terms?: { root?: string; normal?: string }[] }) =>
      (term.terms ?? []).map((word) => word.root ?? word.normal ?? '').join(' '),
    )
    .join(' ');
}

/** Whether a sentence speaks as the advertiser does, in this context. */
function speaksAsAdvertiser(sentence: string, model: ClaimModel, promotional: boolean): boolean {
  if (model.promises.test(sentence)) return true;
  if (EDITORIAL.test(sentence)) return false;
  if (model.namesSeller(sentence)) return true;
  if (QUOTED_FIRST_PERSON.test(sentence) || SIGNED.test(sentence)) return true;
  if (SLOGAN.test(sentence)) return true;
  if (!promotional) return false;
  // On a product page everything sells, except education about something else and advice.
  const treatment = OTHER_TREATMENT.exec(sentence);
  return (
    !attributed(sentence) &&
    !(treatment && !SETS_AGAINST.test(treatment[0])) &&
    !ADVICE.test(sentence) &&
    !RED_FLAG_ADVICE.test(sentence) &&
    !(hedges(sentence) && !aboutTheProduct(sentence, model))
  );
}

/** Subjects that stand for the product, the seller or the reader on a page that sells. */
const SELLING_SUBJECT =
  /^(?:it|its|(?:this|that|these)(?!\s+(?:kind|type|sort|kinds|types|sorts)\s+of)|they|them|we|our|us|you|your|i|my|one)\b/i;

/**
 * Whether a sentence on a page that sells speaks of the product, the seller
 * or the reader, judged by its grammatical subject as compromise parses it.
 * "Spinal stenosis means…", "Short breaks may reduce…" and "Wearing a brace
 * for weeks can…" are about something else, and teach unless they name the
 * product. A question, an order, a slogan with no main verb, or a sentence
 * the parser cannot read is taken to sell.
 */
function aboutTheProduct(sentence: string, model: ClaimModel): boolean {
  if (model.namesSeller(sentence)) return true;
  const text = sentence.trim();
  if (text.endsWith('?')) return true;
  const parsed = nlp(text).sentences().json() as {
    sentence?: { subject?: string; verb?: string; predicate?: string };
  }[];
  const { subject = '', verb = '', predicate = '' } = parsed[0]?.sentence ?? {};
  const firstVerb = verb.trim().split(/\s+/)[0] ?? '';
  if (firstVerb === '') return true;
  if (subject.trim() === '') {
    // "Wearing a brace … can weaken": a gerund is the subject of a verb further on.
    const gerundSubject =
      /ing$/i.test(firstVerb) &&
      text.toLowerCase().startsWith(firstVerb.toLowerCase()) &&
      /\b(?:is|are|was|were|can|could|may|might|will|would|does|do|has|have|helps?|makes?|matters?|means?)\b/i.test(
        predicate,
      );
    return !gerundSubject;
  }
  // The verb of a relative clause ("…a back that has locked up") leaves the sentence without one.
  const before = text.slice(0, text.toLowerCase().indexOf(` ${firstVerb.toLowerCase()}`));
  if (/\b(?:that|which|who)$/i.test(before.trim())) return true;
  return SELLING_SUBJECT.test(subject.trim());
}

/** The claims each sentence of a run of prose makes, one hit per sentence, most specific first. */
export function classifyProse(
  prose: string,
  context: ProseContext,
  model: ClaimModel,
): CategoryHit[] {
  // Prose that may speak for the product is read for every category; teaching prose, only for
  // the claims that are never honest, and for slogans (found sentence by sentence).
  const sentences = sentencesOf(prose);
  // The learned log-odds of a sentence, asked here and again when it is judged, worked out once.
  const learnedSells = new Map<number, boolean>();
  const readsAsSalesAt = ({ start, text }: Sentence): boolean => {
    let known = learnedSells.get(start);
    if (known === undefined) {
      known = readsAsSales(text, context, model);
      learnedSells.set(start, known);
    }
    return known;
  };
  const sells =
    context.promotional ||
    QUOTED_FIRST_PERSON.test(prose) ||
    SIGNED.test(prose) ||
    model.namesSeller(prose) ||
    model.promises.test(prose) ||
    sentences.some((sentence) => {
      const rest = prose.slice(sentence.start);
      return (
        ACTING_PRONOUN.test(rest) ||
        ACTING_PRONOUN.test(afterOpeningClause(rest)) ||
        SELLING_PRONOUN.test(sentence.text) ||
        SALES_IMPERATIVE.test(rest) ||
        SLOGAN.test(rest) ||
        readsAsSalesAt(sentence)
      );
    });
  const candidates = sells ? model.categories : model.categories.filter((c) => c.anyVoice);
  // Categories none of whose wordings occur in the whole prose need not be tried sentence by sentence.
  const present = candidates.filter((category) =>
    category.cues.some((cue) => {
      cue.lastIndex = 0;
      return cue.test(prose);
    }),
  );
  if (!sells && present.length === 0 && !sentences.some(({ text }) => mightBeFragment(text))) {
    return [];
  }
  const hits: CategoryHit[] = [];
  for (const sentence of sentences) {
    const { start, end, text } = sentence;
    // A question the copy answers itself ("Can it help my back? Yes.") asserts its answer.
    const asks = POLAR_QUESTION.test(text) && !ANSWERS_YES.test(prose.slice(end, end + 80));
    const hit = asks
      ? soundsAlarm(text, start, present)
      : classifySentence(text, prose.slice(0, start), start, end, context, model, present, () =>
          readsAsSalesAt(sentence),
        );
    if (hit) hits.push(hit);
  }
  return hits;
}

/**
 * Whether an article sentence that names nobody and gives no order still
 * reads, word for word, like the claims counted: a statement whose learned
 * score is well above the claim threshold speaks for a seller.
 */
function readsAsSales(sentence: string, context: ProseContext, model: ClaimModel): boolean {
  const counts = model.learned;
  return (
    !context.promotional &&
    ASSERTS.test(sentence) &&
    context.learned === true &&
    counts != null &&
    learnedLogOdds(counts, sentence) > LEARNED_VOICE
  );
}

/**
 * What follows a clause that opens the sentence ("Where co-codamol dulls you,
 * this sharpens you…", "Within a week, it eases…"): the main clause, whose
 * subject is the one that acts.
 */
function afterOpeningClause(sentence: string): string {
  const main =
    /^\s*(?:where|while|whereas|unlike|after|within|because|once|as|since|from|in|on|by|with|for|compared\s+(?:with|to)|instead\s+of|rather\s+than|just\s+like)\b[^,;:.]{1,60},\s*(.*)$/is.exec(
      sentence,
    )?.[1] ?? '';
  return main.charAt(0).toUpperCase() + main.slice(1);
}

/**
 * Whether an article sentence that names no product still speaks for one: an
 * acting "it" whose sentence before sells (or that opens the paragraph, with
 * nothing before it to stand for), an order that sells an outcome, or an
 * advert's verbless slogan.
 */
function sellsUnnamed(
  sentence: string,
  before: string,
  model: ClaimModel,
  promotional: boolean,
): boolean {
  if (SALES_IMPERATIVE.test(sentence) || SELLING_PRONOUN.test(sentence)) return true;
  if (ACTING_PRONOUN.test(sentence) || ACTING_PRONOUN.test(afterOpeningClause(sentence))) {
    const previous =
      before.trim() === ''
        ? null
        : before.slice(sentenceBounds(before, before.trimEnd().length - 1).start);
    return previous === null || speaksAsAdvertiser(previous, model, promotional);
  }
  return false;
}

/**
 * A frightening sentence stays a claim when it asks ("Are you letting back
 * pain steal your future?") or hangs on a condition ("If you keep putting it
 * off, those spasms could cause lasting nerve damage"): the categories marked
 * `evenHedged`, unless the sentence names its source, corrects a claim, warns
 * about another treatment, or is the NHS warning signs with the advice to act
 * on them.
 */
function soundsAlarm(
  sentence: string,
  start: number,
  present: readonly ClaimCategory[],
): CategoryHit | null {
  if (corrects(sentence) || informs(sentence)) return null;
  for (const category of present.filter((candidate) => candidate.evenHedged)) {
    const match = firstMatch(category.cues, sentence);
    if (match) {
      return {
        category,
        also: [],
        index: start + match.index,
        text: collapse(match[0]),
        length: match[0].length,
      };
    }
  }
  return null;
}

function classifySentence(
  sentence: string,
  before: string,
  start: number,
  end: number,
  context: ProseContext,
  model: ClaimModel,
  present: readonly ClaimCategory[],
  readsAsSalesCopy: () => boolean,
): CategoryHit | null {
  if (!/\p{L}/u.test(sentence) || corrects(sentence) || DENYING_SUBJECT.test(sentence)) return null;
  const teaching = teaches(sentence);
  let advertises =
    speaksAsAdvertiser(sentence, model, context.promotional) ||
    (!teaching && sellsUnnamed(sentence, before, model, context.promotional));
  if (!advertises && teaching) return soundsAlarm(sentence, start, present);
  if (!advertises) advertises = readsAsSalesCopy();
  // Parsing is costly: only a sentence that holds some category's wording is read for a verb.
  let inSentence = present;
  if (!advertises && !context.promotional && mightBeFragment(sentence)) {
    const worded = model.categories.filter((category) => firstMatch(category.cues, sentence));
    if (worded.length > 0 && isSloganFragment(sentence)) {
      advertises = true;
      inSentence = worded;
    }
  }
  const hedged = hedges(sentence);
  const cited = context.cited(start, end);
  const namesBody = model.body.test(sentence);
  const found: { category: ClaimCategory; index: number; text: string; length: number }[] = [];
  const whole = { index: start, text: collapse(sentence), length: sentence.trimEnd().length };
  const isApplicable = (category: ClaimCategory): boolean =>
    (advertises || (category.anyVoice && (!hedged || category.evenHedged))) &&
    !(category.citable && cited) &&
    !(category.body && !namesBody) &&
    !(category.requires && !category.requires.test(sentence));
  const applicable = inSentence.filter(isApplicable);
  for (const category of applicable) {
    const match = firstMatch(category.cues, sentence);
    if (match) {
      found.push({
        category,
        index: start + match.index,
        text: collapse(match[0]),
        length: match[0].length,
      });
    }
  }
  // Only a sentence no wording fits as written is read again in dictionary forms (the costly step).
  const readForms =
    context.dictionaryForms === true || (context.dictionaryForms === 'about-the-body' && namesBody);
  if (found.length === 0 && readForms && advertises) {
    const forms = dictionaryForms(sentence);
    for (const category of model.categories.filter(isApplicable)) {
      if (firstMatch(category.cues, forms)) {
        found.push({ category, ...whole });
      }
    }
  }
  // A customer's own words about a result are a testimonial, whatever else they claim.
  const testimonial = model.categories.find((category) => category.id === TESTIMONIAL_CATEGORY);
  const quoted = QUOTED_FIRST_PERSON.exec(sentence);
  if (
    testimonial &&
    quoted &&
    (found.length > 0 || namesBody) &&
    found[0]?.category !== testimonial
  ) {
    found.unshift({
      category: testimonial,
      index: start + quoted.index,
      text: quoted[0],
      length: quoted[0].length,
    });
  }
  const [first, ...rest] = found;
  // Scored only when the verdict hangs on it.
  const learnedOpinion = () =>
    context.learned && model.learned ? learnedScore(model.learned, sentence) : null;
  if (first) {
    // Words that almost never come with a claim outweigh one listed wording.
    const learned = quoted ? null : learnedOpinion();
    if (learned && learned.logOdds < LEARNED_HONEST) return null;
    const also = rest
      .map((other) => other.category)
      .filter((category) => category !== first.category);
    return { ...first, also };
  }
  const plain = !HAS_NEGATOR.test(sentence) && !DESCRIBES.test(sentence);
  // A plain statement that sells in words nobody listed, but as claims are worded (not a
  // heading or a question, which end without a full stop).
  const asserts = ASSERTS.test(sentence);
  const learned = advertises && !cited && plain && asserts ? learnedOpinion() : null;
  const resembled = model.categories.find((category) => category.id === learned?.category);
  if (learned && resembled && learned.logOdds > LEARNED_CLAIM) {
    return { category: resembled, also: [], ...whole };
  }
  // What the product does to the body is a health claim however it is worded.
  const efficacy = model.categories.find((category) => category.id === FALLBACK_CATEGORY);
  if (efficacy && advertises && namesBody && !cited && plain && aboutTheProduct(sentence, model)) {
    return {
      category: efficacy,
      also: [],
      ...whole,
    };
  }
  return null;
}
