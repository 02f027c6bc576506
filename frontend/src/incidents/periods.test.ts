import { periodsEndingToday, rangeOf } from './periods';

describe('trend periods', () => {
  const now = new Date('2026-11-22T14:30:00Z');

  it('ends at the end of today (UTC), so reloads the same day ask for the same instants', () => {
    const periods = periodsEndingToday('week', now);
    expect(periods).toHaveLength(8);
    expect(periods[7].to).toBe('2026-11-23T00:00:00.000Z');
    expect(periodsEndingToday('week', new Date('2026-11-22T23:59:00Z'))).toEqual(periods);
  });

  it('covers the range without gaps or overlaps, oldest first', () => {
    const periods = periodsEndingToday('month', now);
    expect(periods).toHaveLength(6);
    for (let i = 1; i < periods.length; i += 1) expect(periods[i].from).toBe(periods[i - 1].to);
    expect(rangeOf(periods)).toEqual({ from: periods[0].from, to: periods[5].to });
    expect(periods[0].label).toBe(periods[0].from.slice(0, 10));
    const days = (Date.parse(periods[5].to) - Date.parse(periods[0].from)) / 86_400_000;
    expect(days).toBe(180);
  });

  it('offers four quarters of 91 days', () => {
    const quarters = periodsEndingToday('quarter', now);
    expect(quarters).toHaveLength(4);
    expect((Date.parse(quarters[0].to) - Date.parse(quarters[0].from)) / 86_400_000).toBe(91);
  });
});
