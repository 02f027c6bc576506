import { describe, expect, it, vi } from 'vitest';
import { mountTimeline } from './main';

const page = (ids: number[], next: string | null) => ({
  events: ids.map((id) => ({
    id,
    occurredAt: `2026-11-02T14:${String(id).padStart(2, '0')}:00Z`,
    recordedAt: `2026-11-02T14:${String(id).padStart(2, '0')}:00Z`,
    kind: 'note',
    source: 'manual',
    actor: 'sam',
    summary: `entry ${id}`,
    details: null,
    evidenceLink: null,
    externalId: null,
    backdated: false,
    hidden: null,
  })),
  next,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function rootFor(key: string): HTMLElement {
  const root = document.createElement('div');
  root.dataset.incidentKey = key;
  root.dataset.baseUrl = '';
  document.body.appendChild(root);
  return root;
}

describe('mountTimeline', () => {
  it('follows the cursor when the user asks for more', async () => {
    const fetchImpl = vi.fn()
      .mockResolvedValueOnce(json(page([1, 2], 'c1')))
      .mockResolvedValueOnce(json(page([3], null)));
    const root = rootFor('OPS-7');

    await mountTimeline(root, fetchImpl);
    const more = root.querySelector('button')!;
    expect(more.hidden).toBe(false);
    more.click();
    await vi.waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(3));

    expect(fetchImpl.mock.calls[1][0]).toContain('cursor=c1');
    expect(fetchImpl.mock.calls[0][0]).toContain('/incidents/OPS-7/timeline');
    expect(more.hidden).toBe(true);
  });

  it("shows the server's error message instead of entries", async () => {
    const fetchImpl = vi.fn().mockResolvedValue(
      json({ status: 404, code: 'not_found', message: 'No incident OPS-9 exists, or you may not see it.' }, 404));
    const root = rootFor('OPS-9');

    await mountTimeline(root, fetchImpl);

    expect(root.querySelector('[role=status]')?.textContent).toBe('No incident OPS-9 exists, or you may not see it.');
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });
});

describe('fetchTimelinePage', () => {
  it('asks for an absolute URL on the page origin, so credentials in the page address never reach it', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(json(page([], null)));
    const { fetchTimelinePage } = await import('./api');

    await fetchTimelinePage('', 'OPS-1', { order: 'oldest' }, fetchImpl);

    const url = new URL(fetchImpl.mock.calls[0][0]);
    expect(url.origin).toBe(window.location.origin);
    expect(url.username).toBe('');
    expect(url.pathname).toBe('/rest/hindsight/1.0/incidents/OPS-1/timeline');
  });
});
