import { daysBetween } from './dates.ts';

/**
 * Where a decision stands in its call-in period. A decision subject to call-in can be called in from
 * publication until it takes effect (the "effective from" date), when it may be implemented.
 */
export interface CallInStatus {
  /** Whether the decision is subject to call-in, as stated; null when not stated. */
  subject: boolean | null;
  publication_date: string | null;
  effective_from: string | null;
  /**
   * open: today is before effective_from; closed: on or after it; not_subject: stated not subject
   * to call-in; unknown: no effective-from date to judge by.
   */
  state: 'open' | 'closed' | 'not_subject' | 'unknown';
  /** The day the period ends (the effective-from date), when known. */
  closes: string | null;
  /** Days from today until it closes (negative once closed), when known. */
  days_left: number | null;
}

export function callInStatus(subject: boolean | null, publicationDate: string | null, effectiveFrom: string | null, today: string): CallInStatus {
  const base = { subject, publication_date: publicationDate, effective_from: effectiveFrom };
  if (subject === false) return { ...base, state: 'not_subject', closes: null, days_left: null };
  const daysLeft = daysBetween(today, effectiveFrom);
  if (daysLeft === null) return { ...base, state: 'unknown', closes: null, days_left: null };
  return { ...base, state: daysLeft > 0 ? 'open' : 'closed', closes: effectiveFrom, days_left: daysLeft };
}

/** One line a person reads: "open until 2016-08-03 (published 2016-07-29, 5 days left)". */
export function describeCallIn(c: CallInStatus): string {
  const published = c.publication_date ? `published ${c.publication_date}` : null;
  switch (c.state) {
    case 'not_subject':
      return 'not subject to call-in';
    case 'unknown':
      return c.subject ? 'subject to call-in; no effective-from date stated, so its period cannot be told' : 'no call-in dates stated';
    case 'open':
      return `call-in OPEN until ${c.closes} (${[published, `${c.days_left} day${c.days_left === 1 ? '' : 's'} left`].filter(Boolean).join(', ')})`;
    case 'closed':
      return `call-in closed: took effect ${c.closes}${published ? ` (${published})` : ''}`;
  }
}
