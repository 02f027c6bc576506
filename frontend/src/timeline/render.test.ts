import { describe, expect, it, vi } from 'vitest';
import { anEvent } from './fixtures.test-support';
import { formatUtc, renderEntry, safeLink } from './render';

const names = { isPinned: () => false, nameOf: (key: string) => ({ u1002: 'Sam Rivera' } as Record<string, string>)[key] ?? key };

describe('renderEntry', () => {
  it('shows markup in a summary as text, never as elements', () => {
    const item = renderEntry(anEvent({ summary: '<img src=x onerror=alert(1)>' }));
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('names the kind in its icon, and shows source and actor by display name', () => {
    const item = renderEntry(anEvent({ kind: 'alert-firing', source: 'alertmanager' }), names);
    expect(item.querySelector('[role=img]')?.getAttribute('aria-label')).toBe('Alert firing');
    expect(item.querySelector('.hindsight-entry__source')?.textContent).toBe('alertmanager');
    expect(item.querySelector('.hindsight-entry__actor')?.textContent).toBe('Sam Rivera');
  });

  it('shows UTC and puts the local time in the tooltip', () => {
    const time = renderEntry(anEvent({ occurredAt: '2026-11-02T14:32:05.120Z' })).querySelector('time')!;
    expect(time.textContent).toBe('2026-11-02 14:32:05 UTC');
    expect(time.getAttribute('datetime')).toBe('2026-11-02T14:32:05.120Z');
    expect(time.title).toBe(`Your local time: ${new Date('2026-11-02T14:32:05.120Z').toLocaleString()}`);
  });

  it('drops a javascript: evidence link', () => {
    const item = renderEntry(anEvent({ evidenceLink: 'javascript:alert(1)' }));
    expect(item.querySelector('a')).toBeNull();
  });

  it('marks hidden entries and says who hid them, when and why', () => {
    const item = renderEntry(anEvent({ hidden: { by: 'u1002', at: '2026-11-02T15:00:00Z', reason: 'duplicate page' } }), names);
    expect(item.classList.contains('hindsight-entry--hidden')).toBe(true);
    expect(item.textContent).toContain('Hidden by Sam Rivera at 2026-11-02 15:00:00 UTC: duplicate page');
  });

  it('shows the recording time of backdated entries', () => {
    const item = renderEntry(anEvent({ backdated: true, recordedAt: '2026-11-02T18:00:00Z' }));
    expect(item.textContent).toContain('backdated, recorded 2026-11-02 18:00:00 UTC');
  });

  it('offers pin and hide buttons that name the entry, and marks a pinned one', () => {
    const onPin = vi.fn();
    const onHide = vi.fn();
    const item = renderEntry(anEvent({ id: 4, summary: 'Rolled back' }), { ...names, isPinned: () => true, onPin, onHide });
    const pin = item.querySelector<HTMLButtonElement>('[data-testid=pin-entry]')!;
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    expect(pin.getAttribute('aria-label')).toBe('Unpin: Rolled back');
    pin.click();
    expect(onPin).toHaveBeenCalledWith(expect.objectContaining({ id: 4 }), true);
    item.querySelector<HTMLButtonElement>('[data-testid=hide-entry]')!.click();
    expect(onHide).toHaveBeenCalled();
    expect(item.textContent).toContain('Pinned');
  });
});

describe('safeLink', () => {
  it('links https evidence in a new tab without an opener', () => {
    const link = safeLink('https://grafana.example/d/abc?from=1');
    expect(link?.href).toBe('https://grafana.example/d/abc?from=1');
    expect(link?.rel).toBe('noopener noreferrer');
    expect(link?.target).toBe('_blank');
  });

  it('refuses data: and relative links', () => {
    expect(safeLink('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLink('/relative')).toBeNull();
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
