import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMeaninglessAlt } from '../../alt-text.ts';
import { parseDocument } from '../parse-document.ts';
import { testContext, testDocument } from '../testing.ts';
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
