import { z } from 'astro/zod';
import { altText } from './shared.ts';
import { editorialFields, type SchemaHelpers } from './helpers.ts';

/** What an article is about; `condition` articles must carry the urgent-help callout. */
export const articleKinds = ['condition', 'treatment', 'guide', 'product-guide'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/** `content/articles/<slug>.mdx` frontmatter. Unknown fields are errors. */
export function articleSchema<TImage extends z.ZodType, TPerson extends z.ZodType>({
  image,
  person,
}: SchemaHelpers<TImage, TPerson>) {
  return z.strictObject({
    /** The page title and its only h1: 10 to 70 characters. */
    title: z.string().trim().min(10).max(70),
    /** The search-result snippet and meta description: 50 to 160 characters. */
    description: z.string().trim().min(50).max(160),
    /** Which kind of article this is; decides the grouping on /articles/. */
    kind: z.enum(articleKinds),
    ...editorialFields(person),
    /** Topics, at least one; each gets a page under /tags/. */
    tags: z.array(z.string().trim().min(2)).min(1),
    /** An illustration shown under the title; alt text is required. */
    hero: z.strictObject({ src: image, alt: altText }).optional(),
  });
}
