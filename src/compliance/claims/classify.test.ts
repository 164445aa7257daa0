import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClaimModelError, claimModelFor, parseClaimModel } from './claim-model.ts';
import { classifyProse } from './classify.ts';
import { countTokens } from './learned.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const model = claimModelFor(root);

/** The category a lone sentence is reported under, or null, on a product page or in an article. */
const judged = (sentence: string, promotional: boolean, cited = false): string | null =>
  classifyProse(sentence, { promotional, cited: () => cited }, model)[0]?.category.id ?? null;

describe('classifyProse', () => {
  it.each([
    ['Your back will feel new in minutes.', 'speed'],
    ['Your spasms will be gone for good.', 'permanence'],
    ['"After two weeks on the rack I threw away my painkillers." — Janet, 58', 'testimonial'],
    ['9 out of 10 users felt less pain within a week.', 'statistic'],
    ['Approved by physiotherapists and trusted by the NHS.', 'endorsement'],
    ['Completely safe for everyone, with none of the risks of surgery.', 'universality'],
    [
      'No need to see a GP: the rack sorts out most back problems at home.',
      'discourages-treatment',
    ],
    ['The nodules boost circulation and flush toxins out of tired muscles.', 'mechanism'],
  ])('reports %j on a product page as %s', (sentence, category) => {
    expect(judged(sentence, true)).toBe(category);
  });

  it('reports a claim about the product in an article too, when the sentence names it', () => {
    expect(judged('The Backrack eases back spasms.', false)).toBe('efficacy');
    expect(judged('Our rack realigns your spine.', false)).toBe('mechanism');
  });

  it.each([
    ['Helps ease the stiffness of arthritis and sciatica.', 'treats-condition'],
    ['Recommended by back care charities and pain clinics.', 'endorsement'],
    ['Better than a massage for a stiff back.', 'comparison'],
    ['Gentle enough for osteoporosis, strong enough for a rugby back.', 'safety'],
    ['"It changed everything for me." — Gareth, 58', 'testimonial'],
  ])(
    'hears the seller in a slogan or a signed quotation, even in an article: %j',
    (sentence, category) => {
      expect(judged(sentence, false)).toBe(category);
    },
  );

  it('reads "don\'t let" as urging, not as denying what follows', () => {
    expect(
      judged("Don't let a doctor talk you into surgery until you have tried the rack.", true),
    ).toBe('discourages-treatment');
    expect(judged('It does not replace surgery.', true)).toBeNull();
  });

  it('lets a yes-or-no question ask, unless the copy answers it yes', () => {
    expect(judged('Should I use it instead of seeing a GP?', true)).toBeNull();
    expect(
      judged('Can the Backrack help my back? If you have a back, the answer is yes.', true),
    ).toBe('efficacy');
    expect(
      judged('Why wait for a GP appointment when the answer is in your living room?', true),
    ).toBe('discourages-treatment');
  });

  it('spares advice about warning signs, a label named to warn about it, and teaching about other treatments', () => {
    expect(
      judged('Numbness around your bottom, with back pain, needs checking straight away.', true),
    ).toBeNull();
    expect(
      judged("A 'doctor recommended' label does not tell you who paid for it.", true),
    ).toBeNull();
    expect(judged('Anti-inflammatory painkillers can upset your stomach.', true)).toBeNull();
    // The same treatment set against the product is a comparison.
    expect(judged('Faster than physio and kinder than pills.', true)).toBe('comparison');
  });

  it('reports a named condition beside the product only when something is said to act on it', () => {
    expect(judged('Relief for sciatica, from the Backrack.', false)).toBe('treats-condition');
    expect(judged('Guides to back muscle spasms, and about the Backrack.', false)).toBeNull();
  });

  it('finds a wording through its dictionary form, on request', () => {
    const throwing = parseClaimModel(`subjects: ['the rack']
promises: ['say goodbye']
body: ['back']
categories:
  - id: discourages-treatment
    says: w
    explanation: x
    rule: y
    rewrite: z
    cues: ['throw away my pill*']
`);
    const sentence = 'With the rack, I threw away my pills.';
    const read = (dictionaryForms: boolean) =>
      classifyProse(sentence, { promotional: true, dictionaryForms, cited: () => false }, throwing);
    // "threw" is not a regular ending of "throw"; compromise gives its dictionary form.
    expect(read(false)).toEqual([]);
    expect(read(true).map((hit) => hit.category.id)).toEqual(['discourages-treatment']);
  });

  it.each([
    'Painkillers such as ibuprofen can help relieve back pain.',
    'NICE recommends exercise for low back pain.',
    'Some adverts say a rack cures sciatica; there is no evidence for this.',
    'It does not cure sciatica.',
    'If lying on it hurts, stop and ask a GP.',
    'The maker describes the Backrack as a rigid rack that you lie on.',
  ])('passes the honest %j on a product page', (sentence) => {
    expect(judged(sentence, true)).toBeNull();
  });

  it('passes education in an article that does not speak about a product', () => {
    expect(judged('Heat may ease back pain for a short time.', false)).toBeNull();
    expect(judged('Most back pain gets better within a few weeks.', false)).toBeNull();
  });

  it('lets a citable claim stand with a citation in its sentence, and never a cure', () => {
    expect(judged('The rack reduces back pain.', true, true)).toBeNull();
    expect(judged('The rack cures back pain.', true, true)).toBe('cure-absolute');
  });

  it('names every other category a sentence also breaks', () => {
    const [hit] = classifyProse(
      'The rack works for everyone, in minutes.',
      { promotional: true, cited: () => false },
      model,
    );
    expect(hit?.category.id).toBe('universality');
    expect(hit?.also.map((category) => category.id)).toContain('speed');
  });
});

describe('claims in teaching prose and unnamed sales copy (articles)', () => {
  it.each([
    ['Left untreated, a spasm can turn into lasting nerve damage.', 'fear'],
    ['That twinge today could be the first sign of a slipped disc.', 'fear'],
    ['Decompression draws the bulge back into the disc.', 'mechanism'],
    ['Spinal decompression cures sciatica for good.', 'cure-absolute'],
  ])('reports %j in any voice, as %s', (sentence, category) => {
    expect(judged(sentence, false)).toBe(category);
  });

  it('spares the same kinds of words when the sentence hedges, names its source or advises', () => {
    expect(
      judged('Some people find that a spasm goes away for good within days.', false),
    ).toBeNull();
    expect(judged('NICE says traction should not be offered for low back pain.', false)).toBeNull();
    expect(
      judged('If the pain is getting worse, or you feel numb, see a GP straight away.', false),
    ).toBeNull();
    // A hedge does not soften fear.
    expect(judged('Ignoring it could leave you in a wheelchair.', false)).toBe('fear');
  });

  it('hears the seller in an acting "it" with nothing before it to stand for, but not after a treatment', () => {
    expect(judged('It rehydrates your discs so they can cushion your spine again.', false)).toBe(
      'mechanism',
    );
    expect(judged('It gets rid of back pain, full stop.', false)).not.toBeNull();
    const read = (prose: string) =>
      classifyProse(prose, { promotional: false, cited: () => false }, model).map(
        (hit) => hit.category.id,
      );
    expect(read('A warm bath is cheap and easy. It relaxes tight back muscles.')).toEqual([]);
    expect(read('It can take a few weeks for back pain to ease.')).toEqual([]);
  });

  it("hears the seller in an order that sells an outcome, and in an advert's verbless slogan", () => {
    expect(judged('Fix your back once and enjoy a lifetime without spasms.', false)).not.toBeNull();
    expect(judged('Pain relief without a pill, and without the side effects.', false)).toBe(
      'comparison',
    );
    expect(
      judged('Keep moving, and take paracetamol or ibuprofen if you need to.', false),
    ).toBeNull();
    // A list item has no verb either, but no full stop: it is not a slogan.
    expect(judged('chronic (long-lasting): more than 12 weeks', false)).toBeNull();
  });
});

describe('sales copy that names no product, in an article', () => {
  it.each([
    // A relative clause does not make a slogan a sentence.
    ['A drug-free alternative to surgery that really works.', 'comparison'],
    // Another seller's product, named as theirs.
    ['This cream soothes back pain more gently than tablets.', 'comparison'],
    // The product acts in the main clause, after a clause that opens the sentence.
    ['Within a week of use, this loosens the deep muscles of the back.', 'speed'],
    // Customers who report to the seller.
    ['Cyclists tell us it loosens tight backs after a long ride.', 'efficacy'],
    ['Stop relying on pills that only mask the pain.', 'discourages-treatment'],
    [
      'Save yourself the chiropractor fees and sort your back out at home.',
      'discourages-treatment',
    ],
    ["There is not a single back it won't help.", 'universality'],
    ["Whether you're 30 or 80, it works the same.", 'universality'],
    ['You can safely stop physiotherapy once the rack arrives.', 'discourages-treatment'],
    // Recommended to the reader, with "it" standing for the product.
    ['It is perfect for a slipped disc or sciatica.', 'treats-condition'],
    // A hyphenated authority recommends: it is not attributed to its source.
    ['NHS-recommended relief for stiff backs.', 'endorsement'],
    ['Sitting at a desk all day is quietly wrecking your spine.', 'fear'],
  ])('reports %j as %s', (sentence, category) => {
    expect(judged(sentence, false)).toBe(category);
  });

  it.each([
    'Stop taking ibuprofen if it upsets your stomach.',
    'Rub the cream in gently after a warm bath.',
    'Within a few days, it usually starts to ease.',
    'The idea that every spasm needs a scan is wrong.',
  ])('passes %j', (sentence) => {
    expect(judged(sentence, false)).toBeNull();
  });

  it.each([
    'The idea that every spasm needs a specialist is wrong.',
    'Nobody has tested whether it eases sciatica, so we cannot say it does.',
    'Liking how it feels is not the same as it working on your back.',
    // "This kind of…" names a sort of pain, not the product.
    'This kind of back pain can last a few weeks before it slowly gets better.',
  ])('passes %j on a product page too', (sentence) => {
    expect(judged(sentence, true)).toBeNull();
  });
});

describe('parseClaimModel', () => {
  const minimal = (cue: string) => `subjects: ['the rack']
promises: ['say goodbye']
body: ['back']
categories:
  - id: efficacy
    says: w
    explanation: x
    rule: y
    rewrite: z
    cues: ['${cue}']
`;

  it('says which wording of which category is wrong', () => {
    expect(() => parseClaimModel(minimal('(a (b))'))).toThrow(
      /claim-categories\.yaml: efficacy: "\(a \(b\)\)": unbalanced or nested/,
    );
  });

  it('names the line and column of a YAML mistake, without a stack trace', () => {
    expect(() => parseClaimModel("subjects: ['the rack'\npromises: []\n")).toThrow(ClaimModelError);
    expect(() => parseClaimModel("subjects: ['the rack'\npromises: []\n")).toThrow(
      /^content\/compliance\/claim-categories\.yaml:\d+:\d+: \S/,
    );
  });

  it('counts the product names of the site as subjects', () => {
    const parsed = parseClaimModel(minimal('eases'), ['Backrack Pro']);
    expect(parsed.subjects.test('The Backrack Pro eases pain.')).toBe(true);
    expect(parsed.subjects.test('Heat eases pain.')).toBe(false);
  });
});

describe('the learned second opinion in the classifier', () => {
  const yaml = `subjects: ['the rack']
promises: []
body: ['back']
categories:
  - id: cure-absolute
    says: that it cures
    explanation: x
    rule: y
    rewrite: z
    cues: ['cure*']
  - id: speed
    says: how fast it works
    explanation: x
    rule: y
    rewrite: z
    cues: ['in minutes']
`;
  const learned = countTokens(
    [
      { text: 'The rack banishes your backache for ever and ever.', category: 'cure-absolute' },
      { text: 'The rack banishes every backache for ever.', category: 'cure-absolute' },
      { text: 'The rack banishes stiffness for ever.', category: 'cure-absolute' },
      { text: 'The rack is made of wood and is two metres long.', category: null },
      { text: 'The rack is made of beech and comes flat.', category: null },
      { text: 'Cure is not a word the rack is made of.', category: null },
    ],
    ['cure-absolute', 'speed'],
  );
  const withCounts = { ...parseClaimModel(yaml), learned };
  const without = parseClaimModel(yaml);
  const read = (model: typeof without, sentence: string) =>
    classifyProse(sentence, { promotional: true, learned: true, cited: () => false }, model).map(
      (hit) => hit.category.id,
    );

  it('reports a plain sentence that sells in unlisted words as claims are worded, under the category it resembles', () => {
    expect(read(without, 'The rack banishes aches for ever.')).toEqual([]);
    expect(read(withCounts, 'The rack banishes aches for ever.')).toEqual(['cure-absolute']);
    // A question or a heading asserts nothing.
    expect(read(withCounts, 'Does the rack banish aches for ever?')).toEqual([]);
  });

  it('reads an article sentence that names no seller as sales copy when its words score far above a claim', () => {
    const inArticle = (model: typeof without, sentence: string) =>
      classifyProse(sentence, { promotional: false, learned: true, cited: () => false }, model).map(
        (hit) => hit.category.id,
      );
    const sales = 'Backache banishes for ever in minutes, banishes every backache for ever.';
    expect(inArticle(without, sales)).toEqual([]);
    expect(inArticle(withCounts, sales)).toEqual(['speed']);
    // Words of honest text do not: "made of" comes with the honest sentences counted.
    expect(inArticle(withCounts, 'A rack is made of wood and works in minutes.')).toEqual([]);
  });

  it('lets words that come with honest text outweigh one listed wording', () => {
    expect(read(without, 'The rack is made of beech and wood, not of cure.')).toEqual([]);
    expect(read(without, 'The rack is made of beech, which cures in a kiln.')).toEqual([
      'cure-absolute',
    ]);
    expect(read(withCounts, 'The rack is made of beech, which cures in a kiln.')).toEqual([]);
  });
});
