import { z } from 'astro/zod';
import { createReader } from '@keystatic/core/reader';
import type { ComponentSchema } from '@keystatic/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../schemas/article.ts';
import { personSchema } from '../../schemas/person.ts';
import { productSchema } from '../../schemas/product.ts';
import { personIdPattern } from '../../schemas/shared.ts';
import keystaticConfig from '../../../keystatic.config.ts';

/**
 * The editor's form against the zod schemas: the same fields, at every
 * depth, and the same verdict on values at the limits the schemas set.
 */

const helpers = { image: z.string(), person: z.string().regex(personIdPattern) };
const zodSchemas = {
  articles: articleSchema(helpers),
  products: productSchema(helpers),
  people: personSchema,
};
const collections = ['articles', 'products', 'people'] as const;

/** Unwraps optional, default and pipe wrappers down to the schema that holds the shape. */
function inner(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType)
      current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Every field path a zod schema has, e.g. "sources[].url". */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  const node = inner(schema);
  if (node instanceof z.ZodObject) {
    return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...zodPaths(value, path)];
    });
  }
  if (node instanceof z.ZodArray) return zodPaths(node.element as z.ZodType, `${prefix}[]`);
  return [];
}

/** Every field path the editor's form has. */
function formPaths(schema: Record<string, ComponentSchema>, prefix = ''): string[] {
  return Object.entries(schema).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...nestedFormPaths(field, path)];
  });
}

function nestedFormPaths(field: ComponentSchema, path: string): string[] {
  if (field.kind === 'object') return formPaths(field.fields, path);
  if (field.kind === 'array') return nestedFormPaths(field.element, `${path}[]`);
  return [];
}

function editorSchema(collection: (typeof collections)[number]): Record<string, ComponentSchema> {
  const schema: Record<string, ComponentSchema> = keystaticConfig.collections[collection].schema;
  // The body is the page's MDX, not a frontmatter field.
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'body'));
}

describe('the editor has exactly the fields of the zod schemas', () => {
  it.each(collections)('%s', (collection) => {
    expect(formPaths(editorSchema(collection)).sort()).toEqual(
      zodPaths(zodSchemas[collection]).sort(),
    );
  });
});

/** Whether the form's field accepts a value read from a file, as Keystatic's reader judges it. */
function formAccepts(field: ComponentSchema, value: unknown, isSlugField: boolean): boolean {
  if (field.kind !== 'form') throw new Error('not a form field');
  try {
    if (isSlugField && field.formKind === 'slug') {
      field.reader.parseWithSlug(value as never, { slug: 'a-page', glob: '*' });
      return true;
    }
    if (field.formKind !== undefined && field.formKind !== 'slug') {
      throw new Error(`no reader for ${field.formKind}`);
    }
    field.reader.parse(value as never);
    return true;
  } catch {
    return false;
  }
}

const text = (length: number) => 'x'.repeat(Math.max(0, length));

/** Values at and either side of each limit a zod field sets, plus missing and empty. */
function probes(schema: z.ZodType): unknown[] {
  const node = inner(schema);
  const values: unknown[] = [undefined];
  if (node instanceof z.ZodString) {
    const { minLength, maxLength } = node;
    values.push('', text(5));
    if (minLength !== null) values.push(text(minLength - 1), text(minLength));
    if (maxLength !== null) values.push(text(maxLength), text(maxLength + 1));
  }
  // A choice always has a value in the form (the first, until changed), so none is not probed.
  if (node instanceof z.ZodEnum) return [...node.options, 'something-else'];
  if (node instanceof z.ZodBoolean) values.push(true, false);
  if (node instanceof z.ZodDate) values.push('2026-11-25', 'next tuesday');
  return values;
}

describe('the form keeps the limits of the schema', () => {
  for (const collection of collections) {
    const zodShape = (inner(zodSchemas[collection]) as z.ZodObject).shape as Record<
      string,
      z.ZodType
    >;
    const form = editorSchema(collection);
    const simple = Object.entries(zodShape).filter(([key]) => form[key]?.kind === 'form');
    it.each(simple)(`${collection}: %s`, (key, zodField) => {
      const field = form[key];
      if (!field) throw new Error(`${key} is missing from the form`);
      const judged = probes(zodField)
        .filter((value) => !(key === 'reviewedBy' || key === 'author') || value !== '')
        .map((value) => ({
          value,
          // The form writes nothing for an empty text box, so the schema judges a missing field.
          schema: zodField.safeParse(value === '' ? undefined : value).success,
          form: formAccepts(
            field,
            value,
            keystaticConfig.collections[collection].slugField === key,
          ),
        }));
      expect(judged.filter((verdict) => verdict.schema !== verdict.form)).toEqual([]);
      expect(judged.length).toBeGreaterThan(1);
    });
  }
});

describe('every shipped entry opens in the editor', () => {
  const reader = createReader(join(import.meta.dirname, '../../..'), keystaticConfig);
  it.each(collections)('%s', async (collection) => {
    const entries = await reader.collections[collection].all();
    expect(entries.length).toBeGreaterThan(0);
  });
});
