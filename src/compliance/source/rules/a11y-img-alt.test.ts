import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMeaninglessAlt } from '../../core/alt-text.ts';
import { parseDocument } from '../parse-document.ts';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../testing.ts';
import { a11yImgAltRule } from './a11y-img-alt.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

const brief = async (body: string) =>
  (await a11yImgAltRule.check(testDocument(body), testContext())).map(
    ({ ruleId, position, message }) => ({ ruleId, position, message }),
  );

const finding = (line: number, column: number, message: string) => ({
  ruleId: 'a11y/img-alt',
  position: { line, column },
  message,
});

describe('isMeaninglessAlt', () => {
  it.each(['image', ' Photo ', 'a picture', 'An icon', 'the SCREENSHOT', 'back_01.JPG', 'x.avif'])(
    'rejects %j',
    (alt) => expect(isMeaninglessAlt(alt)).toBe(true),
  );
  it.each([
    '',
    'A heat pack on a lower back',
    'photo of a physio stretching a patient',
    'hero.pdf',
  ])('accepts %j', (alt) => expect(isMeaninglessAlt(alt)).toBe(false));
});

describe('a11y/img-alt', () => {
  it('reports a Markdown image with no alt text at the image', async () => {
    expect(await brief('Text.\n\nSee ![](./images/back.svg) here.\n')).toEqual([
      finding(17, 5, 'image has no alt text'),
    ]);
  });

  it('reports alt text that is a placeholder word or a file name', async () => {
    const body =
      '![Photo](./a.png)\n\n<img src="/b.png" alt="back-01.JPG" />\n\nA <Image src={c} alt=" the image " /> b.\n';
    expect(await brief(body)).toEqual([
      finding(15, 1, 'alt text "Photo" does not say what the picture shows'),
      finding(17, 1, 'alt text "back-01.JPG" does not say what the picture shows'),
      finding(19, 3, 'alt text "the image" does not say what the picture shows'),
    ]);
  });

  it('reports JSX images with no alt, a bare alt, or an empty alt that is not marked decorative', async () => {
    const body = '<img src="/a.png" />\n\n<Picture src={p} alt />\n\n<Image src={c} alt="" />\n';
    expect(await brief(body)).toEqual([
      finding(15, 1, 'image has no alt text'),
      finding(17, 1, 'image has no alt text'),
      finding(
        19,
        1,
        'image has empty alt text but is not marked decorative (role="presentation" or aria-hidden="true")',
      ),
    ]);
  });

  it('includes the fix in the hint', async () => {
    const [first] = await a11yImgAltRule.check(testDocument('![](/a.png)\n'), testContext());
    expect(first).toMatchObject({
      severity: 'error',
      file: 'content/articles/test.mdx',
      hint: 'Describe what the picture shows, e.g. "A heat pack wrapped in a tea towel on a lower back"; use alt="" only for decorative images.',
    });
  });

  it('accepts descriptive alt text, decorative images, computed alt and other elements', async () => {
    const body = [
      '![A heat pack wrapped in a towel on a lower back](./a.png)',
      '<img src="/a.png" alt="A physio stretching a hamstring" />',
      '<img src="/line.svg" alt="" role="presentation" />',
      '<Image src={c} alt="" aria-hidden="true" />',
      '<Image src={c} alt={hero.alt} />',
      '<Image {...hero} />',
      '<Figure caption="image" />',
      '',
    ].join('\n\n');
    expect(await brief(body)).toEqual([]);
  });

  it('takes role="none", and a role or aria-hidden written with spaces or capitals, as decorative', async () => {
    const body = [
      '<img src="/line.svg" alt="" role="none" />',
      '<img src="/line.svg" alt="" role=" Presentation " />',
      '<img src="/line.svg" alt="" aria-hidden=" true " />',
      '',
    ].join('\n\n');
    expect(await brief(body)).toEqual([]);
  });

  it('leaves a JSX image with a spread beside other attributes alone: the spread may give alt', async () => {
    expect(await brief('<Image src={c} {...hero} />\n')).toEqual([]);
  });

  it('reports alt text of spaces only as empty', async () => {
    expect(await brief('<img src="/a.png" alt="  " />\n')).toEqual([
      finding(
        15,
        1,
        'image has empty alt text but is not marked decorative (role="presentation" or aria-hidden="true")',
      ),
    ]);
  });

  it('skips files whose body did not parse', async () => {
    expect(await brief('<img src="/a.png"\n')).toEqual([]);
  });

  it('reports exactly the broken image in its fixture', async () => {
    const file = 'test/fixtures/rules/a11y-img-alt.mdx';
    const document = parseDocument(file, readFileSync(join(ROOT, file), 'utf8'), 'articles');
    const findings = await a11yImgAltRule.check(document, testContext());
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([finding(18, 1, 'alt text "screenshot.png" does not say what the picture shows')]);
  });
});

describe('a11y/img-alt in the frontmatter', () => {
  const withHero = (alt: string) =>
    ARTICLE_FRONTMATTER.replace(
      'tags: [back spasm]\n',
      `tags: [back spasm]\nhero:\n  src: ./images/a.svg\n${alt}\n`,
    );
  const heroFindings = async (alt: string) =>
    (
      await a11yImgAltRule.check(
        testDocument('Text.\n', { frontmatter: withHero(alt) }),
        testContext(),
      )
    ).map(({ ruleId, position, message, hint }) => ({ ruleId, position, message, hint }));
  const HINT =
    'Describe what the picture shows, e.g. "A heat pack wrapped in a tea towel on a lower back".';

  it('reports hero alt text that says nothing, at its key', async () => {
    expect(await heroFindings('  alt: photo')).toEqual([
      {
        ruleId: 'a11y/img-alt',
        position: { line: 12, column: 3 },
        message: '"hero.alt": alt text must say what the picture shows, not "image" or a file name',
        hint: HINT,
      },
    ]);
    expect((await heroFindings('  alt: hero.png')).map(({ message }) => message)).toEqual([
      '"hero.alt": alt text must say what the picture shows, not "image" or a file name',
    ]);
  });

  it('reports alt text too short to describe anything, and alt text that is missing', async () => {
    expect((await heroFindings("  alt: ''")).map(({ message }) => message)).toEqual([
      '"hero.alt": alt text must describe the picture in at least 5 characters',
    ]);
    expect(await heroFindings('  title: no alt here')).toEqual([
      {
        ruleId: 'a11y/img-alt',
        position: { line: 10, column: 1 },
        message: '"hero.alt": every picture needs alt text that says what it shows',
        hint: HINT,
      },
    ]);
  });

  it('passes alt text that describes the picture, and checks each product image', async () => {
    expect(
      await heroFindings('  alt: A side view of a back with the lower muscles shaded'),
    ).toEqual([]);
    const product = parseDocument(
      'content/products/x.mdx',
      '---\nimages:\n  - src: ./a.svg\n    alt: A rack seen from above\n  - src: ./b.svg\n    alt: image\n---\n',
      'products',
    );
    expect(
      (await a11yImgAltRule.check(product, testContext())).map(({ position, message }) => ({
        position,
        message,
      })),
    ).toEqual([
      {
        position: { line: 6, column: 5 },
        message:
          '"images.1.alt": alt text must say what the picture shows, not "image" or a file name',
      },
    ]);
  });
});
