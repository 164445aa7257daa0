import { formatDate, nextReviewDue } from '../../../lib/dates.ts';
import { dateValue, reviewState } from '../../../lib/review.ts';
import type { RuleContext, SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

function reviewedAtOf(document: SourceDocument): Date | null {
  const data = document.frontmatter.data as { reviewedAt?: unknown } | undefined;
  // A missing or invalid date is the schema rule's finding, not this one's.
  return dateValue(data?.reviewedAt);
}

/** Pages are reviewed at least every 12 months; an overdue page is not published. */
export function checkReviewOverdue(document: SourceDocument, context: RuleContext): Finding[] {
  if (document.collection === 'people') return [];
  const reviewedAt = reviewedAtOf(document);
  if (!reviewedAt) return [];
  const due = nextReviewDue(reviewedAt);
  const state = reviewState(reviewedAt, context.today);
  const base = {
    ruleId: 'review/overdue',
    file: document.file,
    position: document.frontmatter.locate(['reviewedAt']),
  };
  if (state === 'overdue') {
    return [
      {
        ...base,
        severity: 'error',
        message: `review was due on ${formatDate(due)} (last reviewed ${formatDate(reviewedAt)})`,
        hint: 'Check the page against its sources, correct what has changed, then set reviewedAt (and reviewedBy) to the review date.',
      },
    ];
  }
  if (state === 'due soon') {
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
  check: checkReviewOverdue,
};
