import { z } from 'astro/zod';

/** Options of the page-checks integration, validated before the build starts. */
export const pageChecksOptionsSchema = z.strictObject({
  /** How the disclaimer rule recognises the disclaimer, and which pages are spared it. */
  disclaimer: z.strictObject({
    /** Attribute on the disclaimer's element, e.g. `data-medical-disclaimer`. */
    attribute: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'expected an attribute name such as data-medical-disclaimer'),
    /** The exact text the element must contain. */
    text: z.string().min(20),
    /** Paths, as a host serves them, that need no disclaimer, e.g. `/privacy/`, `/404.html`. */
    exempt: z
      .array(
        z
          .string()
          .regex(/^\/(?:.*\/)?(?:[^/]+\.html)?$/, 'expected a path such as /privacy/ or /404.html'),
      )
      .default([]),
  }),
  /**
   * Pages built from content files, so findings name the .mdx file: a route
   * pattern and the file it comes from, with `[slug]` in both.
   */
  contentRoutes: z
    .array(z.strictObject({ pattern: z.string().startsWith('/'), source: z.string().min(1) }))
    .default([]),
  /** Change a rule's severity, or turn it off. */
  severities: z.record(z.string(), z.enum(['error', 'warning', 'off'])).default({}),
  /**
   * The security headers file as the project names it; the build publishes it
   * as `_headers` and every built page is checked against it.
   */
  headersFile: z.string().min(1).default('public/_headers'),
  /** Check external links (network); also on with BACKRACK_CHECK_EXTERNAL=1. */
  external: z.boolean().default(false),
});

export type PageChecksOptions = z.input<typeof pageChecksOptionsSchema>;
export type ResolvedPageChecksOptions = z.output<typeof pageChecksOptionsSchema>;
