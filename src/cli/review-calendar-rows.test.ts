import { describe, expect, it } from 'vitest';
import { checkReviewOverdue } from '../compliance/source/rules/review-overdue.ts';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../compliance/source/testing.ts';
import {
  calendarRows,
  formatCalendarJson,
  formatCalendarTable,
  reviewStatus,
} from './review-calendar-rows.ts';

const today = new Date('2026-11-25T09:00:00Z');

const pages = [
  {
    file: 'content/articles/recent.mdx',
    data: { title: 'Recent', reviewedAt: new Date('2026-06-01') },
  },
  { file: 'content/articles/old.mdx', data: { title: 'Old', reviewedAt: '2025-10-01' } },
  { file: 'content/products/rack.mdx', data: { name: 'Rack', reviewedAt: new Date('2025-12-20') } },
  {
    file: 'content/articles/draft.mdx',
    data: { title: 'Draft', draft: true, reviewedAt: new Date('2026-11-25') },
  },
  { file: 'content/articles/broken.mdx', data: { title: 'Broken', reviewedAt: 'last Tuesday' } },
  { file: 'content/articles/empty.mdx', data: undefined },
];

describe('calendarRows', () => {
  const rows = calendarRows(pages, today);

  it('lists every page, soonest due first, with its status', () => {
    expect(
      rows.map(({ file, lastReview, nextDue, status }) => [file, lastReview, nextDue, status]),
    ).toEqual([
      ['content/articles/broken.mdx', null, null, 'no review date'],
      ['content/articles/empty.mdx', null, null, 'no review date'],
      ['content/articles/old.mdx', '2025-10-01', '2026-10-01', 'overdue'],
      ['content/products/rack.mdx', '2025-12-20', '2026-12-20', 'due soon'],
      ['content/articles/recent.mdx', '2026-06-01', '2027-06-01', 'ok'],
      ['content/articles/draft.mdx', '2026-11-25', '2027-11-25', 'ok'],
    ]);
  });

  it("uses an article's title, a product's name, and marks drafts", () => {
    expect(rows.find((row) => row.file.endsWith('rack.mdx'))?.title).toBe('Rack');
    expect(rows.find((row) => row.file.endsWith('draft.mdx'))?.draft).toBe(true);
    expect(rows.find((row) => row.file.endsWith('empty.mdx'))?.title).toBe('');
  });
});

describe('reviewStatus', () => {
  it('agrees with the review/overdue check on every day around the due date', () => {
    const reviewedAt = '2025-11-25';
    const document = testDocument('Text.\n', {
      frontmatter: ARTICLE_FRONTMATTER.replace(
        'reviewedAt: 2026-11-25',
        `reviewedAt: ${reviewedAt}`,
      ),
    });
    const expectedStatus = { none: 'ok', warning: 'due soon', error: 'overdue' } as const;
    for (let day = new Date('2026-10-01'); day < new Date('2026-12-31');) {
      const severity =
        checkReviewOverdue(document, testContext({ today: day }))[0]?.severity ?? 'none';
      expect(reviewStatus(new Date(reviewedAt), day), day.toISOString()).toBe(
        expectedStatus[severity],
      );
      day = new Date(day.getTime() + 12 * 60 * 60 * 1000);
    }
  });
});

describe('formatCalendarTable', () => {
  it('aligns the columns and counts each status', () => {
    const table = formatCalendarTable(calendarRows(pages.slice(0, 4), today));
    expect(table).toBe(
      [
        'due         status    last review  file                         title',
        '2026-10-01  overdue   2025-10-01   content/articles/old.mdx     Old',
        '2026-12-20  due soon  2025-12-20   content/products/rack.mdx    Rack',
        '2027-06-01  ok        2026-06-01   content/articles/recent.mdx  Recent',
        '2027-11-25  ok        2026-11-25   content/articles/draft.mdx   Draft (draft)',
        '',
        '4 pages: 2 ok, 1 due soon, 1 overdue',
      ].join('\n'),
    );
  });

  it('says when pages have no review date', () => {
    expect(formatCalendarTable(calendarRows(pages.slice(4, 5), today))).toContain(
      '-    no review date  -            content/articles/broken.mdx  Broken',
    );
    expect(formatCalendarTable(calendarRows(pages.slice(4, 5), today))).toMatch(
      /1 page: 0 ok, 0 due soon, 0 overdue, 1 with no review date$/,
    );
  });
});

describe('formatCalendarJson', () => {
  it('gives today and the rows', () => {
    const parsed = JSON.parse(
      formatCalendarJson(calendarRows(pages.slice(0, 1), today), today),
    ) as unknown;
    expect(parsed).toEqual({
      today: '2026-11-25',
      pages: [
        {
          file: 'content/articles/recent.mdx',
          title: 'Recent',
          draft: false,
          lastReview: '2026-06-01',
          nextDue: '2027-06-01',
          status: 'ok',
        },
      ],
    });
  });
});
