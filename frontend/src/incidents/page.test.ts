import { fakeApi, refusal, settle } from '../platform/screens-fake-api';
import type { Metrics } from './api';
import { exportLinks, mountIncidentsPage, type PageOptions } from './page';
import { overdueFirst } from './render';

const NOW = new Date('2026-11-22T12:00:00Z');

function metrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    incidents: 4, open: 1, excluded: 1,
    durations: [
      { figure: 'mttd', severity: null, measured: 3, unmeasured: 1, medianMs: 5 * 60_000, p90Ms: 9 * 60_000 },
      { figure: 'mttd', severity: 'SEV-1', measured: 1, unmeasured: 0, medianMs: 60_000, p90Ms: 60_000 },
      { figure: 'mtta', severity: null, measured: 3, unmeasured: 0, medianMs: 3 * 60_000, p90Ms: 4 * 60_000 },
      { figure: 'mttr', severity: null, measured: 2, unmeasured: 0, medianMs: 3 * 3_600_000, p90Ms: 5 * 3_600_000 },
    ],
    postmortems: { figure: 'postmortem-on-time', met: 1, missed: 1, pending: 0, share: 0.5 },
    actionItems: { figure: 'action-item-closed-in-time', met: 3, missed: 1, pending: 2, share: 0.75 },
    repeats: { figure: 'repeat', met: 1, missed: 2, pending: 0, share: 1 / 3 },
    ...overrides,
  };
}

const HOSTILE = '<img src=x onerror="window.hacked=1">';

function api() {
  return fakeApi({
    'GET /metrics/open-incidents': () => [
      { issueKey: 'OPS-2', projectKey: 'OPS', summary: HOSTILE, severity: 'SEV-3', status: 'investigating', declaredAt: '2026-11-20T10:00:00Z', postmortemDueAt: null },
      { issueKey: 'OPS-9', projectKey: 'OPS', summary: 'Payments down', severity: 'SEV-1', status: 'declared', declaredAt: '2026-11-21T10:00:00Z', postmortemDueAt: null },
    ],
    'GET /metrics/postmortems-due': () => [
      { issueKey: 'OPS-1', projectKey: 'OPS', summary: 'Checkout', severity: 'SEV-1', status: 'resolved', declaredAt: '2026-11-18T10:00:00Z', postmortemDueAt: '2026-11-20T10:00:00Z' },
    ],
    'GET /action-items/owners': () => [{ ownerKey: 'u1002', open: 2, overdue: 1, closed: 3 }],
    'GET /action-items': () => ({ items: [
      { issueKey: 'ACT-2', incidentKey: 'OPS-1', ownerKey: 'u1002', dueAt: '2026-12-30T00:00:00Z', priority: 'High', type: 'short-term', createdAt: '2026-11-01T00:00:00Z', closedAt: null, overdue: false },
      { issueKey: 'ACT-1', incidentKey: 'OPS-1', ownerKey: 'u1002', dueAt: '2026-11-01T00:00:00Z', priority: 'High', type: 'short-term', createdAt: '2026-10-01T00:00:00Z', closedAt: null, overdue: true },
    ], next: null }),
    'GET /metrics': () => metrics(),
    'GET /metrics/trace': (call) => ({ figure: call.params?.figure, keys: call.params?.cursor ? ['OPS-7'] : ['OPS-1', 'OPS-3'],
      next: call.params?.cursor ? null : 'c1' }),
  });
}

function options(overrides: Partial<PageOptions> = {}): PageOptions {
  return { projectKey: 'OPS', projects: ['OPS', 'SEC'], links: { incident: '/ctx/incidents/', actionItem: '' },
    declareUrl: '', baseUrl: '/ctx', now: () => NOW, ...overrides };
}

describe('CSV export links', () => {
  it('carry the filters and the period, leaving out what is not chosen', () => {
    const links = exportLinks('/ctx', { project: 'OPS', severity: '', period: 'month' },
      { from: '2026-05-26T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' });
    const durations = new URL(links[0].href);
    expect(durations.pathname).toBe('/ctx/rest/hindsight/1.0/metrics/export');
    expect(Object.fromEntries(durations.searchParams)).toEqual({ table: 'durations', project: 'OPS',
      from: '2026-05-26T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' });
    expect(links.map((link) => link.table)).toEqual(['durations', 'shares', 'daily', 'action-items']);
    const items = new URL(links[3].href);
    expect(items.pathname).toBe('/ctx/rest/hindsight/1.0/action-items/export');
    expect(items.search).toBe('?project=OPS');
  });

  it('encode what they carry', () => {
    const [link] = exportLinks('', { project: 'A&B=C', severity: 'SEV-1', period: 'week' }, { from: 'f', to: 't' });
    expect(new URL(link.href).searchParams.get('project')).toBe('A&B=C');
  });
});

describe('the Incidents page', () => {
  it('shows open incidents by severity, most severe first, with hostile text as text', async () => {
    const root = document.createElement('div');
    await mountIncidentsPage(root, api(), options());
    const counts = Array.from(root.querySelectorAll('[data-testid="open-by-severity"] li')).map((li) => li.textContent);
    expect(counts).toEqual(['SEV-1 1', 'SEV-3 1']);
    const rows = root.querySelectorAll('[data-testid="open-incidents"] tbody tr');
    expect(rows[0].textContent).toContain('OPS-9');
    expect(rows[1].textContent).toContain(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('http://localhost:3000/ctx/incidents/OPS-9');
  });

  it('marks late post-mortems and lists overdue action items first', async () => {
    const root = document.createElement('div');
    await mountIncidentsPage(root, api(), options());
    expect(root.querySelector('[data-testid="postmortems-due"] .hs-overdue')).not.toBeNull();
    const items = Array.from(root.querySelectorAll('[data-testid="action-items"] tbody tr'));
    expect(items.map((row) => row.firstElementChild?.textContent)).toEqual(['ACT-1', 'ACT-2']);
    expect(items[0].getAttribute('data-overdue')).toBe('true');
    expect(items[0].firstElementChild?.querySelector('a')).toBeNull(); // no page for the host's action items: key as text
  });

  it('shows each figure, and lists the incidents behind it page by page', async () => {
    const root = document.createElement('div');
    const fake = api();
    await mountIncidentsPage(root, fake, options());
    expect(root.querySelector('[data-testid="figure-mttd"]')?.textContent).toContain('5 min');
    expect(root.querySelector('[data-testid="figure-mttr"]')?.textContent).toContain('3.0 h');
    expect(root.querySelector('[data-testid="share-action-item-closed-in-time"]')?.textContent).toBe('75%');
    const trace = root.querySelector<HTMLButtonElement>('[data-testid="figure-mttr"] button')!;
    trace.click();
    await settle();
    expect(trace.getAttribute('aria-expanded')).toBe('true');
    const call = fake.calls.find((entry) => entry.path === '/metrics/trace')!;
    expect(call.params).toMatchObject({ figure: 'mttr', project: 'OPS' });
    root.querySelector<HTMLButtonElement>('.hs-trace__more')!.click();
    await settle();
    const keys = Array.from(root.querySelectorAll('[data-testid="trace-keys"] a')).map((a) => a.textContent);
    expect(keys).toEqual(['OPS-1', 'OPS-3', 'OPS-7']);
  });

  it('draws a trend chart per figure with one point per period, and asks the server once per period', async () => {
    const root = document.createElement('div');
    const fake = api();
    await mountIncidentsPage(root, fake, options());
    expect(root.querySelectorAll('figure.hs-chart')).toHaveLength(4);
    expect(root.querySelectorAll('#hs-chart-rates tbody tr')).toHaveLength(6);
    // the whole range, then one call per period (6 by default)
    expect(fake.calls.filter((entry) => entry.path === '/metrics')).toHaveLength(7);
  });

  it('reloads with the chosen filters', async () => {
    const root = document.createElement('div');
    const fake = api();
    await mountIncidentsPage(root, fake, options());
    const severity = root.querySelector<HTMLSelectElement>('#hs-filter-severity')!;
    severity.value = 'SEV-1';
    severity.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const last = fake.calls.filter((entry) => entry.path === '/metrics').at(-1)!;
    expect(last.params).toMatchObject({ severity: 'SEV-1', project: 'OPS' });
    expect(root.querySelectorAll('[data-testid="open-incidents"] tbody tr')).toHaveLength(1);
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="export-durations"]')!.href).toContain('severity=SEV-1');
  });

  it('says what went wrong when the server refuses', async () => {
    const root = document.createElement('div');
    const fake = api();
    const broken = { ...fake, get: (path: string, params?: Record<string, string>) => path === '/metrics'
      ? Promise.reject(refusal({ field: 'from', message: 'The period must start before it ends.' })) : fake.get(path, params) };
    await mountIncidentsPage(root, broken as typeof fake, options());
    expect(root.querySelector('#hs-incidents-status')?.textContent).toBe('The period must start before it ends.');
  });

  it('asks a declare dialog to open, and falls back to the declare address when none answers', async () => {
    const root = document.createElement('div');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    await mountIncidentsPage(root, api(), options({ declareUrl: 'http://localhost:3000/declare' }));
    const seen: unknown[] = [];
    const handler = (event: Event) => {
      seen.push((event as CustomEvent).detail);
      event.preventDefault();
    };
    document.addEventListener('hindsight:declare', handler);
    root.querySelector<HTMLButtonElement>('[data-testid="declare-incident"]')!.click();
    document.removeEventListener('hindsight:declare', handler);
    expect(seen).toEqual([{ projectKey: 'OPS', baseUrl: '/ctx' }]);
    expect(assign).not.toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('[data-testid="declare-incident"]')!.click();
    expect(assign).toHaveBeenCalledWith('http://localhost:3000/declare');
    vi.unstubAllGlobals();
  });

  it('opens the declare bundle\'s dialog when the host loaded it', async () => {
    const root = document.createElement('div');
    const openDeclareDialog = vi.fn();
    (globalThis as Record<string, unknown>).Hindsight_declare = { openDeclareDialog };
    try {
      await mountIncidentsPage(root, api(), options());
      root.querySelector<HTMLButtonElement>('[data-testid="declare-incident"]')!.click();
      const opened = openDeclareDialog.mock.calls[0][0] as { projectKey: string; projects: string[]; incidentUrl(key: string): string };
      expect(opened.projectKey).toBe('OPS');
      expect(opened.projects).toEqual(['OPS', 'SEC']);
      expect(opened.incidentUrl('OPS-12')).toBe('/ctx/incidents/OPS-12');
    } finally {
      delete (globalThis as Record<string, unknown>).Hindsight_declare;
    }
  });

  it('orders action items overdue first, then by due date', () => {
    const base = { incidentKey: 'OPS-1', ownerKey: null, priority: null, type: null, createdAt: '', closedAt: null };
    const ordered = overdueFirst([
      { ...base, issueKey: 'A', dueAt: null, overdue: false },
      { ...base, issueKey: 'B', dueAt: '2026-12-01T00:00:00Z', overdue: false },
      { ...base, issueKey: 'C', dueAt: '2026-11-01T00:00:00Z', overdue: true },
    ]);
    expect(ordered.map((item) => item.issueKey)).toEqual(['C', 'B', 'A']);
  });
});
