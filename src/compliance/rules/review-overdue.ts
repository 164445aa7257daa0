import { formatDate, nextReviewDue } from '../../lib/dates.ts';
import type { RuleContext, SourceDocument } from '../document.ts';
import type { Finding } from '../finding.ts';
import type { SourceRule } from '../rule.ts';

/** A warning this many months after the last review, so there is time to plan it. */
export const WARN_AFTER_MONTHS = 11;

function reviewedAtOf(document: SourceDocument): Date | null {
  const data = document.frontmatter.data as { reviewedAt?: unknown } | undefined;
  const value = data?.reviewedAt;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  // A missing or invalid date is the schema rule's finding, not this one's.
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Pages are reviewed at least every 12 months; an overdue page is not published. */
export function checkReviewOverdue(document: SourceDocument, context: RuleContext): Finding[] {
  if (document.collection === 'people') return [];
  const reviewedAt = reviewedAtOf(document);
  if (!reviewedAt) return [];
  const due = nextReviewDue(reviewedAt);
  const warnFrom = nextReviewDue(reviewedAt, WARN_AFTER_MONTHS);
  const base = {
    ruleId: 'review/overdue',
    file: document.file,
    position: document.frontmatter.locate(['reviewedAt']),
  };
  if (context.today >= due) {
    return [
      {
        ...base,
        severity: 'error',
        message: `review was due on ${formatDate(due)} (last reviewed ${formatDate(reviewedAt)})`,
        hint: 'Check the page against its sources, correct what has changed, then set reviewedAt (and reviewedBy) to the review date.',
      },
    ];
  }
  if (context.today >= warnFrom) {
    return [
      {
        ...base,
        severity: 'warning',
        message: `review is due on ${formatDate(due)}`,
        hint: 'Plan the review now: after that date the page will not be published.',
      },
    ];
  }
  return [];
}

export const reviewOverdueRule: SourceRule = {
  ids: ['review/overdue'],
  description: 'reviewedAt is less than 12 months old (a warning from 11 months)',
  check: checkReviewOverdue,
};
