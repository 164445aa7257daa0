import { describe, expect, it } from 'vitest';
import { parsePage } from '../compliance/built/parse-page.ts';
import { findInlineCode } from './inline-code.ts';

const inlineCodeIn = (html: string) => findInlineCode(parsePage('/', 'index.html', html).document);

describe('findInlineCode', () => {
  it('hashes inline scripts, styles and attributes as a browser does', () => {
    const html = [
      '<html><head>',
      '<script>alert(1)</script>',
      '<style>p{color:red}</style>',
      '</head><body>',
      '<p style="color:red" onclick="go()">x</p>',
      '</body></html>',
    ].join('\n');
    expect(inlineCodeIn(html)).toEqual([
      {
        kind: 'script',
        label: '<script>',
        // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
        hash: 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
        excerpt: 'alert(1)',
        code: 'alert(1)',
      },
      expect.objectContaining({ kind: 'style', label: '<style>', code: 'p{color:red}' }),
      {
        kind: 'style-attribute',
        label: 'the style attribute of <p>',
        // `printf 'color:red' | openssl dgst -sha256 -binary | base64`
        hash: 'sha256-8f935d27GvUutRyY9yWScUMiFUk4WTdZURISiYfPOeQ=',
        excerpt: 'color:red',
        code: 'color:red',
      },
      expect.objectContaining({
        kind: 'script-attribute',
        label: 'the onclick attribute of <p>',
        code: 'go()',
      }),
    ]);
  });

  it('leaves out data blocks and scripts loaded from a file', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Article"}</script><script type="module" src="/_astro/a.js"></script>';
    expect(inlineCodeIn(html)).toEqual([]);
  });

  it('counts module scripts and shortens long code in the excerpt', () => {
    const code = `const a = ${'1 + '.repeat(20)}1;`;
    const [found] = inlineCodeIn(`<script type="module">${code}</script>`);
    expect(found?.kind).toBe('script');
    expect(found?.excerpt).toBe(`${code.slice(0, 40)}…`);
  });
});
