import { describe, expect, it, vi } from 'vitest';
import { anIncident } from './fixtures.test-support';
import { deadlineState, deadlineText, IncidentHeader } from './header';

const deadline = anIncident().deadlines[0];
const at = (iso: string) => Date.parse(iso);

describe('deadlineState', () => {
  it('is on track, then due soon, then breached as time passes', () => {
    expect(deadlineState(deadline, at('2026-11-02T14:05:00Z'))).toBe('on-track');
    expect(deadlineState(deadline, at('2026-11-02T14:10:00Z'))).toBe('due-soon');
    expect(deadlineState(deadline, at('2026-11-02T14:15:00Z'))).toBe('breached');
  });

  it('is met when met in time, and breached when met late', () => {
    expect(deadlineState({ ...deadline, metAt: '2026-11-02T14:14:59.000Z' }, at('2026-11-03T00:00:00Z'))).toBe('met');
    expect(deadlineState({ ...deadline, metAt: '2026-11-02T14:15:01.000Z' }, at('2026-11-03T00:00:00Z'))).toBe('breached');
  });
});

describe('deadlineText', () => {
  it('counts down, then counts up once overdue', () => {
    expect(deadlineText(deadline, at('2026-11-02T14:02:57Z'))).toBe('due in 12m 03s');
    expect(deadlineText(deadline, at('2026-11-02T15:20:00Z'))).toBe('overdue by 1h 05m');
    expect(deadlineText({ ...deadline, metAt: '2026-11-02T14:09:00.000Z' }, 0)).toBe('met at 2026-11-02 14:09:00 UTC');
  });
});

describe('IncidentHeader', () => {
  it('shows severity, status, key instants, a live deadline clock and the allowed transitions', () => {
    let now = at('2026-11-02T14:09:58Z');
    const onTransition = vi.fn();
    const header = new IncidentHeader({ nameOf: () => 'Sam Rivera', onTransition, onChangeSeverity: vi.fn() }, () => now);
    header.show(anIncident());
    const root = header.element;

    expect(root.querySelector('[data-testid=incident-severity]')?.textContent).toBe('SEV-1');
    expect(root.querySelector('[data-testid=incident-status]')?.textContent).toBe('Investigating');
    expect(root.textContent).toContain('Commander: Sam Rivera');
    expect(root.querySelector('[data-testid=key-instants]')?.textContent).toContain('Impact started2026-11-02 13:50:00 UTC');
    expect(root.querySelector('[data-testid=key-instants]')?.textContent).toContain('AcknowledgedNot yet');
    const clock = root.querySelector('[data-clock=executive-notification]')!;
    expect(clock.textContent).toContain('On track');
    now = at('2026-11-02T14:10:01Z');
    header.tick();
    expect(clock.textContent).toContain('Due soon');
    expect(clock.textContent).toContain('due in 4m 59s');

    root.querySelector<HTMLButtonElement>('[data-testid=transition-mitigate]')!.click();
    expect(onTransition).toHaveBeenCalledWith(expect.objectContaining({ transition: 'mitigate' }));
    expect(root.querySelector('[data-testid=transition-close]')).toBeNull();
    header.dispose();
  });

  it('offers no severity change once the incident is closed', () => {
    const header = new IncidentHeader({ nameOf: (key) => key, onTransition: vi.fn(), onChangeSeverity: vi.fn() });
    header.show(anIncident({ status: 'closed', statusLabel: 'Closed', availableTransitions: [] }));
    expect(header.element.querySelector('[data-testid=change-severity]')).toBeNull();
    header.dispose();
  });
});
