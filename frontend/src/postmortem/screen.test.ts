import { fakeApi, refusal, settle } from '../platform/screens-fake-api';
import { RequestFailure } from '../platform/screens-api';
import type { PostmortemPage } from './api';
import { mountPostmortemScreen, type ScreenOptions } from './screen';

function page(overrides: Partial<PostmortemPage> = {}): PostmortemPage {
  return { incidentKey: 'OPS-1', pageId: 'p1', title: 'Post-mortem: OPS-1', version: 3, url: 'http://localhost:3000/pages/p1',
    status: 'draft', body: '<p>Sam forgot the check.</p>', findings: [
      { excerpt: 'Sam forgot the check', rule: 'person-lapse', reason: 'Names a person.', suggestion: 'The check was not enforced.' },
    ], ...overrides };
}

function memoryStorage(): ScreenOptions['storage'] & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key) };
}

function options(overrides: Partial<ScreenOptions> = {}): ScreenOptions {
  const preview = document.createElement('article');
  preview.id = 'hs-postmortem-preview';
  preview.appendChild(document.createElement('p')).textContent = 'Sam forgot the check.';
  return { incidentKey: 'OPS-1', incidentUrl: 'http://localhost:3000/incidents/OPS-1', preview, reload: vi.fn(),
    storage: memoryStorage(), ...overrides };
}

const FOLLOW_UPS = [{ key: 'ACT-1', summary: 'Add a config check', assignee: 'sam', due: '2026-12-20', priority: 'High',
  status: 'To Do', incidentKey: 'OPS-1' }];

describe('the post-mortem screen', () => {
  it('offers to generate a page the incident does not have yet', async () => {
    const root = document.createElement('div');
    const opts = options({ preview: null });
    const api = fakeApi({
      'GET /postmortems/OPS-1': () => { throw new RequestFailure({ status: 404, code: 'not_found', message: 'No page.' }); },
      'POST /postmortems/OPS-1': () => page(),
    });
    await mountPostmortemScreen(root, api, opts);
    root.querySelector<HTMLButtonElement>('[data-testid="generate"]')!.click();
    await settle();
    expect(opts.reload).toHaveBeenCalled();
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', path: '/postmortems/OPS-1' });
  });

  it('marks the findings in the preview and lists them with the suggested wording', async () => {
    const root = document.createElement('div');
    const opts = options();
    await mountPostmortemScreen(root, fakeApi({ 'GET /postmortems/OPS-1': () => page(), 'GET /follow-ups': () => FOLLOW_UPS }), opts);
    expect(opts.preview?.querySelector('mark')?.textContent).toBe('Sam forgot the check');
    const item = root.querySelector('[data-testid="findings"] li')!;
    expect(item.textContent).toContain('Names a person.');
    expect(item.textContent).toContain('The check was not enforced.');
    expect(item.querySelector('a')?.getAttribute('href')).toBe('#hs-finding-0');
  });

  it('keeps what the user typed when the server refuses the edit, with the message beside the body', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const opts = options();
    const api = fakeApi({
      'GET /postmortems/OPS-1': () => page(),
      'GET /follow-ups': () => FOLLOW_UPS,
      'PUT /postmortems/OPS-1': () => { throw refusal({ field: 'body', message: 'The page body is not well-formed storage format.' }); },
    });
    await mountPostmortemScreen(root, api, opts);
    const body = root.querySelector<HTMLTextAreaElement>('[data-testid="postmortem-body"]')!;
    body.value = '<p>The deploy pipeline did not run the check.';
    root.querySelector<HTMLFormElement>('#hs-postmortem-editor')!.requestSubmit();
    await settle();
    expect(api.calls.at(-1)).toMatchObject({ method: 'PUT', body: { version: 3, body: '<p>The deploy pipeline did not run the check.' } });
    expect(body.value).toBe('<p>The deploy pipeline did not run the check.');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.parentElement?.querySelector('.hs-field-error')?.textContent).toBe('The page body is not well-formed storage format.');
    expect(document.activeElement).toBe(body);
    expect(opts.reload).not.toHaveBeenCalled();
  });

  it('reloads after a saved edit, saying which version it is', async () => {
    const root = document.createElement('div');
    const storage = memoryStorage();
    const opts = options({ storage });
    await mountPostmortemScreen(root, fakeApi({ 'GET /postmortems/OPS-1': () => page(), 'GET /follow-ups': () => [],
      'PUT /postmortems/OPS-1': () => page({ version: 4 }) }), opts);
    root.querySelector<HTMLFormElement>('#hs-postmortem-editor')!.requestSubmit();
    await settle();
    expect(opts.reload).toHaveBeenCalled();
    expect(JSON.parse(storage.data.get('hindsight:postmortem:OPS-1')!).message).toBe('Saved as version 4.');
  });

  it('shows the follow-up report after creating follow-ups, and keeps an unsaved edit across the reload', async () => {
    const storage = memoryStorage();
    const first = document.createElement('div');
    const api = fakeApi({
      'GET /postmortems/OPS-1': () => page(),
      'GET /follow-ups': () => FOLLOW_UPS,
      'POST /postmortems/OPS-1/follow-ups': () => ({ pageChanged: true, rows: [
        { itemId: 'a1', summary: 'Add a config check', outcome: 'created', issueKey: 'ACT-1', reason: null },
        { itemId: 'a2', summary: 'Write <b>runbook</b>', outcome: 'failed', issueKey: null, reason: 'The owner is not a user.' },
      ] }),
    });
    await mountPostmortemScreen(first, api, options({ storage }));
    first.querySelector<HTMLTextAreaElement>('[data-testid="postmortem-body"]')!.value = '<p>typed, not saved</p>';
    first.querySelector<HTMLButtonElement>('[data-testid="create-follow-ups"]')!.click();
    await settle();
    const second = document.createElement('div');
    await mountPostmortemScreen(second, api, options({ storage }));
    const rows = Array.from(second.querySelectorAll('[data-testid="follow-up-report"] tbody tr'));
    expect(rows.map((row) => row.getAttribute('data-outcome'))).toEqual(['created', 'failed']);
    expect(rows[1].textContent).toContain('The owner is not a user.');
    expect(rows[1].querySelector('b')).toBeNull();
    expect(second.querySelector<HTMLTextAreaElement>('[data-testid="postmortem-body"]')!.value).toBe('<p>typed, not saved</p>');
    expect(storage.data.size).toBe(0);
  });

  it('marks a follow-up done and can reopen it', async () => {
    const root = document.createElement('div');
    const api = fakeApi({
      'GET /postmortems/OPS-1': () => page(),
      'GET /follow-ups': () => FOLLOW_UPS,
      'POST /follow-ups/ACT-1/transitions': (call) => ({ ...FOLLOW_UPS[0],
        status: (call.body as { status: string }).status === 'done' ? 'Done' : 'To Do' }),
    });
    await mountPostmortemScreen(root, api, options());
    root.querySelector<HTMLButtonElement>('[data-testid="follow-up-toggle-ACT-1"]')!.click();
    await settle();
    expect(api.calls.at(-1)).toMatchObject({ body: { status: 'done' } });
    expect(root.querySelector('[data-issue="ACT-1"]')?.textContent).toContain('Done');
    root.querySelector<HTMLButtonElement>('[data-testid="follow-up-toggle-ACT-1"]')!.click();
    await settle();
    expect(api.calls.at(-1)).toMatchObject({ body: { status: 'to-do' } });
  });

  it('says why a status move was refused', async () => {
    const root = document.createElement('div');
    const opts = options();
    await mountPostmortemScreen(root, fakeApi({ 'GET /postmortems/OPS-1': () => page(), 'GET /follow-ups': () => [],
      'POST /postmortems/OPS-1/status': () => { throw new RequestFailure({ status: 409, code: 'conflict', message: 'The page changed meanwhile.' }); } }), opts);
    root.querySelector<HTMLButtonElement>('[data-status="published"]')!.click();
    await settle();
    expect(root.querySelector('[data-testid="postmortem-status"]')?.textContent).toBe('The page changed meanwhile.');
    expect(opts.reload).not.toHaveBeenCalled();
  });
});
