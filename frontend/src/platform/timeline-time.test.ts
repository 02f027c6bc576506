import { describe, expect, it } from 'vitest';
import { formatSpan, localInputToUtc, utcToLocalInput } from './timeline-time';

describe('localInputToUtc', () => {
  it("reads the input in the viewer's time zone and answers UTC", () => {
    expect(localInputToUtc('2026-11-02T15:32')).toBe(new Date(2026, 10, 2, 15, 32, 0).toISOString());
    expect(localInputToUtc('2026-11-02T15:32:09')).toBe(new Date(2026, 10, 2, 15, 32, 9).toISOString());
  });

  it('answers null for empty and undefined for what is not a date-time', () => {
    expect(localInputToUtc('  ')).toBeNull();
    expect(localInputToUtc('yesterday')).toBeUndefined();
    expect(localInputToUtc('2026-02-31T10:00')).toBeUndefined();
  });

  it('round-trips with utcToLocalInput to the minute', () => {
    const instant = new Date(2026, 10, 2, 15, 32);
    expect(localInputToUtc(utcToLocalInput(instant))).toBe(instant.toISOString());
  });
});

describe('formatSpan', () => {
  it('is to the second when near and coarser when far', () => {
    expect(formatSpan(4 * 60000 + 9000)).toBe('4m 09s');
    expect(formatSpan(-(2 * 3600000 + 5 * 60000))).toBe('2h 05m');
    expect(formatSpan(3 * 86400000 + 2 * 3600000)).toBe('3d 02h');
  });
});
