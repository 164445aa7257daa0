import { describe, expect, it } from 'vitest';
import { parsePage } from '../compliance/built/parse-page.ts';
import { cspHash, findInlineCode } from './inline-code.ts';

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
        label: 'style attribute of <p>',
        // `printf 'color:red' | openssl dgst -sha256 -binary | base64`
        hash: 'sha256-8f935d27GvUutRyY9yWScUMiFUk4WTdZURISiYfPOeQ=',
        excerpt: 'color:red',
        code: 'color:red',
      },
      expect.objectContaining({
        kind: 'script-attribute',
        label: 'onclick attribute of <p>',
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

  it.each([
    ['no type', '<script>go()</script>'],
    ['an empty type', '<script type="">go()</script>'],
    ['type module, in any case and spacing', '<script type=" Module ">go()</script>'],
    ['text/javascript', '<script type="text/javascript">go()</script>'],
    ['application/javascript', '<script type="application/javascript">go()</script>'],
    ['text/ecmascript', '<script type="text/ecmascript">go()</script>'],
    ['application/ecmascript', '<script type="application/ecmascript">go()</script>'],
    ['an import map', '<script type="importmap">go()</script>'],
  ])('counts a script with %s as code a browser runs', (_, html) => {
    expect(inlineCodeIn(html)).toEqual([
      {
        kind: 'script',
        label: '<script>',
        hash: cspHash('go()'),
        excerpt: 'go()',
        code: 'go()',
      },
    ]);
  });

  it.each(['text/plain', 'application/json', 'text/x-template'])(
    'leaves out a script of type %s, a data block',
    (type) => {
      expect(inlineCodeIn(`<script type="${type}">go()</script>`)).toEqual([]);
    },
  );

  it('reads event handlers only from on… attributes, and the style of any element', () => {
    const html =
      '<div on="x" data-onclick="y" one-way="w" onmouseover="hover()" style="margin:0"><span onload="z()"></span></div>';
    expect(inlineCodeIn(html).map(({ kind, label, code }) => [kind, label, code])).toEqual([
      ['script-attribute', 'onmouseover attribute of <div>', 'hover()'],
      ['style-attribute', 'style attribute of <div>', 'margin:0'],
      ['script-attribute', 'onload attribute of <span>', 'z()'],
    ]);
  });

  it('flattens white space in the excerpt, and keeps 40 characters whole', () => {
    const forty = 'a'.repeat(40);
    const [whole] = inlineCodeIn(`<style>\n  ${forty}\n</style>`);
    expect(whole?.excerpt).toBe(forty);
    expect(whole?.code).toBe(`\n  ${forty}\n`);
    const [flat] = inlineCodeIn('<style>p {\n  color: red;\n}</style>');
    expect(flat?.excerpt).toBe('p { color: red; }');
  });

  it('hashes code as UTF-8, as browsers do', () => {
    // `printf 'é' | openssl dgst -sha256 -binary | base64`
    expect(cspHash('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });
});
