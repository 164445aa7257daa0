import { z } from 'astro/zod';
import { dateField, faqEntrySchema, sourceSchema } from './shared.ts';

/**
 * What a schema factory needs from its caller: a schema for image paths and
 * one for references to `content/people/`. Astro passes `image()` and
 * `reference('people')`; tools that run without Astro pass plain checks.
 */
export interface SchemaHelpers<TImage extends z.ZodType, TPerson extends z.ZodType> {
  image: TImage;
  person: TPerson;
}

/** The publication, review and evidence fields that articles and products share. */
export function editorialFields<TPerson extends z.ZodType>(person: TPerson) {
  return {
    /** First publication date. */
    publishedAt: dateField,
    /** Date of the last substantive change, if any since publication. */
    updatedAt: dateField.optional(),
    /** Date of the last clinical or editorial review. */
    reviewedAt: dateField,
    /** Who did that review: an id in `content/people/`. */
    reviewedBy: person,
    /** Who wrote the page: an id in `content/people/`. */
    author: person,
    /** The evidence behind the page, at least one; cited inline with `<Cite n={…} />`. */
    sources: z.array(sourceSchema).min(1),
    /** Questions answered on the page; also emitted as FAQPage structured data. */
    faq: z.array(faqEntrySchema).min(1).optional(),
    /** Drafts are checked and shown by `npm run dev` but never published. */
    draft: z.boolean().default(false),
  };
}
