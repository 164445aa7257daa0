import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../compliance/built/parse-page.ts';
import { checkHeaders, type HeaderCheckInput } from './check-headers.ts';
import { findInlineCode } from './inline-code.ts';

const SHIPPED = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

const page = (pathname: string, body = '<p>text</p>') => {
  const html = `<!doctype html>\n<html><head><title>t</title></head>\n<body>${body}</body></html>`;
  return { pathname, code: findInlineCode(parsePage(pathname, 'index.html', html).document) };
};

/** A small site shaped like ours: a page in each section, the 404 page and a hashed asset. */
const SITE = {
  pages: ['/', '/articles/a/', '/products/backrack/', '/tags/heat/', '/search/', '/404.html'].map(
    (pathname) => page(pathname),
  ),
  files: ['/_astro/BaseLayout.abc123.css', '/favicon.svg', '/pagefind/pagefind.js'],
};

const check = (text: string | null, site: Partial<HeaderCheckInput> = {}) =>
  checkHeaders({ headersFile: 'public/_headers', text, ...SITE, ...site });

const HEADERS = [
  '/*',
  "  Content-Security-Policy: default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  '  Strict-Transport-Security: max-age=63072000',
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
  '/_astro/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  '/articles/*',
  '  Cache-Control: public, max-age=0, must-revalidate',
  '/products/*',
  '  Cache-Control: public, max-age=0, must-revalidate',
  '/tags/*',
  '  Cache-Control: public, max-age=0, must-revalidate',
  '/search/',
  '  Cache-Control: public, max-age=0, must-revalidate',
  '/',
  '  Cache-Control: public, max-age=0, must-revalidate',
  '/404.html',
  '  Cache-Control: no-cache',
];
const headers = (replace: Record<number, string> = {}) =>
  HEADERS.map((line, index) => replace[index + 1] ?? line).join('\n');

describe('checkHeaders', () => {
  it('passes the shipped public/_headers on a site shaped like ours', () => {
    expect(check(SHIPPED)).toEqual([]);
  });

  it('passes a complete file', () => {
    expect(check(headers())).toEqual([]);
  });

  it('fails a build with no headers file', () => {
    expect(check(null)).toEqual([
      {
        ruleId: 'headers/missing',
        severity: 'error',
        file: 'public/_headers',
        position: null,
        message: 'the build has no headers file, so pages would be served without security headers',
        hint: 'create public/_headers (see "Security headers" in the README)',
      },
    ]);
  });

  it('reports a file that does not parse, and nothing else', () => {
    const findings = check(headers({ 4: '  X-Content-Type-Options nosniff' }));
    expect(findings).toEqual([
      {
        ruleId: 'headers/syntax',
        severity: 'error',
        file: 'public/_headers',
        position: { line: 4, column: 3 },
        message: 'expected "Name: value", found "X-Content-Type-Options nosniff"',
        hint: 'write the header name, a colon, then its value',
      },
    ]);
  });

  it('names the pages that lack a header, once for all of them', () => {
    const findings = check(headers({ 3: '  X-Robots-Tag: all' }));
    expect(findings).toEqual([
      {
        ruleId: 'headers/missing',
        severity: 'error',
        file: 'public/_headers',
        position: null,
        message:
          'no Strict-Transport-Security header (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
        hint: 'add "Strict-Transport-Security: max-age=63072000; includeSubDomains" under a path that matches these URLs',
      },
    ]);
  });

  it('names the pages that have no Content-Security-Policy, and checks nothing of a policy that is not there', () => {
    const findings = check(headers({ 2: '  X-Robots-Tag: all' }), {
      pages: [...SITE.pages, page('/search/', '<script>alert(1)</script>')],
    });
    expect(findings).toEqual([
      {
        ruleId: 'headers/missing',
        severity: 'error',
        file: 'public/_headers',
        position: null,
        message:
          'no Content-Security-Policy header (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
        hint: `add "Content-Security-Policy: default-src 'self'; …" under a path that matches these URLs (see the README)`,
      },
    ]);
  });

  it('gives the whole finding for a weak value, with the value to use', () => {
    expect(check(headers({ 4: '  X-Content-Type-Options: sniff' }))).toEqual([
      {
        ruleId: 'headers/weak',
        severity: 'error',
        file: 'public/_headers',
        position: { line: 4, column: 27 },
        message:
          'X-Content-Type-Options expected "nosniff", found "sniff" (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
        hint: 'use "X-Content-Type-Options: nosniff"',
      },
    ]);
  });

  it('keeps apart two weak values whose line and column read alike run together (2:330 and 23:30)', () => {
    const weak = 'Strict-Transport-Security: max-age=300';
    const text = [
      '/articles/a/',
      `${' '.repeat(302)}${weak}`,
      ...Array.from({ length: 19 }, () => '# filler'),
      '/products/backrack/',
      `  ${weak}`,
    ].join('\n');
    const pages = [page('/articles/a/'), page('/products/backrack/')];
    const findings = check(text, { pages, files: [] }).filter(
      (finding) => finding.ruleId === 'headers/weak',
    );
    expect(findings.map((finding) => [finding.position, finding.message])).toEqual([
      [
        { line: 2, column: 330 },
        'Strict-Transport-Security max-age must be at least 31536000 (a year), found "max-age=300" (on /articles/a/)',
      ],
      [
        { line: 23, column: 30 },
        'Strict-Transport-Security max-age must be at least 31536000 (a year), found "max-age=300" (on /products/backrack/)',
      ],
    ]);
  });

  it('points at a value that is too weak', () => {
    const findings = check(
      headers({
        3: '  Strict-Transport-Security: max-age=300',
        5: '  Referrer-Policy: unsafe-url',
        6: '  Permissions-Policy: camera=(), microphone=*',
      }),
    );
    expect(findings.map((finding) => [finding.ruleId, finding.position, finding.message])).toEqual([
      [
        'headers/weak',
        { line: 3, column: 30 },
        'Strict-Transport-Security max-age must be at least 31536000 (a year), found "max-age=300" (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
      ],
      [
        'headers/weak',
        { line: 5, column: 20 },
        'Referrer-Policy "unsafe-url" may send the full address of a page to other sites; expected strict-origin-when-cross-origin (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
      ],
      [
        'headers/weak',
        { line: 6, column: 23 },
        'Permissions-Policy does not deny microphone, geolocation; write microphone=(), geolocation=() (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
      ],
    ]);
  });

  it('wants HTML cached briefly and hashed assets for good', () => {
    const findings = check(
      headers({
        8: '  Cache-Control: public, max-age=3600',
        18: '  Cache-Control: public, max-age=31536000, immutable',
      }),
    );
    expect(findings.map((finding) => [finding.position?.line, finding.message])).toEqual([
      [
        8,
        'Cache-Control files under /_astro/ have content hashes in their names and must be cached as "public, max-age=31536000, immutable", found "public, max-age=3600" (on /_astro/BaseLayout.abc123.css)',
      ],
      [
        18,
        'Cache-Control HTML must not be cached as immutable, found "public, max-age=31536000, immutable" (on /)',
      ],
    ]);
  });

  it('reports a page that no caching rule covers', () => {
    const findings = check(headers(), { pages: [...SITE.pages, page('/about.html')] });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'headers/missing',
        message: 'no Cache-Control header (on /about.html)',
      }),
    ]);
  });

  it('reports two rules that set one header for the same URL', () => {
    const findings = check(`${headers()}\n/*\n  Cache-Control: no-store`);
    expect(findings).toContainEqual({
      ruleId: 'headers/conflict',
      severity: 'error',
      file: 'public/_headers',
      position: { line: 22, column: 1 },
      message:
        'Cache-Control is also set by line 8 (/_astro/*) for the same URLs, so the host would send "public, max-age=31536000, immutable, no-store" (on /_astro/BaseLayout.abc123.css)',
      hint: 'set each header in only one rule for any URL; make the paths not overlap',
    });
  });

  it('reports two rules that set one header for the same page', () => {
    expect(check(`${headers()}\n/*\n  Referrer-Policy: no-referrer`, { files: [] })).toEqual([
      {
        ruleId: 'headers/conflict',
        severity: 'error',
        file: 'public/_headers',
        position: { line: 22, column: 1 },
        message:
          'Referrer-Policy is also set by line 5 (/*) for the same URLs, so the host would send "strict-origin-when-cross-origin, no-referrer" (on 6 pages, e.g. /, /articles/a/, /products/backrack/)',
        hint: 'set each header in only one rule for any URL; make the paths not overlap',
      },
    ]);
  });

  it('joins a header written twice in one rule without calling it a conflict', () => {
    expect(check(`${headers()}\n  X-Robots-Tag: noindex\n  X-Robots-Tag: nofollow`)).toEqual([]);
  });

  it('wants long caching only under /_astro/ at the root, not in a folder of that name deeper down', () => {
    expect(check(headers(), { files: [...SITE.files, '/images/_astro/photo.png'] })).toEqual([]);
  });

  it('points into the policy at the directive that is wrong', () => {
    const line = HEADERS[1]?.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") ?? '';
    const [finding] = check(headers({ 2: line }));
    expect(finding).toMatchObject({
      ruleId: 'headers/csp',
      position: {
        line: 2,
        column: 3 + 'Content-Security-Policy: '.length + line.indexOf('style-src') - 27,
      },
    });
    expect(finding?.message).toMatch(/^style-src allows 'unsafe-inline'/);
  });

  it('fails on inline code the policy would block, naming the directive and the hash to add', () => {
    const pages = [...SITE.pages, page('/search/', '\n<script>alert(1)</script>')];
    const sourceOf = (code: string) => (code === 'alert(1)' ? 'src/components/A.astro:3' : null);
    const [finding] = check(headers(), { pages, sourceOf });
    expect(finding).toEqual({
      ruleId: 'headers/csp-inline',
      severity: 'error',
      file: 'public/_headers',
      position: { line: 2, column: 28 },
      message:
        'default-src blocks the inline <script> "alert(1)", written in src/components/A.astro:3 (on /search/)',
      hint: "move it into a file (a <script> or <style> in an .astro component without is:inline is bundled into /_astro/), or add 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=' to default-src",
    });
    const allowed = HEADERS[1]?.replace(
      "default-src 'self';",
      "default-src 'self'; script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';",
    );
    expect(check(headers({ 2: allowed ?? '' }), { pages })).toEqual([]);
  });

  it('leaves out where inline code is written when the project does not know', () => {
    const pages = [...SITE.pages, page('/search/', '\n<script>alert(1)</script>')];
    expect(check(headers(), { pages }).map((finding) => finding.message)).toEqual([
      'default-src blocks the inline <script> "alert(1)" (on /search/)',
    ]);
  });

  it('asks for a class instead of a style attribute, which no hash can allow safely', () => {
    const pages = [...SITE.pages, page('/search/', '<p style="color: red">hi</p>')];
    expect(check(headers(), { pages })).toEqual([
      {
        ruleId: 'headers/csp-inline',
        severity: 'error',
        file: 'public/_headers',
        position: { line: 2, column: 48 },
        message: 'style-src blocks the inline style attribute of <p> "color: red" (on /search/)',
        hint: 'use a class from the stylesheet, or a bundled script, instead; attributes cannot be allowed safely',
      },
    ]);
  });
});
