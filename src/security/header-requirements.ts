/**
 * The response headers this site promises, as data: which header each kind
 * of built file must get, and what counts as too weak a value. The
 * Content-Security-Policy has its own module (csp.ts).
 */

/** What is wrong with a header's value, or null when it is good enough. */
export type ValueCheck = (value: string) => string | null;

export interface HeaderRequirement {
  name: string;
  /** What to write, for the hint when the header is missing. */
  example: string;
  check: ValueCheck;
}

const ONE_YEAR_SECONDS = 31_536_000;
/** HTML may be cached briefly, so a corrected page reaches visitors within the hour. */
const HTML_MAX_AGE_SECONDS = 3_600;

/** `max-age=N` of Cache-Control or Strict-Transport-Security, or null. */
export function maxAge(value: string): number | null {
  const match = /(?:^|[;,\s])max-age\s*=\s*"?(\d+)"?/i.exec(value);
  return match ? Number(match[1]) : null;
}

const directives = (value: string): string[] =>
  value.split(',').map((part) => part.trim().toLowerCase());

const strictTransportSecurity: ValueCheck = (value) => {
  const age = maxAge(value);
  return age !== null && age >= ONE_YEAR_SECONDS
    ? null
    : `max-age must be at least ${ONE_YEAR_SECONDS} (a year), found "${value}"`;
};

const nosniff: ValueCheck = (value) =>
  value.trim().toLowerCase() === 'nosniff' ? null : `expected "nosniff", found "${value}"`;

/** strict-origin-when-cross-origin, or a policy that sends even less. */
const ACCEPTED_REFERRER_POLICIES = new Set([
  'strict-origin-when-cross-origin',
  'strict-origin',
  'same-origin',
  'no-referrer',
]);
const referrerPolicy: ValueCheck = (value) => {
  // Browsers use the last policy they understand in a list.
  const last = directives(value).at(-1) ?? '';
  return ACCEPTED_REFERRER_POLICIES.has(last)
    ? null
    : `"${value}" may send the full address of a page to other sites; expected strict-origin-when-cross-origin`;
};

/** Features no page of a health site needs; each must be denied with `feature=()`. */
export const DENIED_FEATURES = ['camera', 'microphone', 'geolocation'] as const;
const permissionsPolicy: ValueCheck = (value) => {
  const allowlists = new Map(
    directives(value).map((entry) => {
      const [feature = '', allowlist = ''] = entry.split('=');
      return [feature.trim(), allowlist.replace(/\s+/g, '')] as const;
    }),
  );
  const notDenied = DENIED_FEATURES.filter((feature) => allowlists.get(feature) !== '()');
  return notDenied.length === 0
    ? null
    : `does not deny ${notDenied.join(', ')}; write ${notDenied.map((f) => `${f}=()`).join(', ')}`;
};

const shortCache: ValueCheck = (value) => {
  const lower = value.toLowerCase();
  if (lower.includes('immutable')) return `HTML must not be cached as immutable, found "${value}"`;
  if (/no-cache|no-store/.test(lower)) return null;
  const age = maxAge(value);
  return age !== null && age <= HTML_MAX_AGE_SECONDS
    ? null
    : `HTML must be cached for at most ${HTML_MAX_AGE_SECONDS} seconds, found "${value}"`;
};

const immutableCache: ValueCheck = (value) => {
  const age = maxAge(value);
  return value.toLowerCase().includes('immutable') && age !== null && age >= ONE_YEAR_SECONDS
    ? null
    : `files under /_astro/ have content hashes in their names and must be cached as "public, max-age=${ONE_YEAR_SECONDS}, immutable", found "${value}"`;
};

/** Every HTML page (the CSP is checked separately, also on every page). */
export const PAGE_HEADERS: readonly HeaderRequirement[] = [
  {
    name: 'Strict-Transport-Security',
    example: `max-age=${ONE_YEAR_SECONDS * 2}; includeSubDomains`,
    check: strictTransportSecurity,
  },
  { name: 'X-Content-Type-Options', example: 'nosniff', check: nosniff },
  { name: 'Referrer-Policy', example: 'strict-origin-when-cross-origin', check: referrerPolicy },
  {
    name: 'Permissions-Policy',
    example: DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    check: permissionsPolicy,
  },
  {
    name: 'Cache-Control',
    example: 'public, max-age=0, must-revalidate',
    check: shortCache,
  },
];

/** Files Astro names by their content hash, under /_astro/. */
export const HASHED_ASSET_HEADERS: readonly HeaderRequirement[] = [
  {
    name: 'Cache-Control',
    example: `public, max-age=${ONE_YEAR_SECONDS}, immutable`,
    check: immutableCache,
  },
];
