import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './api';
import { formatUtc, renderEntry, safeLink } from './render';

const anEvent = (overrides: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 1,
  occurredAt: '2026-11-02T14:32:05.120Z',
  recordedAt: '2026-11-02T14:32:06.000Z',
  kind: 'alert-firing',
  source: 'alertmanager',
  actor: null,
  summary: 'HighErrorRate on checkout',
  details: null,
  evidenceLink: null,
  externalId: null,
  backdated: false,
  hidden: null,
  ...overrides,
});

describe('renderEntry', () => {
  it('shows markup in a summary as text, never as elements', () => {
    const item = renderEntry(anEvent({ summary: '<img src=x onerror=alert(1)>' }));
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('drops a javascript: evidence link', () => {
    const item = renderEntry(anEvent({ evidenceLink: 'javascript:alert(1)' }));
    expect(item.querySelector('a')).toBeNull();
  });

  it('links https evidence in a new tab without an opener', () => {
    const link = safeLink('https://grafana.example/d/abc?from=1');
    expect(link?.href).toBe('https://grafana.example/d/abc?from=1');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  it('marks hidden entries and says who hid them and why', () => {
    const item = renderEntry(anEvent({ hidden: { by: 'sam', at: '2026-11-02T15:00:00Z', reason: 'duplicate page' } }));
    expect(item.classList.contains('hindsight-entry--hidden')).toBe(true);
    expect(item.textContent).toContain('Hidden by sam: duplicate page');
  });

  it('shows the recording time of backdated entries', () => {
    const item = renderEntry(anEvent({ backdated: true, recordedAt: '2026-11-02T18:00:00Z' }));
    expect(item.textContent).toContain('backdated, recorded 2026-11-02 18:00:00 UTC');
  });
});

describe('formatUtc', () => {
  it('formats an instant in UTC to the second', () => {
    expect(formatUtc('2026-11-02T14:32:05.120Z')).toBe('2026-11-02 14:32:05 UTC');
  });

  it('keeps an unparseable value as it came', () => {
    expect(formatUtc('yesterday')).toBe('yesterday');
  });
});
