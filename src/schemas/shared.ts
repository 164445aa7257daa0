import { z } from 'astro/zod';

/**
 * Building blocks shared by the article and product schemas.
 *
 * The schemas are factories: Astro passes its `image()` helper and a
 * `reference('people')`, while the compliance engine (which must run without
 * Astro) passes plain stand-ins. Both therefore validate the same fields.
 */

/** A kebab-case name such as `heat-or-ice`: page slugs and person ids. */
export const kebabCasePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A person id such as `editorial-team`: what `reference()` resolves. */
export const personIdPattern = kebabCasePattern;

/**
 * Alt text for an image. Whether it describes the picture is judged by the
 * checker's `a11y/img-alt` rule, with the same words as for images in the body.
 */
export const altText = z.string();

/** A source the page cites; inline markers `<Cite n={1} />` link to it by position. */
export const sourceSchema = z.strictObject({
  /** The title of the cited page or paper, as its publisher gives it. */
  title: z.string().min(3),
  /** Who published it, for example "NHS" or "NICE". */
  publisher: z.string().min(2),
  /** A secure address for the source. */
  url: z.url({ protocol: /^https$/, error: 'a source url must be an https:// address' }),
});

/** Dates in frontmatter are written `2026-11-25`; YAML already reads them as dates. */
export const dateField = z.coerce.date({ error: 'expected a date such as 2026-11-25' });

/** A question and its answer, shown on the page and in FAQPage structured data. */
export const faqEntrySchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: z.string().min(5),
  /** A plain-language answer of one or two short paragraphs. */
  answer: z.string().min(10),
});

export type Source = z.infer<typeof sourceSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
