import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternToRegExp } from './headers-file.ts';

describe('parseHeadersFile', () => {
  it('reads rules and their headers with the position of each value', () => {
    const { rules, problems } = parseHeadersFile(
      [
        '# comment',
        '/*',
        '  X-Content-Type-Options:  nosniff',
        '',
        '/_astro/*',
        '\tCache-Control: immutable',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(rules.map((rule) => [rule.pattern, rule.line])).toEqual([
      ['/*', 2],
      ['/_astro/*', 5],
    ]);
    expect(rules[0]?.headers).toEqual([
      { name: 'X-Content-Type-Options', value: 'nosniff', line: 3, valueColumn: 28 },
    ]);
    expect(rules[1]?.headers[0]).toMatchObject({ name: 'Cache-Control', line: 6, valueColumn: 17 });
  });

  it('keeps a colon inside a value', () => {
    const { rules } = parseHeadersFile('/*\n  Link: <https://x.example/a>; rel=preload');
    expect(rules[0]?.headers[0]?.value).toBe('<https://x.example/a>; rel=preload');
  });

  it.each([
    ['  X-Frame-Options: DENY', 1, 3, 'a header comes before any path'],
    ['/*\nbad path\n  X: y', 2, 1, 'expected a path such as /* or /_astro/*, found "bad path"'],
    ['/*\n  X-Frame-Options DENY', 2, 3, 'expected "Name: value", found "X-Frame-Options DENY"'],
    ['/*\n  X Frame: DENY', 2, 3, '"X Frame" is not a valid header name'],
    ['/*\n  X-Frame-Options:', 2, 19, 'X-Frame-Options has no value'],
    ['/*\n/a/\n  X: y', 1, 1, 'the path /* has no headers under it'],
  ])('reports %j at line %i, column %i', (text, line, column, message) => {
    const { problems } = parseHeadersFile(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column, message });
    expect(problems[0]?.hint).not.toBe('');
  });
});

describe('parseHeadersFile, whole problems', () => {
  it('gives each problem its line, column, message and hint, in file order', () => {
    const text = [
      '  X-Frame-Options: DENY',
      '/*',
      '  X-Frame-Options DENY',
      '  : DENY',
      '  X Frame: DENY',
      '  X-Frame-Options:   ',
      'bad path',
      '/a/',
    ].join('\r\n');
    expect(parseHeadersFile(text)).toEqual({
      rules: [
        { pattern: '/*', line: 2, matcher: /^\/.*$/, headers: [] },
        { pattern: '/a/', line: 8, matcher: /^\/a\/$/, headers: [] },
      ],
      problems: [
        {
          line: 1,
          column: 3,
          message: 'a header comes before any path',
          hint: 'write the path the header is for on its own line, not indented, above it',
        },
        {
          line: 3,
          column: 3,
          message: 'expected "Name: value", found "X-Frame-Options DENY"',
          hint: 'write the header name, a colon, then its value',
        },
        {
          line: 4,
          column: 3,
          message: 'expected "Name: value", found ": DENY"',
          hint: 'write the header name, a colon, then its value',
        },
        {
          line: 5,
          column: 3,
          message: '"X Frame" is not a valid header name',
          hint: 'header names are letters, digits and dashes, e.g. Referrer-Policy',
        },
        {
          line: 6,
          column: 19,
          message: 'X-Frame-Options has no value',
          hint: 'give X-Frame-Options a value',
        },
        {
          line: 7,
          column: 1,
          message: 'expected a path such as /* or /_astro/*, found "bad path"',
          hint: 'start each rule with a path beginning with /; indent the header lines under it',
        },
        {
          line: 8,
          column: 1,
          message: 'the path /a/ has no headers under it',
          hint: 'indent at least one "Name: value" line under the path, or remove the path',
        },
      ],
    });
  });

  it('skips comments, indented or not, and reads token characters in a name', () => {
    const { rules, problems } = parseHeadersFile(
      "/*\n  # a comment\n# another\n  X-Custom_Header.v2!#$%&'*+^`|~: 1",
    );
    expect(problems).toEqual([]);
    expect(rules[0]?.headers).toEqual([
      { name: "X-Custom_Header.v2!#$%&'*+^`|~", value: '1', line: 4, valueColumn: 35 },
    ]);
  });

  it('reads the value column after any white space behind the colon', () => {
    const { rules } = parseHeadersFile('/*\n    Referrer-Policy:no-referrer\n\tX-A:\t\t1');
    expect(rules[0]?.headers).toEqual([
      { name: 'Referrer-Policy', value: 'no-referrer', line: 2, valueColumn: 21 },
      { name: 'X-A', value: '1', line: 3, valueColumn: 8 },
    ]);
  });
});

describe('parseHeadersFile, paths and names', () => {
  it('wants a rule to be one path starting with /, with no space in it', () => {
    expect(parseHeadersFile('x/a\n  X-A: 1').problems[0]?.message).toBe(
      'expected a path such as /* or /_astro/*, found "x/a"',
    );
    expect(parseHeadersFile('/a b\n  X-A: 1').problems[0]?.message).toBe(
      'expected a path such as /* or /_astro/*, found "/a b"',
    );
  });

  it('reads a name written with a space before the colon', () => {
    expect(parseHeadersFile('/*\n  X-A : 1').rules[0]?.headers).toEqual([
      { name: 'X-A', value: '1', line: 2, valueColumn: 9 },
    ]);
  });
});

describe('headersFor, names in any case', () => {
  it('joins the same header written in another case, under the first spelling', () => {
    const { rules } = parseHeadersFile('/*\n  Cache-Control: a\n/x\n  cache-control: b');
    const applied = headersFor(rules, '/x');
    expect([...applied.keys()]).toEqual(['cache-control']);
    expect(applied.get('cache-control')).toMatchObject({ name: 'Cache-Control', value: 'a, b' });
    expect(headersFor(rules, '/y').get('cache-control')?.value).toBe('a');
  });
});

describe('patternToRegExp', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/articles/a/', true],
    ['/_astro/*', '/_astro/a.b.css', true],
    ['/_astro/*', '/articles/', false],
    ['/about/', '/about/', true],
    ['/about/', '/about/team/', false],
    ['/404.html', '/404xhtml', false],
    ['/tags/:tag/', '/tags/heat/', true],
    ['/tags/:tag/', '/tags/heat/more/', false],
    ['/tags/:tag/', '/tags//', false],
    ['/a:/', '/a:/', true],
    ['/a+b(c)?/', '/a+b(c)?/', true],
    ['/a+b(c)?/', '/aab/', false],
    ['/a/*:', '/a/b:', true],
    ['/a/*:', '/a/bx', false],
  ])('%s matches %s: %s', (pattern, path, matches) => {
    expect(patternToRegExp(pattern).test(path)).toBe(matches);
  });
});

describe('headersFor', () => {
  it('applies every matching rule and joins a header set twice, as hosts do', () => {
    const { rules } = parseHeadersFile(
      [
        '/*',
        '  Cache-Control: max-age=0',
        '  X-A: 1',
        '/_astro/*',
        '  Cache-Control: immutable',
      ].join('\n'),
    );
    const asset = headersFor(rules, '/_astro/a.css');
    expect(asset.get('cache-control')?.value).toBe('max-age=0, immutable');
    expect(asset.get('cache-control')?.from.map((source) => source.header.line)).toEqual([2, 5]);
    expect(asset.get('x-a')?.value).toBe('1');
    expect(headersFor(rules, '/').get('cache-control')?.value).toBe('max-age=0');
  });
});
