import type { Incident, TimelineEvent } from './api';

/** A timeline entry for tests; override what matters. */
export function anEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  const id = overrides.id ?? 1;
  return {
    id,
    occurredAt: `2026-11-02T14:${String(id % 60).padStart(2, '0')}:00.000Z`,
    recordedAt: `2026-11-02T14:${String(id % 60).padStart(2, '0')}:00.000Z`,
    kind: 'note',
    source: 'manual',
    actor: 'u1002',
    summary: `entry ${id}`,
    details: null,
    evidenceLink: null,
    externalId: null,
    backdated: false,
    hidden: null,
    ...overrides,
  };
}

export function manyEvents(count: number): TimelineEvent[] {
  const start = Date.parse('2026-11-02T00:00:00Z');
  return Array.from({ length: count }, (_, index) => anEvent({
    id: index + 1,
    occurredAt: new Date(start + index * 1000).toISOString(),
    kind: index % 3 === 0 ? 'alert-firing' : 'note',
    source: index % 3 === 0 ? 'alertmanager' : 'manual',
    summary: `entry ${index + 1}`,
  }));
}

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    key: 'OPS-7',
    projectKey: 'OPS',
    summary: 'Checkout down',
    severity: 'SEV-1',
    severityLabel: 'Critical',
    status: 'investigating',
    statusLabel: 'Investigating',
    commander: 'u1002',
    declaredAt: '2026-11-02T14:00:00.000Z',
    version: 2,
    keyInstants: {
      'impact-started': { at: '2026-11-02T13:50:00.000Z', source: 'manual', entryId: 1, entryKind: 'key-instant' },
      detected: { at: '2026-11-02T14:00:00.000Z', source: 'derived', entryId: 2, entryKind: 'declared' },
      acknowledged: null,
      mitigated: null,
      resolved: null,
    },
    deadlines: [{
      clock: 'executive-notification', label: 'Executive notification', startedAt: '2026-11-02T14:00:00.000Z',
      dueAt: '2026-11-02T14:15:00.000Z', dueSoonFrom: '2026-11-02T14:10:00.000Z', metAt: null, status: 'on-track',
    }],
    availableTransitions: [
      { transition: 'mitigate', label: 'Mitigate', to: 'mitigated' },
      { transition: 'resolve', label: 'Resolve', to: 'resolved' },
    ],
    ...overrides,
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(status === 204 || status === 304 ? null : JSON.stringify(body),
    { status, headers: { 'Content-Type': 'application/json', ...headers } });
