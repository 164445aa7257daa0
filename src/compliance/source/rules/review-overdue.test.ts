import { describe, expect, it } from 'vitest';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../testing.ts';
import { parseDocument } from '../parse-document.ts';
import { checkReviewOverdue, reviewOverdueRule } from './review-overdue.ts';

/** An article last reviewed on `reviewedAt` (written as in the frontmatter), judged on `today`. */
const findingsOn = (reviewedAt: string, today: string) =>
  checkReviewOverdue(
    testDocument('Text.\n', {
      frontmatter: ARTICLE_FRONTMATTER.replace(
        'reviewedAt: 2026-11-25',
        `reviewedAt: ${reviewedAt}`,
      ),
    }),
    testContext({ today: new Date(today) }),
  );

const warning = (due: string) => [
  {
    ruleId: 'review/overdue',
    severity: 'warning',
    file: 'content/articles/test.mdx',
    position: { line: 6, column: 1 },
    message: `review is due on ${due}`,
    hint: 'Plan the review now: after that date the page will not be published.',
  },
];

const error = (due: string, reviewed: string) => [
  {
    ruleId: 'review/overdue',
    severity: 'error',
    file: 'content/articles/test.mdx',
    position: { line: 6, column: 1 },
    message: `review was due on ${due} (last reviewed ${reviewed})`,
    hint: 'Check the page against its sources, correct what has changed, then set reviewedAt (and reviewedBy) to the review date.',
  },
];

// The promise: a warning from 11 months after `reviewedAt`, an error from 12
// months. Every date is written out, so none is worked out the way the rule does.
describe('review/overdue, either side of each edge', () => {
  it.each([
    ['10 months and 30 days', '2026-04-30T09:00:00Z', []],
    ['exactly 11 months', '2026-05-01T09:00:00Z', warning('1 June 2026')],
    ['11 months and 29 days', '2026-05-30T09:00:00Z', warning('1 June 2026')],
    [
      '11 months and 30 days (the day before it is due)',
      '2026-05-31T09:00:00Z',
      warning('1 June 2026'),
    ],
    [
      'exactly 12 months (the day it is due)',
      '2026-06-01T09:00:00Z',
      error('1 June 2026', '1 June 2025'),
    ],
    ['12 months and 24 days', '2026-06-25T09:00:00Z', error('1 June 2026', '1 June 2025')],
    ['two years', '2027-06-01T09:00:00Z', error('1 June 2026', '1 June 2025')],
  ])('a page reviewed on 1 June 2025, checked after %s, at %s', (_, today, expected) => {
    expect(findingsOn('2025-06-01', today)).toEqual(expected);
  });

  it.each([
    [
      'warns on 30 November, 11 months after 31 December',
      '2026-11-30T09:00:00Z',
      warning('31 December 2026'),
    ],
    ['does not warn on 29 November', '2026-11-29T09:00:00Z', []],
    [
      'is an error on 31 December, not before',
      '2026-12-31T09:00:00Z',
      error('31 December 2026', '31 December 2025'),
    ],
    ['is a warning on 30 December', '2026-12-30T09:00:00Z', warning('31 December 2026')],
  ])('a page reviewed on 31 December 2025 %s (checked at %s)', (_, today, expected) => {
    expect(findingsOn('2025-12-31', today)).toEqual(expected);
  });

  // UK clock times, in British Summer Time: the day turns at midnight in the UK, not in UTC.
  it.each([
    ['late on the evening before it is due', '2026-05-31T23:30:00+01:00', warning('1 June 2026')],
    [
      'half past midnight on the day it is due, still 31 May in UTC',
      '2026-06-01T00:30:00+01:00',
      error('1 June 2026', '1 June 2025'),
    ],
    ['in the first minute of the warning', '2026-05-01T00:00:00+01:00', warning('1 June 2026')],
    ['in the last minute before the warning', '2026-04-30T23:59:00+01:00', []],
  ])('a page reviewed on 1 June 2025, checked %s (%s)', (_, today, expected) => {
    expect(findingsOn('2025-06-01', today)).toEqual(expected);
  });

  it('counts 12 months from 29 February to 28 February', () => {
    expect(findingsOn('2024-02-29', '2025-02-27T09:00:00Z')).toEqual(warning('28 February 2025'));
    expect(findingsOn('2024-02-29', '2025-02-28T09:00:00Z')).toEqual(
      error('28 February 2025', '29 February 2024'),
    );
  });
});

describe('review/overdue, as a rule', () => {
  it('declares the one id it reports', () => {
    const findings = reviewOverdueRule.check(
      testDocument('Text.\n', {
        frontmatter: ARTICLE_FRONTMATTER.replace(
          'reviewedAt: 2026-11-25',
          'reviewedAt: 2020-01-01',
        ),
      }),
      testContext(),
    );
    expect(reviewOverdueRule.ids).toEqual(['review/overdue']);
    expect(findings).toHaveLength(1);
    expect(findings).toEqual([expect.objectContaining({ ruleId: reviewOverdueRule.ids[0] })]);
  });

  it('does not judge a person file, even one that carries an old reviewedAt', () => {
    const person = parseDocument(
      'content/people/a.yaml',
      'name: A\nrole: B\nbio: C\nreviewedAt: 2020-01-01\n',
      'people',
    );
    expect(checkReviewOverdue(person, testContext())).toEqual([]);
  });
});
