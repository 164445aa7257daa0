import { z } from 'astro/zod';
import { altText } from './shared.ts';
import { editorialFields, type SchemaHelpers } from './helpers.ts';

/** schema.org availability values that a shop page can honestly state. */
export const availabilities = ['InStock', 'OutOfStock', 'PreOrder', 'Discontinued'] as const;
export type Availability = (typeof availabilities)[number];

/** `content/products/<slug>.mdx` frontmatter. Unknown fields are errors. */
export function productSchema<TImage extends z.ZodType, TPerson extends z.ZodType>({
  image,
  person,
}: SchemaHelpers<TImage, TPerson>) {
  return z.strictObject({
    /** The product's name, used as the page's h1 and in the Product data. */
    name: z.string().trim().min(2).max(70),
    /** The search snippet and meta description: 50 to 160 characters. */
    description: z.string().trim().min(50).max(160),
    /** The price a buyer pays, with its ISO 4217 currency code. */
    price: z.strictObject({
      /** Amount in the currency's main unit, e.g. 49.99. */
      amount: z.number().positive(),
      /** Three-letter currency code, e.g. GBP. */
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as GBP'),
    }),
    /** The maker's stock-keeping unit. */
    sku: z.string().trim().min(1),
    /** Whether it can be bought now. */
    availability: z.enum(availabilities),
    /** Who makes the product, if known. */
    brand: z.string().trim().min(2).optional(),
    /** Product pictures, the first shown largest; at least one. */
    images: z.array(z.strictObject({ src: image, alt: altText })).min(1),
    /** Topics, used to link related articles. */
    tags: z.array(z.string().trim().min(2)).min(1),
    ...editorialFields(person),
  });
}
