import { z } from 'astro/zod';
import { altText } from './shared.ts';
import { editorialFields, type SchemaHelpers } from './helpers.ts';
import {
  buyerFactFields,
  priceSchema,
  requiredFacts,
  retailerSchema,
  unconfirmedSchema,
} from './product-facts.ts';

/** schema.org availability values that a shop page can honestly state. */
export const availabilities = ['InStock', 'OutOfStock', 'PreOrder', 'Discontinued'] as const;
export type Availability = (typeof availabilities)[number];

/** `content/products/<slug>.mdx` frontmatter. Unknown fields are errors. */
export function productSchema<TImage extends z.ZodType, TPerson extends z.ZodType>({
  image,
  person,
}: SchemaHelpers<TImage, TPerson>) {
  return z
    .strictObject({
      /** The product's name, used as the page's h1 and in the Product data. */
      name: z.string().trim().min(2).max(70),
      /**
       * Other names the page or its adverts use for the product ("the rack",
       * "Backrack Pro"): the claims checks read a sentence that uses one as
       * being about the product.
       */
      aliases: z.array(z.string().trim().min(2)).optional(),
      /** The search snippet and meta description: 50 to 160 characters. */
      description: z.string().trim().min(50).max(160),
      /** The price a buyer pays; required unless listed under `unconfirmed`. */
      price: priceSchema.optional(),
      /** The maker's stock-keeping unit; required unless listed under `unconfirmed`. */
      sku: z.string().trim().min(1).optional(),
      /** Whether it can be bought now; required unless listed under `unconfirmed`. */
      availability: z.enum(availabilities).optional(),
      /** Who makes the product, if known. */
      brand: z.string().trim().min(2).optional(),
      /** The shops that sell it, each with a link to its page; none is invented. */
      retailers: z.array(retailerSchema).min(1).optional(),
      ...buyerFactFields,
      /**
       * Facts the maker (or whoever is named) has not confirmed. Such a fact is
       * shown as "to be confirmed", is left out of structured data, and stops a
       * release build.
       */
      unconfirmed: unconfirmedSchema.optional(),
      /** Product pictures, the first shown largest; at least one. */
      images: z.array(z.strictObject({ src: image, alt: altText })).min(1),
      /** Topics, used to link related articles. */
      tags: z.array(z.string().trim().min(2)).min(1),
      ...editorialFields(person),
    })
    .superRefine((product, context) => {
      for (const fact of requiredFacts) {
        if (product[fact] !== undefined || product.unconfirmed?.[fact]) continue;
        context.addIssue({
          code: 'invalid_type',
          expected: fact === 'price' ? 'object' : 'string',
          input: undefined,
          path: [fact],
          message: `"${fact}" is required; if it is not known yet, list it under "unconfirmed"`,
        });
      }
    });
}
