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
