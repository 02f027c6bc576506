import { describe, expect, it } from 'vitest';
import { applyFilter, LoadedEntries, NO_FILTER } from './entries';
import { anEvent } from './fixtures.test-support';

describe('LoadedEntries', () => {
  it('keeps one copy per id, newest first by occurred-at then id, and counts the new ones', () => {
    const entries = new LoadedEntries();
    expect(entries.merge([anEvent({ id: 1 }), anEvent({ id: 3, occurredAt: '2026-11-02T15:00:00.000Z' })])).toBe(2);
    expect(entries.merge([anEvent({ id: 2, occurredAt: '2026-11-02T15:00:00.000Z' }), anEvent({ id: 1 })])).toBe(1);

    expect(entries.all.map((event) => event.id)).toEqual([3, 2, 1]);
  });

  it('replaces an entry with its newer copy, such as after a hide', () => {
    const entries = new LoadedEntries();
    entries.merge([anEvent({ id: 1 })]);
    entries.replace(anEvent({ id: 1, hidden: { by: 'u1002', at: '2026-11-02T16:00:00.000Z', reason: 'dup' } }));

    expect(entries.all).toHaveLength(1);
    expect(entries.get(1)?.hidden?.reason).toBe('dup');
  });
});

describe('applyFilter', () => {
  const events = [
    anEvent({ id: 1, kind: 'alert-firing', source: 'alertmanager' }),
    anEvent({ id: 2, kind: 'note', source: 'manual' }),
    anEvent({ id: 3, kind: 'note', source: 'jira', hidden: { by: 'u1', at: '2026-11-02T16:00:00.000Z', reason: 'x' } }),
  ];

  it('leaves hidden entries out unless asked', () => {
    expect(applyFilter(events, NO_FILTER).map((event) => event.id)).toEqual([1, 2]);
    expect(applyFilter(events, { ...NO_FILTER, showHidden: true }).map((event) => event.id)).toEqual([1, 2, 3]);
  });

  it('filters by kind and by source together', () => {
    expect(applyFilter(events, { ...NO_FILTER, kind: 'note' }).map((event) => event.id)).toEqual([2]);
    expect(applyFilter(events, { kind: 'note', source: 'jira', showHidden: true }).map((event) => event.id)).toEqual([3]);
    expect(applyFilter(events, { ...NO_FILTER, source: 'pagerduty' })).toEqual([]);
  });
});
