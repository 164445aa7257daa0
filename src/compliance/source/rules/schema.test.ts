import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { testContext } from '../testing.ts';
import { checkSchema } from './schema.ts';

const context = testContext({ files: ['content/articles/images/back.svg'] });

const article = (frontmatter: string): string => `---\n${frontmatter}\n---\n\n## Body\n\nText.\n`;

const validFrontmatter = `title: What is a back muscle spasm?
description: A back spasm is a sudden tightening of the muscles in your back. Here is how it feels.
kind: condition
publishedAt: 2026-11-25
reviewedAt: 2026-11-25
reviewedBy: editorial-team
author: editorial-team
tags: [back spasm]
hero:
  src: ./images/back.svg
  alt: A side view of a back with the lower muscles shaded
sources:
  - title: Back pain
    publisher: NHS
    url: https://www.nhs.uk/conditions/back-pain/`;

const check = (source: string) =>
  checkSchema(parseDocument('content/articles/a.mdx', source, 'articles'), context);
const brief = (source: string) =>
  check(source).map(({ ruleId, position, message }) => ({ ruleId, position, message }));

describe('schema rule', () => {
  it('passes a valid article', () => {
    expect(check(article(validFrontmatter))).toEqual([]);
  });

  it('points at the line of a mistyped field, suggests the right name, and says it once', () => {
    const source = article(validFrontmatter.replace('reviewedBy:', 'reviewedby:'));
    expect(check(source)).toEqual([
      expect.objectContaining({
        ruleId: 'schema/unknown-field',
        position: { line: 7, column: 1 },
        message: 'unknown field "reviewedby"',
        hint: 'Did you mean "reviewedBy"?',
      }),
    ]);
  });

  it('offers the rename it suggests as a fix, ending the finding at the misspelt key', () => {
    const source = article(validFrontmatter.replace('reviewedBy:', 'reviewedby:'));
    const [finding] = check(source);
    expect(finding?.end).toEqual({ line: 7, column: 11 });
    expect(finding?.fix).toEqual({
      title: 'Rename "reviewedby" to "reviewedBy"',
      from: { line: 7, column: 1 },
      to: { line: 7, column: 11 },
      text: 'reviewedBy',
    });
  });

  it('offers no rename for a key it cannot guess, or one written in quotes', () => {
    const unguessable = article(validFrontmatter.replace('reviewedBy:', 'zzzzzzzzzz:'));
    const quoted = article(validFrontmatter.replace('reviewedBy:', '"reviewedby":'));
    expect(check(unguessable).map((finding) => finding.fix)).toEqual([undefined, undefined]);
    expect(check(quoted).map((finding) => finding.fix)).toEqual([undefined]);
  });

  it('reports a date that is not a date at its key', () => {
    const source = article(
      validFrontmatter.replace('reviewedAt: 2026-11-25', 'reviewedAt: last Tuesday'),
    );
    expect(brief(source)).toEqual([
      {
        ruleId: 'schema/invalid-value',
        position: { line: 6, column: 1 },
        message: '"reviewedAt": expected a date such as 2026-11-25',
      },
    ]);
  });

  it('reports a person who is not in content/people/', () => {
    const source = article(validFrontmatter.replace('author: editorial-team', 'author: dr-nobody'));
    expect(brief(source)).toEqual([
      {
        ruleId: 'schema/unknown-reference',
        position: { line: 8, column: 1 },
        message: '"author": no person "dr-nobody" in content/people/',
      },
    ]);
  });

  it('reports a missing image at its src key', () => {
    const source = article(validFrontmatter.replace('./images/back.svg', './images/gone.svg'));
    expect(brief(source)).toEqual([
      {
        ruleId: 'schema/missing-image',
        position: { line: 11, column: 3 },
        message: '"hero.src": image "./images/gone.svg" does not exist',
      },
    ]);
  });

  it('leaves an http: source to links/insecure, and reports any other scheme itself', () => {
    const http = article(validFrontmatter.replace('https://www.nhs.uk', 'http://www.nhs.uk'));
    expect(brief(http)).toEqual([]);
    const ftp = article(validFrontmatter.replace('https://www.nhs.uk', 'ftp://www.nhs.uk'));
    expect(brief(ftp)).toEqual([
      expect.objectContaining({
        ruleId: 'schema/invalid-value',
        position: { line: 16, column: 5 },
      }),
    ]);
  });

  it('says how long a too-short title is', () => {
    const source = article(validFrontmatter.replace('What is a back muscle spasm?', 'Spasms'));
    expect(brief(source)).toEqual([
      {
        ruleId: 'schema/invalid-value',
        position: { line: 2, column: 1 },
        message: '"title" must have at least 10 characters (it has 6)',
      },
    ]);
  });

  it('says how many entries a list has too few of, and how long a too-long title is', () => {
    expect(brief(article(validFrontmatter.replace('tags: [back spasm]', 'tags: []')))).toEqual([
      {
        ruleId: 'schema/invalid-value',
        position: { line: 9, column: 1 },
        message: '"tags" must have at least 1 entry (it has 0)',
      },
    ]);
    const long =
      'A title that goes on and on about back spasms, far past what fits in a search result';
    expect(brief(article(validFrontmatter.replace('What is a back muscle spasm?', long)))).toEqual([
      {
        ruleId: 'schema/invalid-value',
        position: { line: 2, column: 1 },
        message: `"title" must have at most 70 characters (it has ${long.length})`,
      },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const source = article(validFrontmatter.replace('kind: condition', 'kind: news'));
    expect(brief(source)[0]?.message).toBe(
      '"kind" must be one of "condition", "treatment", "guide", "product-guide"; got "news"',
    );
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const source = article(validFrontmatter.replace('kind: condition', 'kind: [condition'));
    const findings = check(source);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.ruleId === 'schema/yaml')).toBe(true);
    expect(findings[0]?.position?.line).toBeGreaterThanOrEqual(4);
  });

  it('leaves a missing or empty sources list to sources/missing', () => {
    const withoutSources = validFrontmatter.slice(0, validFrontmatter.indexOf('sources:'));
    expect(check(article(withoutSources))).toEqual([]);
    expect(check(article(`${withoutSources}sources: []`))).toEqual([]);
  });

  it('leaves hero alt text to a11y/img-alt, even when it is missing', () => {
    expect(brief(article(validFrontmatter.replace(/alt: .*/, 'alt: photo')))).toEqual([]);
    expect(brief(article(validFrontmatter.replace(/\n\s*alt: .*/, '')))).toEqual([]);
  });

  it('names a missing required field, whether text or one of a list of values', () => {
    const finding = (field: string) => ({
      ruleId: 'schema/missing-field',
      severity: 'error',
      file: 'content/articles/a.mdx',
      position: { line: 1, column: 1 },
      message: `missing required field "${field}"`,
      hint: `Add "${field}" to the frontmatter; the README lists every field and what it takes.`,
    });
    expect(check(article(validFrontmatter.replace(/description: .*\n/, '')))).toEqual([
      finding('description'),
    ]);
    expect(check(article(validFrontmatter.replace(/kind: .*\n/, '')))).toEqual([finding('kind')]);
  });

  it('gives the whole finding for a wrong value, with the hint for its kind of fault', () => {
    const finding = (
      ruleId: string,
      line: number,
      column: number,
      message: string,
      hint: string,
    ) => [
      {
        ruleId,
        severity: 'error',
        file: 'content/articles/a.mdx',
        position: { line, column },
        message,
        hint,
      },
    ];
    const wrong = (from: string | RegExp, to: string) =>
      check(article(validFrontmatter.replace(from, to)));
    expect(wrong('kind: condition', 'kind: news')).toEqual(
      finding(
        'schema/invalid-value',
        4,
        1,
        '"kind" must be one of "condition", "treatment", "guide", "product-guide"; got "news"',
        'Use one of the listed values exactly as written.',
      ),
    );
    expect(wrong('https://www.nhs.uk', 'ftp://www.nhs.uk')).toEqual(
      finding(
        'schema/invalid-value',
        16,
        5,
        '"sources.0.url": a source url must be an https:// address',
        'Correct the value; the README lists every field and what it takes.',
      ),
    );
    expect(wrong('author: editorial-team', 'author: dr-nobody')).toEqual(
      finding(
        'schema/unknown-reference',
        8,
        1,
        '"author": no person "dr-nobody" in content/people/',
        'Use the file name (without .yaml) of someone in content/people/, e.g. editorial-team.',
      ),
    );
    expect(wrong('./images/back.svg', './images/gone.svg')).toEqual(
      finding(
        'schema/missing-image',
        11,
        3,
        '"hero.src": image "./images/gone.svg" does not exist',
        'Put the picture next to the page (e.g. content/articles/images/) and give its path relative to this file.',
      ),
    );
    expect(wrong(/description: .*/, 'description: http://short')).toEqual(
      finding(
        'schema/invalid-value',
        3,
        1,
        '"description" must have at least 50 characters (it has 12)',
        'Too small: expected string to have >=50 characters',
      ),
    );
  });

  it('gives the whole finding for no frontmatter, broken YAML and a field it cannot guess', () => {
    const finding = (
      ruleId: string,
      line: number,
      column: number,
      message: string,
      hint: string,
    ) => ({
      ruleId,
      severity: 'error',
      file: 'content/articles/a.mdx',
      position: { line, column },
      message,
      hint,
    });
    expect(check('## Just a body\n')).toEqual([
      finding(
        'schema/missing-frontmatter',
        1,
        1,
        'the file has no frontmatter',
        'Start the file with a block of fields between two --- lines; copy the example in the README.',
      ),
    ]);
    expect(check('---\ntitle: [A title that is long\n---\n\nText.\n')).toEqual([
      finding(
        'schema/yaml',
        2,
        29,
        'frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'Check indentation, and put quotes around values that contain a colon followed by a space.',
      ),
    ]);
    expect(check(article(`${validFrontmatter}\nzzzqqq: 1`))).toEqual([
      finding(
        'schema/unknown-field',
        17,
        1,
        'unknown field "zzzqqq"',
        'Remove it; allowed fields here: title, description, kind, publishedAt, updatedAt, reviewedAt, reviewedBy, author, sources, faq, draft, tags, hero.',
      ),
    ]);
  });

  it("leaves a product image's missing alt text to a11y/img-alt too", () => {
    const shipped = readFileSync(
      new URL('../../../../content/products/backrack.mdx', import.meta.url),
      'utf8',
    );
    const withoutAlt = shipped.replace(/\n {4}alt: >-\n(?: {6}.*\n)+/, '\n');
    expect(withoutAlt).not.toContain('    alt:');
    const productContext = testContext({ files: ['content/products/images/backrack.svg'] });
    const checkProduct = (source: string) =>
      checkSchema(
        parseDocument('content/products/backrack.mdx', source, 'products'),
        productContext,
      );
    expect(checkProduct(shipped)).toEqual([]);
    expect(checkProduct(withoutAlt)).toEqual([]);
  });

  it('reports a file without frontmatter', () => {
    expect(brief('## Just a body\n')).toEqual([
      {
        ruleId: 'schema/missing-frontmatter',
        position: { line: 1, column: 1 },
        message: 'the file has no frontmatter',
      },
    ]);
  });

  it('checks people files as whole YAML documents', () => {
    const person = parseDocument(
      'content/people/x.yaml',
      'name: Someone\nrole: Editor\nrank: 1\n',
      'people',
    );
    const findings = checkSchema(person, context);
    expect(findings.map(({ ruleId, position }) => ({ ruleId, position }))).toEqual([
      { ruleId: 'schema/unknown-field', position: { line: 3, column: 1 } },
    ]);
  });
});
