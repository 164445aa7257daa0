import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, nextReviewDue, ukCalendarDate } from './dates.ts';

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

describe('ukCalendarDate', () => {
  it.each([
    ['a summer evening', '2027-06-30T23:30:00+01:00', '2027-06-30'],
    [
      'half past midnight in summer, the day before in UTC',
      '2027-07-01T00:30:00+01:00',
      '2027-07-01',
    ],
    ['a winter evening (GMT)', '2026-12-31T23:59:00Z', '2026-12-31'],
    ['midnight in winter', '2027-01-01T00:00:00Z', '2027-01-01'],
    [
      'the night the clocks go back, still British Summer Time',
      '2026-10-24T23:30:00Z',
      '2026-10-25',
    ],
  ])('gives the date in the UK on %s (%s)', (_, moment, date) => {
    expect(ukCalendarDate(new Date(moment))).toEqual(utc(date));
  });
});
