import { describe, expect, it } from 'vitest';
import { allowsInline, cspProblems, directiveOffset, governingDirective, parseCsp } from './csp.ts';

const GOOD =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('cspProblems', () => {
  it('accepts a policy that meets the site bar', () => {
    expect(cspProblems(GOOD)).toEqual([]);
  });

  it("names the directive that allows 'unsafe-inline' or 'unsafe-eval'", () => {
    const problems = cspProblems(
      GOOD.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
        "'wasm-unsafe-eval'",
        "'unsafe-eval'",
      ),
    );
    expect(problems.map((problem) => problem.directive)).toEqual(['script-src', 'style-src']);
    expect(problems[1]?.message).toBe(
      "style-src allows 'unsafe-inline', which lets any injected inline script or style run; move the code into a file, or list its hash",
    );
  });

  it.each([
    [
      'frame-ancestors',
      GOOD.replace("; frame-ancestors 'none'", ''),
      'the policy has no frame-ancestors directive',
    ],
    [
      'base-uri',
      GOOD.replace("base-uri 'self'", 'base-uri *'),
      "base-uri is \"*\", expected 'self' or 'none'",
    ],
    [
      'default-src',
      GOOD.replace("default-src 'self'", "default-src 'self' https://cdn.example"),
      "default-src is \"'self' https://cdn.example\", expected 'self'",
    ],
    [
      'form-action',
      GOOD.replace("; form-action 'self'", ''),
      'the policy has no form-action directive',
    ],
  ])('requires %s', (directive, policy, message) => {
    expect(cspProblems(policy)).toContainEqual(expect.objectContaining({ directive, message }));
  });

  it("passes on the CSP Evaluator's syntax and high findings", () => {
    const problems = cspProblems(`${GOOD}; scirpt-src 'self'`);
    expect(problems).toEqual([
      expect.objectContaining({
        directive: 'scirpt-src',
        message: 'scirpt-src: Directive "scirpt-src" is not a known CSP directive.',
      }),
    ]);
    expect(
      cspProblems(GOOD.replace("script-src 'self'", "script-src 'self' data:")),
    ).toContainEqual(expect.objectContaining({ directive: 'script-src' }));
  });
});

describe('cspProblems, whole problems', () => {
  const missing = (directive: string, value: string, why: string) => ({
    directive,
    message: `the policy has no ${directive} directive`,
    hint: `add "${directive} ${value}" so that ${why}`,
  });

  it('accepts the strictest values of each required directive', () => {
    expect(
      cspProblems(
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      ),
    ).toEqual([]);
  });

  it('reports a forbidden keyword once, then each missing directive with what to add, then the evaluator', () => {
    expect(cspProblems("script-src 'UNSAFE-INLINE'")).toEqual([
      {
        directive: 'script-src',
        message:
          "script-src allows 'unsafe-inline', which lets any injected inline script or style run; move the code into a file, or list its hash",
        hint: "remove 'unsafe-inline' from script-src",
      },
      missing('default-src', "'self'", 'load everything from this site only'),
      missing('frame-ancestors', "'none'", 'no other site may frame these pages'),
      missing('base-uri', "'self'", 'an injected <base> cannot move links'),
      missing('form-action', "'self'", 'forms can only send to this site'),
      {
        directive: 'object-src',
        message:
          "object-src: Missing object-src allows the injection of plugins which can execute JavaScript. Can you set it to 'none'?",
        hint: 'see https://csp-evaluator.withgoogle.com/ for what the finding means',
      },
    ]);
  });

  it.each([
    [
      "'unsafe-eval'",
      "script-src 'self' 'unsafe-eval'",
      'script-src',
      'lets code built from strings run (eval, new Function)',
    ],
    [
      "'unsafe-hashes'",
      "style-src 'self' 'unsafe-hashes'",
      'style-src',
      'lets hashed event handlers and style attributes run; use a class instead',
    ],
  ])('forbids %s', (keyword, directiveText, directive, why) => {
    const policy = GOOD.replace(`${directive} 'self'`, directiveText).replace(
      " 'wasm-unsafe-eval'",
      '',
    );
    expect(cspProblems(policy)).toEqual([
      {
        directive,
        message: `${directive} allows ${keyword}, which ${why}`,
        hint: `remove ${keyword} from ${directive}`,
      },
    ]);
  });

  it('wants a value in a required directive that is written without one', () => {
    expect(cspProblems(GOOD.replace("base-uri 'self'", 'base-uri'))).toEqual([
      {
        directive: 'base-uri',
        message: `base-uri is "", expected 'self' or 'none'`,
        hint: `set "base-uri 'self'" so that an injected <base> cannot move links`,
      },
    ]);
  });

  it("reports the evaluator's own finding with its link", () => {
    expect(cspProblems(GOOD.replace("script-src 'self'", "script-src 'self' data:"))).toEqual([
      {
        directive: 'script-src',
        message: 'script-src: data: URI in script-src allows the execution of unsafe scripts.',
        hint: 'see https://csp-evaluator.withgoogle.com/ for what the finding means',
      },
    ]);
  });
});

describe('allowsInline', () => {
  const hash = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';

  it('allows code whose hash is listed, and nothing else', () => {
    const directives = parseCsp(`default-src 'self'; script-src 'self' '${hash}'`);
    expect(allowsInline(directives, 'script', hash)).toBe(true);
    expect(allowsInline(directives, 'script', 'sha256-other')).toBe(false);
    expect(allowsInline(directives, 'style', hash)).toBe(false);
  });

  it("lets a hash switch 'unsafe-inline' off, as browsers do", () => {
    expect(allowsInline(parseCsp("script-src 'unsafe-inline'"), 'script', hash)).toBe(true);
    expect(
      allowsInline(parseCsp(`script-src 'unsafe-inline' '${hash}'`), 'script', 'sha256-x'),
    ).toBe(false);
  });

  it("allows an attribute's hash only with 'unsafe-hashes'", () => {
    expect(allowsInline(parseCsp(`script-src '${hash}'`), 'script-attribute', hash)).toBe(false);
    expect(
      allowsInline(parseCsp(`script-src 'unsafe-hashes' '${hash}'`), 'script-attribute', hash),
    ).toBe(true);
  });

  it('falls back from the element directive to script-src to default-src', () => {
    const directives = parseCsp(`default-src 'self'; script-src-elem '${hash}'`);
    expect(governingDirective(directives, 'script')).toBe('script-src-elem');
    expect(governingDirective(directives, 'script-attribute')).toBe('default-src');
    expect(governingDirective(parseCsp('img-src *'), 'style')).toBeNull();
    expect(allowsInline(parseCsp('img-src *'), 'style', hash)).toBe(true);
  });
});

describe('the directive that governs each kind of inline code', () => {
  const all =
    "default-src 'self'; script-src 'self'; script-src-elem 'self'; script-src-attr 'self'; style-src 'self'; style-src-elem 'self'; style-src-attr 'self'";
  const without = (...names: string[]) =>
    parseCsp(
      all
        .split('; ')
        .filter((part) => !names.includes(part.split(' ')[0] ?? ''))
        .join('; '),
    );

  it.each([
    ['script', 'script-src-elem', 'script-src'],
    ['script-attribute', 'script-src-attr', 'script-src'],
    ['style', 'style-src-elem', 'style-src'],
    ['style-attribute', 'style-src-attr', 'style-src'],
  ] as const)('for %s is %s, then %s, then default-src', (kind, specific, family) => {
    expect(governingDirective(parseCsp(all), kind)).toBe(specific);
    expect(governingDirective(without(specific), kind)).toBe(family);
    expect(governingDirective(without(specific, family), kind)).toBe('default-src');
  });

  it.each(["'sha384-abc'", "'sha512-abc'", "'NONCE-abc'"])(
    "lets %s switch 'unsafe-inline' off",
    (source) => {
      const directives = parseCsp(`script-src 'unsafe-inline' ${source}`);
      expect(allowsInline(directives, 'script', 'sha256-x')).toBe(false);
    },
  );

  it("keeps 'unsafe-inline' on beside a source that only mentions a hash", () => {
    const directives = parseCsp("script-src 'unsafe-inline' https://x.example/'sha256-x'");
    expect(allowsInline(directives, 'script', 'sha256-y')).toBe(true);
  });
});

describe('directiveOffset', () => {
  it('finds a directive by name, not inside another', () => {
    expect(directiveOffset(GOOD, 'default-src')).toBe(0);
    expect(directiveOffset(GOOD, 'script-src')).toBe(GOOD.indexOf('script-src'));
    expect(directiveOffset("script-src-elem 'self'; script-src 'self'", 'script-src')).toBe(24);
    expect(directiveOffset(GOOD, 'worker-src')).toBe(-1);
  });

  it('finds a directive written in capitals, as browsers read names in any case', () => {
    expect(directiveOffset("Default-Src 'self'; SCRIPT-SRC 'none'", 'script-src')).toBe(20);
  });
});
