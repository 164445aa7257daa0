import { isoDate, nextReviewDue, ukCalendarDate } from '../lib/dates.ts';
import { dateValue, reviewState, type ReviewState } from '../lib/review.ts';

/**
 * The rows of `npm run review-calendar`: every page's last review, when the
 * next is due, and how urgent it is. Pure, so "today" is passed in.
 */

/** As `review/overdue` judges it: a warning from 11 months, an error from 12. */
export type ReviewStatus = ReviewState | 'no review date';

/** A page as read from `content/`: its path and its parsed frontmatter. */
export interface CalendarPage {
  file: string;
  data: unknown;
}

export interface CalendarRow {
  file: string;
  /** The article's title or the product's name. */
  title: string;
  draft: boolean;
  /** `2026-11-25`, or null when `reviewedAt` is missing or not a date. */
  lastReview: string | null;
  nextDue: string | null;
  status: ReviewStatus;
}

interface CalendarFields {
  title?: unknown;
  name?: unknown;
  draft?: unknown;
  reviewedAt?: unknown;
}

/** The status of one review date on `today`. */
export function reviewStatus(reviewedAt: Date | null, today: Date): ReviewStatus {
  return reviewedAt ? reviewState(reviewedAt, today) : 'no review date';
}

/** One row a page, the soonest due first; pages without a review date come first of all. */
export function calendarRows(pages: readonly CalendarPage[], today: Date): CalendarRow[] {
  const rows = pages.map(({ file, data }): CalendarRow => {
    const fields = (data ?? {}) as CalendarFields;
    const reviewedAt = dateValue(fields.reviewedAt);
    const title = [fields.title, fields.name].find((value) => typeof value === 'string');
    return {
      file,
      title: typeof title === 'string' ? title.trim() : '',
      draft: fields.draft === true,
      lastReview: reviewedAt ? isoDate(reviewedAt) : null,
      nextDue: reviewedAt ? isoDate(nextReviewDue(reviewedAt)) : null,
      status: reviewStatus(reviewedAt, today),
    };
  });
  // ISO dates sort as text; a missing date sorts as the earliest.
  return rows.sort(
    (a, b) => (a.nextDue ?? '').localeCompare(b.nextDue ?? '') || a.file.localeCompare(b.file),
  );
}

/** A plain table with aligned columns, then a count of each status. */
export function formatCalendarTable(rows: readonly CalendarRow[]): string {
  const header = ['due', 'status', 'last review', 'file', 'title'];
  const cells = rows.map((row) => [
    row.nextDue ?? '-',
    row.status,
    row.lastReview ?? '-',
    row.file,
    row.draft ? `${row.title} (draft)` : row.title,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)),
  );
  const lines = [header, ...cells].map((line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const count = (status: ReviewStatus) => rows.filter((row) => row.status === status).length;
  const counts = [
    `${count('ok')} ok`,
    `${count('due soon')} due soon`,
    `${count('overdue')} overdue`,
  ];
  if (count('no review date') > 0) counts.push(`${count('no review date')} with no review date`);
  const total = `${rows.length} ${rows.length === 1 ? 'page' : 'pages'}: ${counts.join(', ')}`;
  return [...lines, '', total].join('\n');
}

/** The rows as JSON, for other tools. */
export function formatCalendarJson(rows: readonly CalendarRow[], today: Date): string {
  return JSON.stringify({ today: isoDate(ukCalendarDate(today)), pages: rows }, null, 2);
}
