import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Incident, TimelineEvent } from './api';
import { anEvent, anIncident, json, manyEvents } from './fixtures.test-support';
import { mountTimeline, renderTimeline } from './main';
import { ROW_HEIGHT } from './screen';

interface Call { url: URL; method: string; headers: Record<string, string>; body: unknown }

/** A fake Hindsight server for one incident: the timeline (with an ETag), pins, the incident and its changes. */
function fakeServer(initial: TimelineEvent[], incident: Incident = anIncident()) {
  const state = { events: [...initial], pins: [] as number[], incident, version: 1, calls: [] as Call[] };
  const respond = (url: URL, method: string, headers: Record<string, string>, body: unknown): Response => {
    const path = url.pathname.replace('/rest/hindsight/1.0', '');
    if (path === '/incidents/OPS-7' && method === 'GET') return json(state.incident, 200, { ETag: `W/"i${state.incident.version}"` });
    if (path === '/incidents/OPS-7/timeline/pins') {
      return json({ pins: state.pins.map((id) => ({ entry: state.events.find((e) => e.id === id), pinnedBy: 'u1002', pinnedAt: '2026-11-02T15:00:00.000Z' })), people: {} });
    }
    if (path === '/incidents/OPS-7/timeline' && method === 'GET') {
      const tag = `W/"t${state.version}"`;
      if (headers['If-None-Match'] === tag) return json(null, 304);
      const sorted = [...state.events].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : b.id - a.id));
      const start = Number(url.searchParams.get('cursor') ?? '0');
      const limit = Number(url.searchParams.get('limit'));
      const page = sorted.slice(start, start + limit);
      return json({ events: page, next: start + limit < sorted.length ? String(start + limit) : null, people: { u1002: 'Sam Rivera' } }, 200, { ETag: tag });
    }
    if (path === '/incidents/OPS-7/timeline' && method === 'POST') {
      const note = body as { summary: string; occurredAt?: string };
      if (note.occurredAt && Date.parse(note.occurredAt) > Date.now() + 300000) {
        return json({ status: 400, code: 'invalid_input', message: 'An entry cannot happen more than 5 minutes in the future.', field: 'occurredAt' }, 400);
      }
      const added = anEvent({ id: 1000 + state.events.length, summary: note.summary, occurredAt: note.occurredAt ?? '2026-11-02T23:00:00.000Z' });
      state.events.push(added);
      state.version++;
      return json(added, 201);
    }
    const hide = /^\/incidents\/OPS-7\/timeline\/(\d+)\/hide$/.exec(path);
    if (hide) {
      const index = state.events.findIndex((e) => e.id === Number(hide[1]));
      state.events[index] = { ...state.events[index], hidden: { by: 'u1002', at: '2026-11-02T16:00:00.000Z', reason: (body as { reason: string }).reason } };
      state.version++;
      return json(state.events[index]);
    }
    const pin = /^\/incidents\/OPS-7\/timeline\/(\d+)\/pin$/.exec(path);
    if (pin && method === 'POST') {
      state.pins.push(Number(pin[1]));
      state.version++;
      return json({ entry: state.events.find((e) => e.id === Number(pin[1])), pinnedBy: 'u1002', pinnedAt: '2026-11-02T15:00:00.000Z' });
    }
    if (path === '/incidents/OPS-7/transitions') {
      return json({ status: 409, code: 'illegal_transition', message: 'OPS-7 cannot be resolved from declared; allowed: start-investigation.' }, 409);
    }
    return json({ status: 404, code: 'not_found', message: 'No incident OPS-9 exists, or you may not see it.' }, 404);
  };
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const method = init.method ?? 'GET';
    state.calls.push({ url, method, headers, body });
    return respond(url, method, headers, body);
  });
  return { state, fetchImpl };
}

function rootFor(key: string): HTMLElement {
  const root = document.createElement('div');
  root.dataset.incidentKey = key;
  root.dataset.baseUrl = '';
  document.body.appendChild(root);
  return root;
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid=timeline-entry]')];
const byTestId = <T extends HTMLElement = HTMLElement>(root: ParentNode, id: string) => root.querySelector<T>(`[data-testid=${id}]`)!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('mountTimeline', () => {
  it('shows the header, the newest entries first with names, and follows the cursor for older ones', async () => {
    const { fetchImpl, state } = fakeServer(manyEvents(150));
    const root = rootFor('OPS-7');

    const screen = await mountTimeline(root, fetchImpl, 60000);

    expect(byTestId(root, 'incident-severity').textContent).toBe('SEV-1');
    expect(rows(root)[0].textContent).toContain('entry 150');
    expect(rows(root)[0].querySelector('.hindsight-entry__actor')?.textContent).toBe('Sam Rivera');
    expect(byTestId(root, 'load-older').hidden).toBe(false);
    expect(root.textContent).toContain('Showing 100 of 100 loaded entries');

    byTestId(root, 'load-older').click();
    await vi.waitFor(() => expect(root.textContent).toContain('Showing 150 of 150 loaded entries'));
    expect(state.calls.some((call) => call.url.searchParams.get('cursor') === '100')).toBe(true);
    expect(byTestId(root, 'load-older').hidden).toBe(true);
    screen.dispose();
  });

  it("shows the server's error message instead of entries", async () => {
    const { fetchImpl } = fakeServer([]);
    const root = rootFor('OPS-9');

    const screen = await mountTimeline(root, fetchImpl, 60000);

    expect(byTestId(root, 'timeline-status').textContent).toBe('No incident OPS-9 exists, or you may not see it.');
    expect(rows(root)).toHaveLength(0);
    screen.dispose();
  });

  it('polls with If-None-Match: a 304 changes nothing, and a new entry appears on top after a change', async () => {
    const { fetchImpl, state } = fakeServer(manyEvents(5));
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);

    expect(await screen.poll()).toBe('unchanged');
    const conditional = state.calls.filter((call) => call.url.pathname.endsWith('/timeline') && call.method === 'GET');
    expect(conditional[conditional.length - 1].headers['If-None-Match']).toBe('W/"t1"');

    state.events.push(anEvent({ id: 99, summary: 'Alert fired again', occurredAt: '2026-11-03T00:00:00.000Z' }));
    state.version++;
    expect(await screen.poll()).toBe('changed');
    expect(rows(root)[0].textContent).toContain('Alert fired again');
    screen.dispose();
  });

  it('filters by kind and source, and shows hidden entries struck through on demand', async () => {
    const events = manyEvents(6);
    events[1] = { ...events[1], hidden: { by: 'u1002', at: '2026-11-02T16:00:00.000Z', reason: 'duplicate' } };
    const { fetchImpl } = fakeServer(events);
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);
    expect(rows(root)).toHaveLength(5);

    const kind = byTestId<HTMLSelectElement>(root, 'kind-filter');
    kind.value = 'alert-firing';
    kind.dispatchEvent(new Event('change'));
    expect(rows(root).map((row) => row.dataset.kind)).toEqual(['alert-firing', 'alert-firing']);

    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    const source = byTestId<HTMLSelectElement>(root, 'source-filter');
    source.value = 'manual';
    source.dispatchEvent(new Event('change'));
    expect(rows(root)).toHaveLength(3);

    const hidden = byTestId<HTMLInputElement>(root, 'show-hidden');
    hidden.checked = true;
    hidden.dispatchEvent(new Event('change'));
    expect(rows(root)).toHaveLength(4);
    expect(root.querySelector('.hindsight-entry--hidden')?.textContent).toContain('Hidden by Sam Rivera at 2026-11-02 16:00:00 UTC: duplicate');
    screen.dispose();
  });

  it('shows a refused note next to the field named, keeps what was typed, and adds an accepted one', async () => {
    const { fetchImpl, state } = fakeServer(manyEvents(2));
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);
    byTestId(root, 'add-note').click();
    const form = byTestId<HTMLFormElement>(root, 'note-form');
    const summary = form.querySelector<HTMLInputElement>('input[name=summary]')!;
    const occurredAt = form.querySelector<HTMLInputElement>('input[name=occurredAt]')!;
    summary.value = 'Rolled back 4.2';
    occurredAt.value = '2099-01-01T10:00';

    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(form.querySelector('[data-field=occurredAt] .hindsight-field__error')?.textContent)
      .toContain('5 minutes in the future'));
    expect(document.activeElement).toBe(occurredAt);
    expect(occurredAt.getAttribute('aria-invalid')).toBe('true');
    expect(summary.value).toBe('Rolled back 4.2');
    expect(occurredAt.value).toBe('2099-01-01T10:00');
    const sent = state.calls.find((call) => call.method === 'POST')!.body as { occurredAt: string };
    expect(sent.occurredAt).toBe(new Date(2099, 0, 1, 10, 0).toISOString());

    occurredAt.value = '';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(rows(root)[0].textContent).toContain('Rolled back 4.2'));
    expect(summary.value).toBe('');
    screen.dispose();
  });

  it('asks why before hiding, closes on Escape, and hides with the reason given', async () => {
    const { fetchImpl, state } = fakeServer(manyEvents(3));
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);

    byTestId(rows(root)[0], 'hide-entry').click();
    expect(byTestId(document, 'hide-dialog').getAttribute('role')).toBe('dialog');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('[data-testid=hide-dialog]')).toBeNull();

    byTestId(rows(root)[0], 'hide-entry').click();
    const dialog = byTestId(document, 'hide-dialog');
    dialog.querySelector<HTMLTextAreaElement>('textarea')!.value = 'duplicate alert';
    byTestId(dialog, 'hide-dialog-submit').click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid=hide-dialog]')).toBeNull());
    expect(state.calls.find((call) => call.url.pathname.endsWith('/3/hide'))?.body).toEqual({ reason: 'duplicate alert' });
    expect(rows(root).map((row) => row.dataset.entryId)).toEqual(['2', '1']);
    screen.dispose();
  });

  it("keeps a refused transition's dialog open with the server's reason", async () => {
    const { fetchImpl } = fakeServer(manyEvents(1));
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);

    byTestId(root, 'transition-resolve').click();
    const dialog = byTestId(document, 'transition-dialog');
    dialog.querySelector<HTMLTextAreaElement>('textarea')!.value = 'service is back';
    byTestId(dialog, 'transition-dialog-submit').click();

    await vi.waitFor(() => expect(dialog.querySelector('[role=alert]')?.textContent)
      .toBe('OPS-7 cannot be resolved from declared; allowed: start-investigation.'));
    expect(dialog.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('service is back');
    screen.dispose();
  });

  it('pins an entry: it is marked and listed among the key moments', async () => {
    const { fetchImpl } = fakeServer(manyEvents(3));
    const root = rootFor('OPS-7');
    const screen = await mountTimeline(root, fetchImpl, 60000);

    byTestId(rows(root)[1], 'pin-entry').click();

    await vi.waitFor(() => expect(byTestId(root, 'key-moments').hidden).toBe(false));
    expect(byTestId(root, 'key-moments').textContent).toContain('entry 2');
    expect(root.querySelector('[data-entry-id="2"]')?.classList.contains('hindsight-entry--pinned')).toBe(true);
    screen.dispose();
  });
});

describe('renderTimeline', () => {
  it('renders 10 000 entries as a window of rows at their positions, with the full height to scroll', () => {
    const root = rootFor('OPS-7');
    const screen = renderTimeline(root, manyEvents(10000));

    expect(rows(root).length).toBeLessThan(40);
    expect(rows(root)[0].getAttribute('aria-posinset')).toBe('1');
    expect(rows(root)[0].getAttribute('aria-setsize')).toBe('10000');
    expect((root.querySelector('ul') as HTMLElement).style.height).toBe(`${10000 * ROW_HEIGHT}px`);
    expect(rows(root)[5].style.top).toBe(`${5 * ROW_HEIGHT}px`);
    expect(root.querySelector('[data-testid=hide-entry]')).toBeNull();
    expect(screen.list.count).toBe(10000);
  });

  it('moves focus with the keyboard, rendering the rows it reaches', () => {
    const root = rootFor('OPS-7');
    const screen = renderTimeline(root, manyEvents(10000).map((event) => ({ ...event, kind: 'note', source: 'manual' })));
    const first = rows(root)[0];
    first.focus();

    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect((document.activeElement as HTMLElement).getAttribute('aria-posinset')).toBe('2');
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect((document.activeElement as HTMLElement).getAttribute('aria-posinset')).toBe('10000');
    expect(document.activeElement?.textContent).toContain('entry 1');
    expect((document.activeElement as HTMLElement).style.top).toBe(`${9999 * ROW_HEIGHT}px`);
    expect(screen.list.activeIndex).toBe(9999);
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect((document.activeElement as HTMLElement).getAttribute('aria-posinset')).toBe('1');
  });
});
