import type { z } from 'astro/zod';

/**
 * What a schema factory needs from its caller: a schema for image paths and
 * one for references to `content/people/`. Astro passes `image()` and
 * `reference('people')`; tools that run without Astro pass plain checks.
 */
export interface SchemaHelpers<TImage extends z.ZodType, TPerson extends z.ZodType> {
  image: TImage;
  person: TPerson;
}
