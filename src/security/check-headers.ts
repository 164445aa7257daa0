/**
 * The build's check of the headers file against the built site: the file
 * parses, every page gets each security header with a strong enough value,
 * hashed assets are cached for good, no two rules set one header for the same
 * URL, and the Content-Security-Policy lets every piece of the build's own
 * inline code run. Findings point into the headers file.
 */
import { compareFindings, type Finding, type Position } from '../compliance/core/finding.ts';
import { onPages } from '../compliance/core/built-url.ts';
import { allowsInline, cspProblems, directiveOffset, governingDirective, parseCsp } from './csp.ts';
import {
  HASHED_ASSET_HEADERS,
  PAGE_HEADERS,
  type HeaderRequirement,
} from './header-requirements.ts';
import {
  headersFor,
  parseHeadersFile,
  type AppliedHeader,
  type HeaderLine,
  type HeaderRule,
} from './headers-file.ts';
import type { InlineCode } from './inline-code.ts';

export const CSP_HEADER = 'Content-Security-Policy';

export interface HeaderCheckInput {
  /** The headers file as the project names it, e.g. `public/_headers`; findings point here. */
  headersFile: string;
  /** Its text as published with the build, or null when the build has none. */
  text: string | null;
  /** Built HTML pages by the URL path a visitor asks for, with their inline code. */
  pages: readonly { pathname: string; code: readonly InlineCode[] }[];
  /** URL paths of the other built files, e.g. `/_astro/index.Bx1.css`. */
  files: readonly string[];
  /** Where the project writes a piece of inline code (`src/components/X.astro:12`), if known. */
  sourceOf?: (code: string) => string | null;
}

interface Problem {
  ruleId: string;
  position: Position | null;
  message: string;
  hint: string;
  pathname: string;
}

const HASHED_ASSETS = /^\/_astro\//;

const positionOfValue = (header: HeaderLine, offset = 0): Position => ({
  line: header.line,
  column: header.valueColumn + Math.max(offset, 0),
});

function requirementProblems(
  requirements: readonly HeaderRequirement[],
  applied: ReadonlyMap<string, AppliedHeader>,
  pathname: string,
): Problem[] {
  return requirements.flatMap((requirement): Problem[] => {
    const header = applied.get(requirement.name.toLowerCase());
    if (!header) {
      return [
        {
          ruleId: 'headers/missing',
          position: null,
          message: `no ${requirement.name} header`,
          hint: `add "${requirement.name}: ${requirement.example}" under a path that matches these URLs`,
          pathname,
        },
      ];
    }
    const last = header.from.at(-1);
    const wrong = requirement.check(header.value);
    return wrong && last
      ? [
          {
            ruleId: 'headers/weak',
            position: positionOfValue(last.header),
            message: `${requirement.name} ${wrong}`,
            hint: `use "${requirement.name}: ${requirement.example}"`,
            pathname,
          },
        ]
      : [];
  });
}

function conflictProblems(
  applied: ReadonlyMap<string, AppliedHeader>,
  pathname: string,
): Problem[] {
  return [...applied.values()].flatMap((header): Problem[] => {
    const rules = new Set(header.from.map((source) => source.rule));
    const [first, second] = header.from;
    if (rules.size < 2 || !first || !second) return [];
    return [
      {
        ruleId: 'headers/conflict',
        position: { line: second.header.line, column: 1 },
        message: `${header.name} is also set by line ${first.header.line} (${first.rule.pattern}) for the same URLs, so the host would send "${header.value}"`,
        hint: 'set each header in only one rule for any URL; make the paths not overlap',
        pathname,
      },
    ];
  });
}

function cspPolicyProblems(csp: AppliedHeader, pathname: string): Problem[] {
  return csp.from.flatMap(({ header }) =>
    cspProblems(header.value).map((problem) => ({
      ruleId: 'headers/csp',
      position: positionOfValue(header, directiveOffset(header.value, problem.directive)),
      message: problem.message,
      hint: problem.hint,
      pathname,
    })),
  );
}

function inlineCodeProblems(
  csp: AppliedHeader,
  page: HeaderCheckInput['pages'][number],
  sourceOf: HeaderCheckInput['sourceOf'],
): Problem[] {
  const { code } = page;
  return csp.from.flatMap(({ header }) => {
    const directives = parseCsp(header.value);
    return code
      .filter((inline) => !allowsInline(directives, inline.kind, inline.hash))
      .map((inline) => {
        const directive = governingDirective(directives, inline.kind) ?? 'default-src';
        const source = sourceOf?.(inline.code);
        const where = source ? `, written in ${source}` : '';
        return {
          ruleId: 'headers/csp-inline',
          position: positionOfValue(header, directiveOffset(header.value, directive)),
          message: `${directive} blocks the inline ${inline.label} "${inline.excerpt}"${where}`,
          hint: inline.kind.endsWith('-attribute')
            ? 'use a class from the stylesheet, or a bundled script, instead; attributes cannot be allowed safely'
            : `move it into a file (a <script> or <style> in an .astro component without is:inline is bundled into /_astro/), or add '${inline.hash}' to ${directive}`,
          pathname: page.pathname,
        };
      });
  });
}

/** One finding per problem, however many URLs share it, naming a few of them. */
function grouped(headersFile: string, problems: readonly Problem[]): Finding[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = [problem.ruleId, problem.position?.line, problem.position?.column, problem.message]
      .map(String)
      .join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Problem;
    const pages = [...new Set(group.map((problem) => problem.pathname))];
    return {
      ruleId: first.ruleId,
      severity: 'error',
      file: headersFile,
      position: first.position,
      message: `${first.message}${onPages(pages)}`,
      hint: first.hint,
    };
  });
}

export function checkHeaders(input: HeaderCheckInput): Finding[] {
  if (input.text === null) {
    return [
      {
        ruleId: 'headers/missing',
        severity: 'error',
        file: input.headersFile,
        position: null,
        message: 'the build has no headers file, so pages would be served without security headers',
        hint: `create ${input.headersFile} (see "Security headers" in the README)`,
      },
    ];
  }
  const parsed = parseHeadersFile(input.text);
  if (parsed.problems.length > 0) {
    return parsed.problems.map((problem) => ({
      ruleId: 'headers/syntax',
      severity: 'error',
      file: input.headersFile,
      position: { line: problem.line, column: problem.column },
      message: problem.message,
      hint: problem.hint,
    }));
  }

  const rules: readonly HeaderRule[] = parsed.rules;
  const problems: Problem[] = [];
  for (const page of input.pages) {
    const applied = headersFor(rules, page.pathname);
    problems.push(...conflictProblems(applied, page.pathname));
    problems.push(...requirementProblems(PAGE_HEADERS, applied, page.pathname));
    const csp = applied.get(CSP_HEADER.toLowerCase());
    if (!csp) {
      problems.push({
        ruleId: 'headers/missing',
        position: null,
        message: `no ${CSP_HEADER} header`,
        hint: `add "${CSP_HEADER}: default-src 'self'; …" under a path that matches these URLs (see the README)`,
        pathname: page.pathname,
      });
      continue;
    }
    problems.push(...cspPolicyProblems(csp, page.pathname));
    problems.push(...inlineCodeProblems(csp, page, input.sourceOf));
  }
  for (const file of input.files) {
    const applied = headersFor(rules, file);
    problems.push(...conflictProblems(applied, file));
    if (HASHED_ASSETS.test(file)) {
      problems.push(...requirementProblems(HASHED_ASSET_HEADERS, applied, file));
    }
  }
  return grouped(input.headersFile, problems).sort(compareFindings);
}
