/**
 * What this site requires of its Content-Security-Policy, and whether a
 * policy lets a given piece of inline code run. Parsing and the general
 * weakness checks are Google's CSP Evaluator; the rest is this site's own bar.
 */
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';

/** Directive name (lower case) → its source expressions, as written. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export interface CspProblem {
  /** The directive at fault, or the one that is missing. */
  directive: string;
  message: string;
  hint: string;
}

/** Inline code in a built page, by the CSP directive family that governs it. */
export type InlineKind = 'script' | 'style' | 'script-attribute' | 'style-attribute';

export function parseCsp(value: string): CspDirectives {
  return new CspParser(value).csp.directives as CspDirectives;
}

/** Where a directive starts in the policy text (0-based), for pointing at it; -1 if absent. */
export function directiveOffset(policy: string, directive: string): number {
  const match = new RegExp(`(^|;)\\s*(${directive})(?=\\s|;|$)`, 'i').exec(policy);
  return match ? match.index + match[0].length - directive.length : -1;
}

/** Directives a browser consults for each kind of inline code, most specific first (CSP Level 3). */
const FALLBACKS: Record<InlineKind, readonly string[]> = {
  script: ['script-src-elem', 'script-src', 'default-src'],
  'script-attribute': ['script-src-attr', 'script-src', 'default-src'],
  style: ['style-src-elem', 'style-src', 'default-src'],
  'style-attribute': ['style-src-attr', 'style-src', 'default-src'],
};

/** The directive that decides for this kind of code, or null when the policy leaves it open. */
export function governingDirective(directives: CspDirectives, kind: InlineKind): string | null {
  return FALLBACKS[kind].find((name) => directives[name] !== undefined) ?? null;
}

const isHashOrNonce = (source: string): boolean => /^'(sha(256|384|512)|nonce)-/i.test(source);

/**
 * Whether the policy lets inline code with this hash (`sha256-…`, no quotes)
 * run. A hash or nonce in the directive switches 'unsafe-inline' off, and an
 * attribute's hash counts only with 'unsafe-hashes', as browsers do.
 */
export function allowsInline(directives: CspDirectives, kind: InlineKind, hash: string): boolean {
  const directive = governingDirective(directives, kind);
  if (directive === null) return true;
  const sources = (directives[directive] ?? []).map((source) => source.toLowerCase());
  const listed = (directives[directive] ?? []).includes(`'${hash}'`);
  const isAttribute = kind.endsWith('-attribute');
  if (listed && (!isAttribute || sources.includes("'unsafe-hashes'"))) return true;
  return sources.includes("'unsafe-inline'") && !sources.some(isHashOrNonce);
}

const FORBIDDEN_KEYWORDS: Record<string, string> = {
  "'unsafe-inline'":
    'lets any injected inline script or style run; move the code into a file, or list its hash',
  "'unsafe-eval'": 'lets code built from strings run (eval, new Function)',
  "'unsafe-hashes'": 'lets hashed event handlers and style attributes run; use a class instead',
};

/** Directives the site requires, with the only values it accepts. */
const REQUIRED: readonly { directive: string; allowed: readonly string[]; why: string }[] = [
  { directive: 'default-src', allowed: ["'self'"], why: 'load everything from this site only' },
  { directive: 'frame-ancestors', allowed: ["'none'"], why: 'no other site may frame these pages' },
  {
    directive: 'base-uri',
    allowed: ["'self'", "'none'"],
    why: 'an injected <base> cannot move links',
  },
  {
    directive: 'form-action',
    allowed: ["'self'", "'none'"],
    why: 'forms can only send to this site',
  },
];

/** The evaluator's findings that fail the build: real weaknesses and syntax errors. */
const FAILING_SEVERITIES = new Set<Severity>([Severity.HIGH, Severity.SYNTAX, Severity.MEDIUM]);

export function cspProblems(policy: string): CspProblem[] {
  const directives = parseCsp(policy);
  const problems: CspProblem[] = [];

  for (const [directive, sources] of Object.entries(directives)) {
    for (const source of sources) {
      const why = FORBIDDEN_KEYWORDS[source.toLowerCase()];
      if (why) {
        problems.push({
          directive,
          message: `${directive} allows ${source}, which ${why}`,
          hint: `remove ${source} from ${directive}`,
        });
      }
    }
  }

  for (const { directive, allowed, why } of REQUIRED) {
    const sources = directives[directive];
    const wanted = allowed.join(' or ');
    if (sources === undefined) {
      problems.push({
        directive,
        message: `the policy has no ${directive} directive`,
        hint: `add "${directive} ${allowed[0]}" so that ${why}`,
      });
    } else if (sources.length === 0 || sources.some((source) => !allowed.includes(source))) {
      problems.push({
        directive,
        message: `${directive} is "${sources.join(' ')}", expected ${wanted}`,
        hint: `set "${directive} ${allowed[0]}" so that ${why}`,
      });
    }
  }

  const evaluator = new CspEvaluator(new CspParser(policy).csp);
  for (const finding of evaluator.evaluate()) {
    if (!FAILING_SEVERITIES.has(finding.severity)) continue;
    if (problems.some((problem) => problem.directive === finding.directive)) continue;
    problems.push({
      directive: finding.directive,
      message: `${finding.directive}: ${finding.description}`,
      hint: 'see https://csp-evaluator.withgoogle.com/ for what the finding means',
    });
  }
  return problems;
}
