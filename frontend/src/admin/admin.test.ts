import { fakeApi, refusal, settle } from '../platform/screens-fake-api';
import { el } from '../platform/screens-dom';
import { renderPolicyForm, wholeNumber, listOf, type Policy } from './policy';
import { pageOf, renderRejections, type Rejection } from './rejections';
import { renderSources, rulesForm, type Source } from './sources';
import { renderProjects } from './projects';

function policy(): Policy {
  return {
    revision: 2, changedBy: 'alex', changedAt: '2026-11-20T10:00:00Z',
    levels: {
      'SEV-1': { executiveNotification: 'PT15M', postmortem: 'required', postmortemDue: { elapsed: 'PT48H', businessDays: null } },
      'SEV-2': { executiveNotification: null, postmortem: 'required', postmortemDue: { elapsed: null, businessDays: 5 } },
    },
    businessCalendar: { timeZone: 'UTC', weekend: ['saturday', 'sunday'], holidays: ['2026-12-25'] },
    clocks: { postmortem: { dueSoon: 'PT24H', alsoNotify: [] } },
  };
}

function source(overrides: Partial<Source> = {}): Source {
  return { name: 'prod-am', type: 'alertmanager', webhookPath: '/rest/hindsight/1.0/ingest/prod-am', projects: [],
    rules: [{ name: 'checkout', match: ['service="checkout"'], project: 'OPS', group: 'g', groupBy: ['cluster'], declare: true,
      severity: 'SEV-2', severityLabel: null, severityMap: null }],
    mapping: null, rateLimit: { perSecond: 10, burst: 50 },
    credentials: { scheme: 'token', generation: 1, issuedAt: '2026-11-20T10:00:00Z', issuedBy: 'alex', previousValidUntil: null },
    ...overrides };
}

describe('the severity policy form', () => {
  it('sends the whole policy as edited, on the revision it was read at', async () => {
    const api = fakeApi({ 'PUT /admin/severity-policy': (call) => ({ ...(call.body as Policy), revision: 3 }) });
    const status = el('p', {});
    const form = renderPolicyForm(api, policy(), status);
    document.body.replaceChildren(form);
    form.querySelector<HTMLInputElement>('#hs-policy-levels-SEV-2-postmortemDue-businessDays')!.value = '3';
    form.querySelector<HTMLInputElement>('#hs-policy-weekend-friday')!.checked = true;
    form.querySelector<HTMLTextAreaElement>('#hs-policy-businessCalendar-holidays')!.value = '2026-12-25\n2026-12-26, 2027-01-01';
    form.requestSubmit();
    await settle();
    const sent = api.calls[0].body as Policy;
    expect(sent.revision).toBe(2);
    expect(sent.levels['SEV-2'].postmortemDue).toEqual({ elapsed: null, businessDays: 3 });
    expect(sent.levels['SEV-1'].executiveNotification).toBe('PT15M');
    expect(sent.levels['SEV-2'].executiveNotification).toBeNull();
    expect(sent.businessCalendar.weekend).toEqual(['friday', 'saturday', 'sunday']);
    expect(sent.businessCalendar.holidays).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(status.textContent).toBe('The policy was saved as revision 3.');
  });

  it('puts a refusal beside the field it names and keeps every value typed', async () => {
    const api = fakeApi({ 'PUT /admin/severity-policy': () => {
      throw refusal({ field: 'levels.SEV-1.postmortemDue.elapsed', message: 'Durations are ISO-8601, such as PT15M or PT48H.' });
    } });
    const form = renderPolicyForm(api, policy(), el('p', {}));
    document.body.replaceChildren(form);
    const elapsed = form.querySelector<HTMLInputElement>('#hs-policy-levels-SEV-1-postmortemDue-elapsed')!;
    elapsed.value = '48 hours';
    form.requestSubmit();
    await settle();
    expect(elapsed.nextElementSibling?.textContent).toBe('Durations are ISO-8601, such as PT15M or PT48H.');
    expect(document.activeElement).toBe(elapsed);
    expect(elapsed.value).toBe('48 hours');
  });

  it('refuses a business-day count that is not a whole number before asking the server', async () => {
    const api = fakeApi({});
    const form = renderPolicyForm(api, policy(), el('p', {}));
    document.body.replaceChildren(form);
    const days = form.querySelector<HTMLInputElement>('#hs-policy-levels-SEV-2-postmortemDue-businessDays')!;
    days.value = 'five';
    form.requestSubmit();
    await settle();
    expect(api.calls).toHaveLength(0);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.value).toBe('five');
    expect(() => wholeNumber('1.5', 'x')).toThrow();
    expect(wholeNumber(' 7 ', 'x')).toBe(7);
    expect(listOf(' a, b\n\nc ')).toEqual(['a', 'b', 'c']);
  });
});

describe('webhook sources', () => {
  it('shows a new secret once, with a copy button, and never again after it is dismissed', async () => {
    let sources: Source[] = [];
    const api = fakeApi({
      'GET /ingest-sources': () => sources,
      'POST /ingest-sources': (call) => {
        const body = call.body as { name: string };
        sources = [source({ name: body.name })];
        return source({ name: body.name, secret: 's3cr3t-token' });
      },
    });
    const container = el('section', {});
    document.body.replaceChildren(container);
    await renderSources(api, container);
    container.querySelector<HTMLInputElement>('#hs-source-name')!.value = 'prod-am';
    container.querySelector<HTMLFormElement>('#hs-source-create')!.requestSubmit();
    await settle();
    expect(container.querySelector('[data-testid="issued-secret"]')?.textContent).toBe('s3cr3t-token');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    container.querySelector<HTMLButtonElement>('[data-testid="copy-secret"]')!.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith('s3cr3t-token');
    container.querySelector<HTMLButtonElement>('[data-testid="dismiss-secret"]')!.click();
    expect(container.textContent).not.toContain('s3cr3t-token');
    expect(container.querySelector('[data-source="prod-am"]')?.textContent).not.toContain('s3cr3t');
    expect(container.querySelector<HTMLInputElement>('#hs-source-name')!.value).toBe('');
  });

  it('keeps the create form as typed when the server refuses, with the message at the named field', async () => {
    const api = fakeApi({ 'GET /ingest-sources': () => [],
      'POST /ingest-sources': () => { throw refusal({ field: 'name', message: 'A source name is 1 to 64 letters.' }); } });
    const container = el('section', {});
    document.body.replaceChildren(container);
    await renderSources(api, container);
    const name = container.querySelector<HTMLInputElement>('#hs-source-name')!;
    name.value = 'bad name!';
    container.querySelector<HTMLFormElement>('#hs-source-create')!.requestSubmit();
    await settle();
    expect(name.value).toBe('bad name!');
    expect(name.nextElementSibling?.textContent).toBe('A source name is 1 to 64 letters.');
  });

  it('rotates a secret with the grace period typed, showing the new secret once', async () => {
    const api = fakeApi({ 'GET /ingest-sources': () => [source()],
      'POST /ingest-sources/prod-am/rotate-secret': () => source({ secret: 'new-one' }) });
    const container = el('section', {});
    document.body.replaceChildren(container);
    await renderSources(api, container);
    const rotate = container.querySelector<HTMLFormElement>('[data-testid="rotate-prod-am"]')!;
    rotate.querySelector<HTMLInputElement>('input')!.value = '60';
    rotate.requestSubmit();
    await settle();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({ graceMinutes: 60 });
    expect(container.querySelector('[data-testid="issued-secret"]')?.textContent).toBe('new-one');
  });

  it('saves routing rules with the settings it does not edit unchanged, errors beside the rule field', async () => {
    const api = fakeApi({ 'PUT /ingest-sources/prod-am': () => {
      throw refusal({ field: 'rules[0].match[0]', message: 'The regular expression for service is not valid.' });
    } });
    const form = rulesForm(api, source(), () => undefined);
    document.body.replaceChildren(form);
    const match = form.querySelector<HTMLTextAreaElement>('textarea')!;
    match.value = 'service=~"("';
    form.requestSubmit();
    await settle();
    const sent = api.calls[0].body as { rules: Source['rules']; rateLimit: unknown; projects: unknown };
    expect(sent.rules[0]).toMatchObject({ name: 'checkout', match: ['service=~"("'], project: 'OPS', group: 'g', groupBy: ['cluster'] });
    expect(sent.rateLimit).toEqual({ perSecond: 10, burst: 50 });
    expect(match.nextElementSibling?.textContent).toBe('The regular expression for service is not valid.');
    expect(match.value).toBe('service=~"("');
  });
});

describe('rejected deliveries', () => {
  const rejections: Rejection[] = Array.from({ length: 45 }, (_, i) => ({ id: i, source: 'prod-am', receivedAt: '2026-11-22T10:00:00Z',
    status: 401, code: 'unauthorized', message: `bad token ${i}`, excerpt: '<script>x</script>' }));

  it('pages the table', () => {
    expect(pageOf(rejections, 0).rows).toHaveLength(20);
    expect(pageOf(rejections, 2).rows).toHaveLength(5);
    expect(pageOf(rejections, 9).page).toBe(2);
    expect(pageOf([], 0)).toEqual({ rows: [], page: 0, pages: 1 });
  });

  it('shows the newest first page, moves through pages, and keeps excerpts as text', async () => {
    const api = fakeApi({ 'GET /ingest-rejections': () => rejections });
    const container = el('section', {});
    await renderRejections(api, container);
    expect(container.querySelectorAll('[data-testid="rejections"] tbody tr')).toHaveLength(20);
    expect(container.querySelector('script')).toBeNull();
    const next = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Next page')!;
    next.click();
    expect(container.querySelector('[data-testid="rejections"] tbody tr')?.textContent).toContain('bad token 20');
    expect(api.calls[0].params).toMatchObject({ limit: 500 });
  });
});

describe('projects', () => {
  it('lists the embedded host projects read-only', async () => {
    const container = el('section', {});
    await renderProjects(fakeApi({}), container, 'host', ['OPS', 'SEC']);
    expect(Array.from(container.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['OPS', 'SEC']);
    expect(container.querySelector('button')).toBeNull();
  });

  it('lists the projects Hindsight is on for in Jira, and turns one off', async () => {
    let enabled = true;
    const api = fakeApi({
      'GET /admin/projects': () => (enabled ? [{ projectKey: 'OPS', projectName: 'Operations', enabled: true, recordComments: false,
        workflowMapped: true, changes: [] }] : []),
      'DELETE /admin/projects/OPS': () => { enabled = false; return {}; },
    });
    const container = el('section', {});
    await renderProjects(api, container, 'jira', []);
    expect(container.textContent).toContain('OPS Operations');
    container.querySelector<HTMLButtonElement>('li button')!.click();
    await settle();
    expect(container.textContent).toContain('Hindsight is on for no project yet.');
  });
});
