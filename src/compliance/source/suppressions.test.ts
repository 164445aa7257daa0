import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.ts';
import {
  applySuppressions,
  findSuppressions,
  isYamlLine,
  suppressionComment,
} from './suppressions.ts';
import { parseDocument } from './parse-document.ts';
import { ARTICLE_FRONTMATTER, testDocument } from './testing.ts';

const today = new Date('2026-11-25T00:00:00Z');
const known = (id: string): boolean =>
  ['claims/prohibited', 'markdown/*'].some(
    (k) => k === id || (k.endsWith('/*') && id.startsWith(k.slice(0, -1))),
  );

/** A finding on `line` of the test document (whose body starts on line 15). */
const finding = (line: number, ruleId = 'claims/prohibited'): Finding => ({
  ruleId,
  severity: 'error',
  file: 'content/articles/test.mdx',
  position: { line, column: 1 },
  message: 'm',
});

const run = (body: string, findings: Finding[]) =>
  applySuppressions(findings, findSuppressions(testDocument(body)), known, today);

const rules = (result: ReturnType<typeof run>) =>
  result.findings.map((f) => `${f.ruleId}@${f.position?.line}:${f.severity}:${f.message}`);

describe('suppressions', () => {
  it('silence the named rule on the next non-blank line and record the reason', () => {
    const result = run(
      '{/* compliance-ignore-next-line claims/prohibited -- quoting the seed */}\n\nIt cures.\n',
      [finding(17)],
    );
    expect(result.findings).toEqual([]);
    expect(result.applied).toEqual([
      {
        file: 'content/articles/test.mdx',
        line: 17,
        ruleId: 'claims/prohibited',
        reason: 'quoting the seed',
      },
    ]);
  });

  it('do not silence other rules or other lines', () => {
    const result = run(
      '{/* compliance-ignore-next-line claims/prohibited -- quoting */}\nIt cures.\n',
      [finding(16, 'links/insecure'), finding(16), finding(18)],
    );
    expect(rules(result)).toEqual(['links/insecure@16:error:m', 'claims/prohibited@18:error:m']);
  });

  it('match a family such as markdown/*', () => {
    const result = run('{/* compliance-ignore-next-line markdown/* -- generated table */}\n- a\n', [
      finding(16, 'markdown/MD004'),
    ]);
    expect(result.findings).toEqual([]);
  });

  it('are findings themselves without a reason or with an unknown rule', () => {
    const result = run(
      '{/* compliance-ignore-next-line claims/prohibited */}\nIt cures.\n\n{/* compliance-ignore-next-line claims/nonsense -- why */}\nText.\n',
      [finding(16)],
    );
    expect(rules(result)).toEqual([
      'claims/prohibited@16:error:m',
      'compliance/suppression@15:error:suppression of claims/prohibited gives no reason',
      'compliance/suppression@18:error:suppression names unknown rule "claims/nonsense"',
    ]);
  });

  it('warn when they silence nothing', () => {
    const result = run('{/* compliance-ignore-next-line claims/prohibited -- old */}\nText.\n', []);
    expect(rules(result)).toEqual([
      'compliance/suppression@15:warning:suppression of claims/prohibited silences nothing on line 16',
    ]);
  });

  it('stop working after their expiry date, with a warning', () => {
    const body =
      '{/* compliance-ignore-next-line claims/prohibited until 2026-06-30 -- until the maker replies */}\nIt cures.\n';
    expect(rules(run(body, [finding(16)]))).toEqual([
      'claims/prohibited@16:error:m',
      'compliance/suppression@15:warning:suppression of claims/prohibited ran until 2026-06-30 and has lapsed',
    ]);
    const current =
      '{/* compliance-ignore-next-line claims/prohibited until 2027-06-30 -- until the maker replies */}\nIt cures.\n';
    expect(run(current, [finding(16)]).findings).toEqual([]);
  });

  it('can be written as YAML comments in the frontmatter', () => {
    const frontmatter =
      '---\n# compliance-ignore-next-line claims/prohibited -- the title quotes a claim we debunk\ntitle: x\n---\n';
    const document = testDocument('Text.\n', { frontmatter });
    const result = applySuppressions([finding(3)], findSuppressions(document), known, today);
    expect(result.findings).toEqual([]);
  });

  it('ignore ordinary MDX comments', () => {
    expect(findSuppressions(testDocument('{/* a note for editors */}\n'))).toEqual([]);
  });
});

describe('a suppression with an until date', () => {
  const directive = (until: string) =>
    `{/* compliance-ignore-next-line claims/prohibited until ${until} -- until the maker replies */}\nIt cures.\n`;
  const judge = (until: string, now: string) =>
    applySuppressions(
      [finding(16)],
      findSuppressions(testDocument(directive(until))),
      known,
      new Date(now),
    );
  const honoured = {
    findings: [],
    applied: [
      {
        file: 'content/articles/test.mdx',
        line: 16,
        ruleId: 'claims/prohibited',
        reason: 'until the maker replies',
      },
    ],
  };
  const lapsed = (until: string) => ({
    findings: [
      finding(16),
      {
        ruleId: 'compliance/suppression',
        severity: 'warning',
        file: 'content/articles/test.mdx',
        position: { line: 15, column: 1 },
        message: `suppression of claims/prohibited ran until ${until} and has lapsed`,
        hint: 'Fix the finding below it, or renew the date if the reason still holds.',
      },
    ],
    applied: [],
  });

  // Times are UK clock times: British Summer Time (+01:00) in June and July, GMT in winter.
  it.each([
    ['the day before', '2027-06-29T12:00:00+01:00'],
    ['the first minute of its day', '2027-06-30T00:00:00+01:00'],
    ['the morning of its day', '2027-06-30T09:30:00+01:00'],
    ['the late evening of its day', '2027-06-30T23:30:00+01:00'],
    ['the last second of its day', '2027-06-30T23:59:59+01:00'],
  ])('until 2027-06-30 holds on %s (%s)', (_, now) => {
    expect(judge('2027-06-30', now)).toStrictEqual(honoured);
  });

  it.each([
    ['midnight after its day', '2027-07-01T00:00:00+01:00'],
    ['half past midnight the next day, still 30 June in UTC', '2027-07-01T00:30:00+01:00'],
    ['the next morning', '2027-07-01T09:30:00+01:00'],
  ])('until 2027-06-30 has lapsed at %s (%s)', (_, now) => {
    expect(judge('2027-06-30', now)).toStrictEqual(lapsed('2027-06-30'));
  });

  it('holds through the last evening of a winter date and lapses the next morning (GMT)', () => {
    expect(judge('2026-12-31', '2026-12-31T23:30:00Z')).toStrictEqual(honoured);
    expect(judge('2026-12-31', '2027-01-01T00:30:00Z')).toStrictEqual(lapsed('2026-12-31'));
  });
});

describe('suppressionComment', () => {
  it('writes a directive that findSuppressions reads back, in the body and in frontmatter', () => {
    const body = suppressionComment('claims/prohibited', 'a quote', '2027-02-25', 'body');
    const yaml = suppressionComment('schema/unknown-field', 'a draft', null, 'yaml');
    expect(body).toBe(
      '{/* compliance-ignore-next-line claims/prohibited until 2027-02-25 -- a quote */}',
    );
    expect(yaml).toBe('# compliance-ignore-next-line schema/unknown-field -- a draft');
    const document = testDocument(`${body}\nIt cures.\n`, {
      frontmatter: `---\n${yaml}\ntitel: x\n---\n`,
    });
    expect(
      findSuppressions(document).map(({ ruleId, reason, until, targetLine }) => ({
        ruleId,
        reason,
        until: until?.toISOString().slice(0, 10) ?? null,
        targetLine,
      })),
    ).toEqual([
      { ruleId: 'claims/prohibited', reason: 'a quote', until: '2027-02-25', targetLine: 6 },
      { ruleId: 'schema/unknown-field', reason: 'a draft', until: null, targetLine: 3 },
    ]);
  });

  it('knows which lines are YAML: the frontmatter, and every line of a people file', () => {
    const page = testDocument('Body.\n');
    expect(isYamlLine(page, 2)).toBe(true);
    expect(isYamlLine(page, 14)).toBe(true);
    expect(isYamlLine(page, 15)).toBe(false);
    expect(isYamlLine({ source: 'name: A\n', collection: 'people' }, 1)).toBe(true);
  });
});

describe('findSuppressions reads a directive', () => {
  const file = 'content/articles/test.mdx';
  const suppression = (
    line: number,
    column: number,
    targetLine: number,
    ruleId: string,
    reason: string,
    until: Date | null = null,
  ) => ({ file, position: { line, column }, targetLine, ruleId, reason, until });

  it.each([
    ['with single spaces', '{/* compliance-ignore-next-line claims/prohibited -- why */}'],
    [
      'with runs of spaces',
      '{/*   compliance-ignore-next-line  claims/prohibited   --   why   */}',
    ],
    ['with tabs', '{/*\tcompliance-ignore-next-line\tclaims/prohibited\t--\twhy\t*/}'],
    [
      'with no space after the dashes',
      '{/* compliance-ignore-next-line claims/prohibited --why */}',
    ],
    [
      'with spaces inside the braces',
      '{ /* compliance-ignore-next-line claims/prohibited -- why */ }',
    ],
  ])('%s', (_, directive) => {
    expect(findSuppressions(testDocument(`${directive}\nIt cures.\n`))).toEqual([
      suppression(15, 1, 16, 'claims/prohibited', 'why'),
    ]);
  });

  it('with an until date, read as that day', () => {
    const directive =
      '{/* compliance-ignore-next-line claims/prohibited  until  2027-06-30  --  until the maker replies */}';
    expect(findSuppressions(testDocument(`${directive}\nIt cures.\n`))).toEqual([
      suppression(
        15,
        1,
        16,
        'claims/prohibited',
        'until the maker replies',
        new Date('2027-06-30T00:00:00Z'),
      ),
    ]);
  });

  it('for a whole rule family, with digits in the rule id', () => {
    const body =
      '{/* compliance-ignore-next-line markdown/* -- a table */}\n- a\n\n{/* compliance-ignore-next-line markdown/MD004 -- a list */}\n- b\n';
    expect(findSuppressions(testDocument(body))).toEqual([
      suppression(15, 1, 16, 'markdown/*', 'a table'),
      suppression(18, 1, 19, 'markdown/MD004', 'a list'),
    ]);
  });

  it('written over several lines, silencing the line after the comment ends', () => {
    const body =
      'Intro.\n\n{/* compliance-ignore-next-line claims/prohibited\n-- we quote the claim\nto correct it */}\n\nIt cures.\n';
    expect(findSuppressions(testDocument(body))).toEqual([
      suppression(17, 1, 21, 'claims/prohibited', 'we quote the claim\nto correct it'),
    ]);
  });

  it('inside a paragraph, at its column', () => {
    const body =
      'Some text {/* compliance-ignore-next-line claims/prohibited -- why */} more.\nIt cures.\n';
    expect(findSuppressions(testDocument(body))).toEqual([
      suppression(15, 11, 16, 'claims/prohibited', 'why'),
    ]);
  });

  it('without a rule or a reason, for the checks to report', () => {
    const body =
      '{/* compliance-ignore-next-line */}\nA.\n\n{/* compliance-ignore-next-line -- why */}\nB.\n\n{/* compliance-ignore-next-line claims/prohibited */}\nC.\n';
    expect(findSuppressions(testDocument(body))).toEqual([
      suppression(15, 1, 16, '', ''),
      suppression(18, 1, 19, '', 'why'),
      suppression(21, 1, 22, 'claims/prohibited', ''),
    ]);
  });

  it('skipping lines of white space to the next line with text', () => {
    const body =
      '{/* compliance-ignore-next-line claims/prohibited -- why */}\n   \n\t\nIt cures.\n';
    expect(findSuppressions(testDocument(body))).toEqual([
      suppression(15, 1, 18, 'claims/prohibited', 'why'),
    ]);
  });

  it('as the last line of a file, silencing the line after it', () => {
    expect(
      findSuppressions(
        testDocument('Text.\n{/* compliance-ignore-next-line claims/prohibited -- why */}'),
      ),
    ).toEqual([suppression(16, 1, 17, 'claims/prohibited', 'why')]);
  });

  it.each([
    [
      'that only mentions the directive',
      '{/* see compliance-ignore-next-line claims/prohibited -- x */}',
    ],
    [
      'with text after the date',
      '{/* compliance-ignore-next-line claims/prohibited until 2027-06-30x -- x */}',
    ],
    [
      'with a date that is not YYYY-MM-DD',
      '{/* compliance-ignore-next-line claims/prohibited until 27-6-30 -- x */}',
    ],
    [
      'with a rule id that is not family/name',
      '{/* compliance-ignore-next-line prohibited -- x */}',
    ],
    ['that is not a comment', '{"compliance-ignore-next-line claims/prohibited -- x"}'],
    [
      'with code before the comment',
      '{1 /* compliance-ignore-next-line claims/prohibited -- x */}',
    ],
    ['with code after the comment', '{/* compliance-ignore-next-line claims/prohibited -- x */ 1}'],
  ])('not in an MDX expression %s', (_, expression) => {
    expect(findSuppressions(testDocument(`${expression}\nIt cures.\n`))).toEqual([]);
  });

  it('in a YAML comment, at its indentation, with or without a space after #', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'sources:\n',
      'sources:\n    # compliance-ignore-next-line links/insecure -- an old address\n#compliance-ignore-next-line claims/prohibited -- why\n',
    );
    expect(findSuppressions(testDocument('Text.\n', { frontmatter }))).toEqual([
      suppression(11, 5, 12, 'links/insecure', 'an old address'),
      suppression(12, 1, 13, 'claims/prohibited', 'why'),
    ]);
  });

  // A YAML comment is read as a directive only when the whole line is one: a line break that YAML
  // sees but the line reader does not (a lone carriage return) leaves it unread, and the finding
  // it meant to silence stays.
  it('not in a YAML comment broken by a lone carriage return', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'sources:\n',
      '# compliance-ignore-next-line claims/prohibited -- why\rtags2: x\nsources:\n',
    );
    expect(findSuppressions(testDocument('Text.\n', { frontmatter }))).toEqual([]);
  });

  it('not in a YAML comment after a value on the same line', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'kind: treatment\n',
      'kind: treatment # compliance-ignore-next-line claims/prohibited -- why\n',
    );
    expect(findSuppressions(testDocument('Text.\n', { frontmatter }))).toEqual([]);
  });

  it('not in a Markdown heading just below the frontmatter', () => {
    const body = '# compliance-ignore-next-line claims/prohibited -- a heading\nIt cures.\n';
    expect(findSuppressions(testDocument(body))).toEqual([]);
  });

  it('in a YAML comment anywhere in a person file, which is all YAML', () => {
    const source =
      'name: A\nrole: B\n# compliance-ignore-next-line claims/prohibited -- quoting a job title\nbio: It cures.\n';
    const document = parseDocument('content/people/a.yaml', source, 'people');
    expect(findSuppressions(document)).toEqual([
      {
        ...suppression(3, 1, 4, 'claims/prohibited', 'quoting a job title'),
        file: 'content/people/a.yaml',
      },
    ]);
  });
});

describe('applySuppressions reports a suppression', () => {
  const format =
    'Write {/* compliance-ignore-next-line <rule-id> -- <why this is right> */} on the line above.';
  const problem = (line: number, severity: string, message: string, hint: string) => ({
    ruleId: 'compliance/suppression',
    severity,
    file: 'content/articles/test.mdx',
    position: { line, column: 1 },
    message,
    hint,
  });

  it('that names no rule, one that names an unknown rule, and one with no reason', () => {
    const body =
      '{/* compliance-ignore-next-line -- why */}\nA.\n\n{/* compliance-ignore-next-line claims/nonsense -- why */}\nB.\n\n{/* compliance-ignore-next-line claims/prohibited */}\nC.\n';
    expect(run(body, [finding(22)])).toStrictEqual({
      findings: [
        finding(22),
        problem(15, 'error', 'suppression names no rule', format),
        problem(
          18,
          'error',
          'suppression names unknown rule "claims/nonsense"',
          'Use a rule id from the README, e.g. claims/prohibited.',
        ),
        problem(21, 'error', 'suppression of claims/prohibited gives no reason', format),
      ],
      applied: [],
    });
  });

  it('that silences nothing, with the line it looked at', () => {
    const body = '{/* compliance-ignore-next-line claims/prohibited -- old */}\n\nText.\n';
    expect(run(body, [finding(16), finding(17, 'links/insecure')])).toStrictEqual({
      findings: [
        finding(16),
        finding(17, 'links/insecure'),
        problem(
          15,
          'warning',
          'suppression of claims/prohibited silences nothing on line 17',
          'Remove it: the finding it was written for is gone.',
        ),
      ],
      applied: [],
    });
  });

  it('only for its own file', () => {
    const other = { ...finding(16), file: 'content/articles/other.mdx' };
    const body = '{/* compliance-ignore-next-line claims/prohibited -- why */}\nIt cures.\n';
    expect(run(body, [other, finding(16)])).toStrictEqual({
      findings: [other],
      applied: [
        { file: 'content/articles/test.mdx', line: 16, ruleId: 'claims/prohibited', reason: 'why' },
      ],
    });
  });

  it('silencing every finding of its rule on its line', () => {
    const second = { ...finding(16), position: { line: 16, column: 9 } };
    const body =
      '{/* compliance-ignore-next-line claims/prohibited -- why */}\nIt cures. It heals.\n';
    expect(run(body, [finding(16), second]).findings).toStrictEqual([]);
  });
});
