import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { personSchema } from '../../schemas/person.ts';
import { productSchema } from '../../schemas/product.ts';
import { personIdPattern } from '../../schemas/shared.ts';

/**
 * The content model as JSON Schema, made from the zod schemas in
 * src/schemas/: the one place the visual editor learns which fields a page
 * has, which are required and what limits they keep. A field added to a zod
 * schema therefore appears in the editor's form without a change here.
 */

/** How a field that is a plain string in JSON Schema is marked as a picture or a person. */
export const ROLE_KEY = 'x-backrack-role';
export type FieldRole = 'image' | 'person';

/** A JSON Schema node, as `z.toJSONSchema` writes them for our schemas. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  [ROLE_KEY]?: FieldRole;
}

/** The stand-ins for Astro's image() and reference('people') that mark those fields. */
const helpers = {
  image: z.string().meta({ [ROLE_KEY]: 'image' }),
  person: z
    .string()
    .regex(personIdPattern)
    .meta({ [ROLE_KEY]: 'person' }),
};

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    // The form edits what is written in the file, before defaults and coercion.
    io: 'input',
    // Refinements (a product's price or "unconfirmed") have no JSON Schema; the checks judge them.
    unrepresentable: 'any',
    override: (context) => {
      // Dates are coerced from YAML, which JSON Schema cannot say; the form needs to know.
      if (context.zodSchema._zod.def.type === 'date') {
        context.jsonSchema.type = 'string';
        context.jsonSchema.format = 'date';
      }
    },
  }) as JsonSchema;
}

/** The collections the editor edits, each from its zod schema. */
export const contentModel = {
  articles: toJsonSchema(articleSchema(helpers)),
  products: toJsonSchema(productSchema(helpers)),
  people: toJsonSchema(personSchema),
} as const;

export type CollectionName = keyof typeof contentModel;
