import { nextReviewDue, ukCalendarDate } from './dates.ts';

/** A warning this many months after the last review, so there is time to plan the next. */
export const REVIEW_WARNING_MONTHS = 11;

/** Where a page stands on `today`: reviewed recently, due within a month, or past due. */
export type ReviewState = 'ok' | 'due soon' | 'overdue';

/**
 * The one judgement of review dates, shared by the `review/overdue` check
 * (warning, error) and the review calendar, so the two can never disagree.
 * `today` counts as the date it is in the UK, whatever the time of day.
 */
export function reviewState(reviewedAt: Date, today: Date): ReviewState {
  const date = ukCalendarDate(today);
  if (date >= nextReviewDue(reviewedAt)) return 'overdue';
  if (date >= nextReviewDue(reviewedAt, REVIEW_WARNING_MONTHS)) return 'due soon';
  return 'ok';
}

/** A frontmatter date (YAML gives a Date, a quoted one a string), or null when it is not one. */
export function dateValue(value: unknown): Date | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
