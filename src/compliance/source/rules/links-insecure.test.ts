import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../testing.ts';
import { insecureScheme, linksInsecureRule } from './links-insecure.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

const HTTP = 'link uses insecure "http:"';
const JAVASCRIPT = 'link uses "javascript:", which runs code';

const brief = async (body: string) =>
  (await linksInsecureRule.check(testDocument(body), testContext())).map(
    ({ ruleId, position, message }) => ({ ruleId, position, message }),
  );

const finding = (line: number, column: number, message: string) => ({
  ruleId: 'links/insecure',
  position: { line, column },
  message,
});

describe('insecureScheme', () => {
  it('finds http: and javascript: in any case, after spaces, and split by newlines', () => {
    expect(insecureScheme('HTTP://nhs.uk')).toBe('http');
    expect(insecureScheme('  http://nhs.uk')).toBe('http');
    expect(insecureScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(insecureScheme('java\nscript:alert(1)')).toBe('javascript');
  });

  it('leaves secure, relative and other addresses alone', () => {
    for (const url of [
      'https://nhs.uk',
      '/articles/x/',
      '#top',
      'mailto:a@b.uk',
      'httpx://a',
      'a/http:',
    ]) {
      expect(insecureScheme(url)).toBeNull();
    }
  });
});

describe('links/insecure', () => {
  it('reports links, images and definitions that use http: at the node', async () => {
    const body =
      'See [the NHS](http://www.nhs.uk/conditions/back-pain/) and [NICE][nice].\n\n' +
      '![A heat pack on a lower back](Http://example.org/heat.png)\n\n' +
      '[nice]: http://www.nice.org.uk/guidance/ng59\n';
    expect(await brief(body)).toEqual([
      finding(15, 5, HTTP),
      finding(17, 1, HTTP),
      finding(19, 1, HTTP),
    ]);
  });

  it('reports javascript: links', async () => {
    expect(await brief('Click [here](javascript:void(0)).\n')).toEqual([
      finding(15, 7, JAVASCRIPT),
    ]);
  });

  it('reports JSX href and src strings at the attribute', async () => {
    const body =
      '<a class="x"\n  href=" javascript:alert(1)">x</a>\n\n' +
      'Text <img alt="A physio at work" src="http://example.org/a.png" /> text.\n';
    expect(await brief(body)).toEqual([finding(16, 3, JAVASCRIPT), finding(18, 34, HTTP)]);
  });

  it('gives the fix for each scheme', async () => {
    const findings = await linksInsecureRule.check(
      testDocument('[a](http://a.org) [b](javascript:x)\n'),
      testContext(),
    );
    expect(findings.map(({ severity, hint }) => ({ severity, hint }))).toEqual([
      {
        severity: 'error',
        hint: 'Use the https:// address of the page (most sites, including nhs.uk and nice.org.uk, serve https)',
      },
      { severity: 'error', hint: 'Link to a page or a #section instead' },
    ]);
  });

  it('accepts https, relative, fragment and mailto links, and computed attributes', async () => {
    const body =
      '[NHS](https://www.nhs.uk/) [next](/articles/x/) [top](#top) [mail](mailto:a@b.uk)\n\n' +
      '<a href={url}>x</a> <Cite n={1} /> <img alt="A walk in a park" src="https://a.org/b.png" />\n\n' +
      'The text http://example.org is not a link without GFM.\n';
    expect(await brief(body)).toEqual([]);
  });

  it('reports exactly the insecure link in its fixture', async () => {
    const file = 'test/fixtures/rules/links-insecure.mdx';
    const document = parseDocument(file, readFileSync(join(ROOT, file), 'utf8'), 'articles');
    const findings = await linksInsecureRule.check(document, testContext());
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([finding(18, 10, HTTP)]);
  });
});

describe('links/insecure in the frontmatter', () => {
  it('reports a source at an http: address, at its url', async () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace('https://www.nhs.uk', 'http://www.nhs.uk');
    const document = testDocument('Text.\n', { frontmatter });
    expect(await linksInsecureRule.check(document, testContext())).toEqual([
      {
        ruleId: 'links/insecure',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 13, column: 5 },
        message: '"sources.0.url": a source url must be an https:// address',
        hint: 'Use the https:// address of the source; nhs.uk, nice.org.uk and doi.org all serve https.',
        end: { line: 13, column: 15 },
        fix: {
          title: 'Use https: instead of http:',
          from: { line: 13, column: 10 },
          to: { line: 13, column: 15 },
          text: 'https:',
        },
      },
    ]);
  });
});

describe('the fix links/insecure offers', () => {
  const fixes = async (body: string) =>
    (await linksInsecureRule.check(testDocument(body), testContext())).map(({ fix }) => fix);

  it('replaces exactly the http: of a link, an image and a JSX attribute with https:', async () => {
    const body =
      'See [the NHS](http://www.nhs.uk/) and ![a rack](HTTP://a.example/r.png).\n\n' +
      '<Link href="https://a.example/" src="http://b.example/" />\n';
    expect(await fixes(body)).toEqual([
      {
        title: 'Use https: instead of http:',
        from: { line: 15, column: 15 },
        to: { line: 15, column: 20 },
        text: 'https:',
      },
      {
        title: 'Use https: instead of http:',
        from: { line: 15, column: 49 },
        to: { line: 15, column: 54 },
        text: 'https:',
      },
      {
        title: 'Use https: instead of http:',
        from: { line: 17, column: 38 },
        to: { line: 17, column: 43 },
        text: 'https:',
      },
    ]);
  });

  it('changes the address, not an http: in the link text before it', async () => {
    expect(await fixes('Type [http://a.example](http://a.example).\n')).toEqual([
      {
        title: 'Use https: instead of http:',
        from: { line: 15, column: 25 },
        to: { line: 15, column: 30 },
        text: 'https:',
      },
    ]);
  });

  it('offers none for javascript:, whose fix is another link', async () => {
    expect(await fixes('Click [here](javascript:void(0)).\n')).toEqual([undefined]);
  });

  it('offers none for javascript: that mentions an http: address, in a link or a source', async () => {
    expect(await fixes("Click [here](javascript:open('http://a.example')).\n")).toEqual([
      undefined,
    ]);
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'https://www.nhs.uk/conditions/back-pain/',
      '"javascript:open(\'http://a.example\')"',
    );
    const findings = await linksInsecureRule.check(
      testDocument('Text.\n', { frontmatter }),
      testContext(),
    );
    expect(findings.map(({ fix }) => fix)).toEqual([undefined]);
  });

  it('offers none when the address is not written as it reads (escaped)', async () => {
    expect(await fixes('See [it](http://a.example/a\\_b).\n')).toEqual([undefined]);
  });

  it('replaces the http: after a space at the start of a JSX attribute', async () => {
    expect(await fixes('<Link href=" http://a.example/" />\n')).toEqual([
      {
        title: 'Use https: instead of http:',
        from: { line: 15, column: 14 },
        to: { line: 15, column: 19 },
        text: 'https:',
      },
    ]);
  });
});
