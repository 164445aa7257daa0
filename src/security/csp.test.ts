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

describe('directiveOffset', () => {
  it('finds a directive by name, not inside another', () => {
    expect(directiveOffset(GOOD, 'default-src')).toBe(0);
    expect(directiveOffset(GOOD, 'script-src')).toBe(GOOD.indexOf('script-src'));
    expect(directiveOffset("script-src-elem 'self'; script-src 'self'", 'script-src')).toBe(24);
    expect(directiveOffset(GOOD, 'worker-src')).toBe(-1);
  });
});
