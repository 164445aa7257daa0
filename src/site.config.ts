/**
 * Site-wide settings in one place. `astro.config.mjs`, the layouts and the
 * compliance checks all read from here, so the URL and the disclaimer rules
 * never drift apart.
 */

/** The public address; set SITE_URL to build for another host (e.g. staging). */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://www.backrack.example';

export const SITE_NAME = 'Backrack Health';

export const SITE_DESCRIPTION =
  'Plain-English, sourced guides to back muscle spasms, and honest information about the Backrack.';

/** Language of every page: British English. */
export const SITE_LOCALE = 'en-GB';

/** Whose calendar says what "today" is, for review dates and suppressions: the UK's. */
export const SITE_TIME_ZONE = 'Europe/London';

/**
 * Pages that do not carry the medical disclaimer, by the path a host serves
 * them at, each with its reason. Anything not listed here must show it
 * inside <main>.
 */
export const DISCLAIMER_EXEMPT_ROUTES: Readonly<Record<string, string>> = {
  '/404.html': 'error page: no health information',
  '/privacy/': 'legal page: no health information',
};

/** Months between clinical/editorial reviews of a page. */
export const REVIEW_INTERVAL_MONTHS = 12;
