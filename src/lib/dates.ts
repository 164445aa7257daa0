import { REVIEW_INTERVAL_MONTHS, SITE_TIME_ZONE } from '../site.config.ts';

const calendarParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/**
 * The date on the calendar in the UK at `moment`, as midnight UTC of that
 * date: the form frontmatter dates take (`reviewedAt: 2026-11-25`). "Today"
 * for review dates and suppressions is this, so a date written in a page
 * holds for the whole of that day for an editor in the UK, whatever the time.
 */
export function ukCalendarDate(moment: Date): Date {
  const parts = Object.fromEntries(
    calendarParts.formatToParts(moment).map((part) => [part.type, Number(part.value)]),
  );
  return new Date(Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1));
}

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
