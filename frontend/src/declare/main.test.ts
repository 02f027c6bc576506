import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDeclareDialog, readableDuration, requirementsText } from './main';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const LEVELS = {
  'SEV-1': { label: 'Critical', requires: { executiveNotification: 'PT15M', postmortem: 'required', postmortemDue: { elapsed: 'PT48H', businessDays: null } } },
  'SEV-2': { label: 'Major', requires: { executiveNotification: null, postmortem: 'required', postmortemDue: { elapsed: null, businessDays: 5 } } },
  'SEV-3': { label: 'Minor', requires: { executiveNotification: null, postmortem: 'optional', postmortemDue: null } },
  'SEV-4': { label: 'Cosmetic', requires: { executiveNotification: null, postmortem: 'none', postmortemDue: null } },
};

function server(declare: (body: Record<string, unknown>) => Response) {
  return vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/severity-levels')) return json(LEVELS);
    return declare(JSON.parse(String(init.body)));
  });
}

const dialog = () => document.querySelector<HTMLElement>('[data-testid=declare-dialog]')!;
const input = (name: string) => dialog().querySelector<HTMLInputElement>(`[name=${name}]`)!;
const submit = () => dialog().querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

afterEach(() => document.body.replaceChildren());

describe('openDeclareDialog', () => {
  it("shows each severity's meaning with the site's requirements", async () => {
    const opened = openDeclareDialog({ projectKey: 'OPS', fetchImpl: server(() => json({}, 500)), navigate: false });
    await opened.policyLoaded;

    expect(dialog().getAttribute('aria-modal')).toBe('true');
    const sev1 = dialog().querySelector('#hindsight-declare-SEV-1-meaning')!.textContent;
    expect(sev1).toContain('complete unavailability');
    expect(sev1).toContain('Critical: Executives notified within 15 min. Post-mortem required within 48 h of resolution.');
    expect(dialog().querySelector('[data-testid=requires-SEV-2]')!.textContent).toBe('Major: Post-mortem required within 5 business days of resolution.');
  });

  it('sends the form with impact started in UTC, and goes to the new incident', async () => {
    const fetchImpl = server(() => json({ key: 'OPS-42', severity: 'SEV-1', status: 'declared', summary: 'x' }, 201));
    const assign = vi.fn();
    const onDeclared = vi.fn();
    openDeclareDialog({ projectKey: 'OPS', people: [{ key: 'u1002', name: 'Sam Rivera' }], fetchImpl, assign, onDeclared });
    input('summary').value = 'Checkout returns 502';
    dialog().querySelector<HTMLInputElement>('input[value="SEV-1"]')!.checked = true;
    input('impactStartedAt').value = '2026-11-02T09:48';
    dialog().querySelector<HTMLSelectElement>('[name=commander]')!.value = 'u1002';

    submit();
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/incidents/OPS-42'));

    const sent = JSON.parse(String(fetchImpl.mock.calls.find((call) => String(call[0]).endsWith('/incidents'))![1]!.body));
    expect(sent).toEqual({ projectKey: 'OPS', summary: 'Checkout returns 502', severity: 'SEV-1',
      impactStartedAt: new Date(2026, 10, 2, 9, 48).toISOString(), commander: 'u1002' });
    expect(onDeclared).toHaveBeenCalledWith(expect.objectContaining({ key: 'OPS-42' }));
    expect(document.querySelector('[data-testid=declare-dialog]')).toBeNull();
  });

  it("shows the server's refusal next to the field it names, focused, keeping everything typed", async () => {
    const fetchImpl = server(() => json({ status: 400, code: 'invalid_input', message: 'The severity is required; when unsure, declare higher.', field: 'severity' }, 400));
    openDeclareDialog({ projectKey: 'OPS', fetchImpl, navigate: false });
    input('summary').value = 'Checkout returns 502';
    input('impactStartedAt').value = '2026-11-02T09:48';

    submit();
    await vi.waitFor(() => expect(dialog().querySelector('[data-field=severity] .hindsight-field__error')!.textContent)
      .toBe('The severity is required; when unsure, declare higher.'));
    expect(document.activeElement).toBe(dialog().querySelector('input[value="SEV-1"]'));
    expect(input('summary').value).toBe('Checkout returns 502');
    expect(input('impactStartedAt').value).toBe('2026-11-02T09:48');
  });

  it('shows a refusal without a field at the top of the form', async () => {
    const fetchImpl = server(() => json({ status: 403, code: 'forbidden', message: 'You may view OPS but not declare incidents in it.' }, 403));
    openDeclareDialog({ projectKey: 'OPS', fetchImpl, navigate: false });
    input('summary').value = 'x';

    submit();
    await vi.waitFor(() => expect(dialog().querySelector('[role=alert]')!.textContent).toBe('You may view OPS but not declare incidents in it.'));
    expect(input('summary').value).toBe('x');
  });

  it('opens from a custom event and from a marked button, and closes on Escape', () => {
    vi.stubGlobal('fetch', server(() => json({}, 500)));
    document.dispatchEvent(new CustomEvent('hindsight:declare-incident', { detail: { projectKey: 'SEC', navigate: false } }));
    expect(input('projectKey').value).toBe('SEC');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('[data-testid=declare-dialog]')).toBeNull();

    const trigger = document.createElement('button');
    trigger.dataset.hindsightDeclare = '';
    trigger.dataset.projects = 'OPS,SEC';
    document.body.appendChild(trigger);
    trigger.click();
    expect([...dialog().querySelectorAll<HTMLOptionElement>('[name=projectKey] option')].map((option) => option.value)).toEqual(['OPS', 'SEC']);
    vi.unstubAllGlobals();
  });
});

describe('requirements', () => {
  it('reads ISO durations as hours and minutes', () => {
    expect(readableDuration('PT15M')).toBe('15 min');
    expect(readableDuration('PT1H30M')).toBe('1 h 30 min');
    expect(readableDuration('P2D')).toBe('P2D');
    expect(requirementsText(LEVELS['SEV-4'].requires)).toBe('No post-mortem.');
  });
});
