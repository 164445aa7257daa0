/**
 * The `_headers` file that static hosts such as Netlify and Cloudflare Pages
 * read: a path pattern at the start of a line, then indented `Name: value`
 * lines that apply to every URL the pattern matches.
 *
 * The hosts' own parsers skip a line they do not understand without a word,
 * and keep no line numbers; this one reports each problem where it is, so a
 * typo in a security header fails the build instead of vanishing.
 */

export interface HeaderLine {
  name: string;
  value: string;
  /** Where the line is in the file, counted from 1. */
  line: number;
  /** Column of the first character of the value, counted from 1. */
  valueColumn: number;
}

export interface HeaderRule {
  /** The path pattern as written, e.g. `/*` or `/_astro/*`. */
  pattern: string;
  line: number;
  matcher: RegExp;
  headers: HeaderLine[];
}

export interface HeadersFileProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface HeadersFile {
  rules: HeaderRule[];
  problems: HeadersFileProblem[];
}

/** A header that applies to a URL, and the lines it came from (more than one if rules overlap). */
export interface AppliedHeader {
  name: string;
  /** What the host sends: the values of all matching lines joined with ", ", as the hosts do. */
  value: string;
  from: { rule: HeaderRule; header: HeaderLine }[];
}

/** RFC 9110 token characters: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PATH_PATTERN = /^\/\S*$/;

/**
 * `*` matches anything (a "splat", slashes included) and `:name` one path
 * segment, as on Netlify and Cloudflare Pages; every other character is literal.
 */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

export function parseHeadersFile(text: string): HeadersFile {
  const rules: HeaderRule[] = [];
  // A rule whose header lines are all faulty is already reported through them.
  const rulesWithHeaderLines = new Set<HeaderRule>();
  const problems: HeadersFileProblem[] = [];
  const problem = (line: number, column: number, message: string, hint: string) =>
    problems.push({ line, column, message, hint });

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const column = indent + 1;

    if (indent === 0) {
      if (!PATH_PATTERN.test(trimmed)) {
        problem(
          line,
          column,
          `expected a path such as /* or /_astro/*, found "${trimmed}"`,
          'start each rule with a path beginning with /; indent the header lines under it',
        );
        return;
      }
      rules.push({ pattern: trimmed, line, matcher: patternToRegExp(trimmed), headers: [] });
      return;
    }

    const rule = rules.at(-1);
    if (!rule) {
      problem(
        line,
        column,
        'a header comes before any path',
        'write the path the header is for on its own line, not indented, above it',
      );
      return;
    }
    rulesWithHeaderLines.add(rule);
    const separator = trimmed.indexOf(':');
    if (separator <= 0) {
      problem(
        line,
        column,
        `expected "Name: value", found "${trimmed}"`,
        'write the header name, a colon, then its value',
      );
      return;
    }
    const name = trimmed.slice(0, separator).trim();
    const afterColon = trimmed.slice(separator + 1);
    const value = afterColon.trim();
    if (!HEADER_NAME.test(name)) {
      problem(
        line,
        column,
        `"${name}" is not a valid header name`,
        'header names are letters, digits and dashes, e.g. Referrer-Policy',
      );
      return;
    }
    if (value === '') {
      problem(line, column + separator + 1, `${name} has no value`, `give ${name} a value`);
      return;
    }
    const valueColumn =
      column + separator + 1 + (afterColon.length - afterColon.trimStart().length);
    rule.headers.push({ name, value, line, valueColumn });
  });

  for (const rule of rules) {
    if (!rulesWithHeaderLines.has(rule)) {
      problem(
        rule.line,
        1,
        `the path ${rule.pattern} has no headers under it`,
        'indent at least one "Name: value" line under the path, or remove the path',
      );
    }
  }
  return { rules, problems };
}

/** Every header the host sends for a URL path, keyed by lower-case name. */
export function headersFor(
  rules: readonly HeaderRule[],
  pathname: string,
): Map<string, AppliedHeader> {
  const applied = new Map<string, AppliedHeader>();
  for (const rule of rules) {
    if (!rule.matcher.test(pathname)) continue;
    for (const header of rule.headers) {
      const key = header.name.toLowerCase();
      const existing = applied.get(key);
      if (existing) {
        existing.value = `${existing.value}, ${header.value}`;
        existing.from.push({ rule, header });
      } else {
        applied.set(key, { name: header.name, value: header.value, from: [{ rule, header }] });
      }
    }
  }
  return applied;
}
