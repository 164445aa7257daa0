import { REVIEW_INTERVAL_MONTHS } from '../site.config.ts';

/** The date a page's next review falls due: its last review plus the interval. */
export function nextReviewDue(reviewedAt: Date, months = REVIEW_INTERVAL_MONTHS): Date {
  const due = new Date(reviewedAt);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + months);
  // 29 February plus a year is 28 February, not 1 March.
  const lastDayOfMonth = new Date(
    Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0),
  ).getUTCDate();
  due.setUTCDate(Math.min(day, lastDayOfMonth));
  return due;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "25 November 2026", as UK readers write dates. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-25", for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
