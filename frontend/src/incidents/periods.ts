import type { PeriodKind } from './api';

/** One period of a trend: [from, to) as ISO instants, and its label (the UTC day it starts). */
export interface Period {
  from: string;
  to: string;
  label: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many periods each choice shows, and how long each is: 8 weeks, 6 months of 30 days, 4 quarters of 91 days. */
export const PERIODS: Record<PeriodKind, { count: number; days: number }> = {
  week: { count: 8, days: 7 },
  month: { count: 6, days: 30 },
  quarter: { count: 4, days: 91 },
};

/**
 * The periods of a trend, oldest first, ending at the end of today (UTC) so that repeated loads on one day ask the
 * server for the same instants. Consecutive periods share their boundary: nothing is counted twice or missed.
 */
export function periodsEndingToday(kind: PeriodKind, now: Date): Period[] {
  const { count, days } = PERIODS[kind];
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS;
  const periods: Period[] = [];
  for (let index = count; index >= 1; index -= 1) {
    const from = new Date(end - index * days * DAY_MS);
    const to = new Date(end - (index - 1) * days * DAY_MS);
    periods.push({ from: from.toISOString(), to: to.toISOString(), label: from.toISOString().slice(0, 10) });
  }
  return periods;
}

/** The whole range the periods cover, for the figures of the page as a whole. */
export function rangeOf(periods: Period[]): { from: string; to: string } {
  return { from: periods[0].from, to: periods[periods.length - 1].to };
}
