import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, nextReviewDue } from './dates.ts';

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('nextReviewDue', () => {
  it('falls twelve months after the last review', () => {
    expect(isoDate(nextReviewDue(utc('2026-11-25')))).toBe('2027-11-25');
  });

  it('keeps 29 February inside February of the next year', () => {
    expect(isoDate(nextReviewDue(utc('2028-02-29')))).toBe('2029-02-28');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(isoDate(nextReviewDue(utc('2026-01-31'), 1))).toBe('2026-02-28');
  });

  it('does not change the date it was given', () => {
    const reviewed = utc('2026-05-01');
    nextReviewDue(reviewed);
    expect(isoDate(reviewed)).toBe('2026-05-01');
  });
});

describe('formatDate', () => {
  it('writes dates the British way', () => {
    expect(formatDate(utc('2026-11-05'))).toBe('5 November 2026');
  });
});
