import { z } from 'astro/zod';

/**
 * The facts a product page states about what is sold, where and for how
 * much. Each one can be marked unconfirmed (see `unconfirmedSchema`), so a
 * value the maker has not yet confirmed is never shown or given to search
 * engines as true.
 */

/** A price with its ISO 4217 currency code. */
export const priceSchema = z.strictObject({
  /** Amount in the currency's main unit, e.g. 49.99. */
  amount: z.number().positive(),
  /** Three-letter currency code, e.g. GBP. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as GBP'),
});

/** A shop that sells the product: where the "Where to buy" button leads. */
export const retailerSchema = z.strictObject({
  /** The seller's name as it trades, e.g. "Example Shop". */
  name: z.string().trim().min(2).max(60),
  /** The product's page on the seller's own website. */
  url: z.url({ protocol: /^https$/, error: 'a retailer url must be an https:// address' }),
  /** That seller's price, when it differs from the product's own price. */
  price: priceSchema.optional(),
});

/** Outside measurements as sold, in one unit. */
export const dimensionsSchema = z.strictObject({
  length: z.number().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
  unit: z.enum(['mm', 'cm']),
});

export const weightSchema = z.strictObject({
  value: z.number().positive(),
  unit: z.enum(['g', 'kg']),
});

/**
 * Every fact that can be marked unconfirmed, in the order a page shows them.
 * The names are the frontmatter fields that hold the facts.
 */
export const productFacts = [
  'price',
  'availability',
  'sku',
  'brand',
  'retailers',
  'dimensions',
  'weight',
  'materials',
  'inTheBox',
  'care',
  'warranty',
  'returns',
] as const;
export type ProductFact = (typeof productFacts)[number];

/** Why a fact is not yet confirmed, and who can confirm it. */
export const unconfirmedEntrySchema = z.strictObject({
  /** Who must confirm the fact, e.g. "the maker". */
  confirmWith: z.string().trim().min(2),
  /** What is missing or doubtful, e.g. "49.99 GBP is a placeholder". */
  note: z.string().trim().min(3).optional(),
});

/** `unconfirmed:` maps a fact's field name to why it is not confirmed; unknown names are errors. */
export const unconfirmedSchema = z.strictObject(
  Object.fromEntries(productFacts.map((fact) => [fact, unconfirmedEntrySchema.optional()])) as {
    [Fact in ProductFact]: z.ZodOptional<typeof unconfirmedEntrySchema>;
  },
);

/**
 * The optional facts a buyer expects, shown in a table when given. Leave
 * unknown ones out rather than guess them.
 */
export const buyerFactFields = {
  /** Outside measurements as sold. */
  dimensions: dimensionsSchema.optional(),
  /** Weight as sold. */
  weight: weightSchema.optional(),
  /** What it is made of, e.g. "Beech wood with a lacquer finish". */
  materials: z.string().trim().min(2).optional(),
  /** Everything in the box, one entry each. */
  inTheBox: z.array(z.string().trim().min(2)).min(1).optional(),
  /** How to clean and store it. */
  care: z.string().trim().min(5).optional(),
  /** The maker's or seller's warranty, in a sentence. */
  warranty: z.string().trim().min(5).optional(),
  /** How returns work, in a sentence. */
  returns: z.string().trim().min(5).optional(),
};

/** Facts that every product page needs: given, or marked unconfirmed. */
export const requiredFacts = [
  'price',
  'availability',
  'sku',
] as const satisfies readonly ProductFact[];

export type Price = z.infer<typeof priceSchema>;
export type Retailer = z.infer<typeof retailerSchema>;
export type Dimensions = z.infer<typeof dimensionsSchema>;
export type Weight = z.infer<typeof weightSchema>;
export type UnconfirmedEntry = z.infer<typeof unconfirmedEntrySchema>;
export type Unconfirmed = z.infer<typeof unconfirmedSchema>;
