import { mountMacro } from './main';

function macro(buttons: string): HTMLElement {
  document.head.innerHTML = '<meta name="ajs-context-path" content="/wiki">';
  document.body.innerHTML = `<div class="hindsight-postmortem-macro" data-incident-key="OPS-1" data-page-id="42">
    ${buttons}<p class="hindsight-postmortem-macro-result" role="status"></p></div>`;
  return document.querySelector<HTMLElement>('.hindsight-postmortem-macro')!;
}

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status,
    headers: { 'Content-Type': 'application/json' } }));
}

async function click(root: HTMLElement, selector: string): Promise<HTMLElement> {
  root.querySelector<HTMLButtonElement>(selector)!.click();
  await vi.waitFor(() => {
    expect(root.querySelector('.hindsight-postmortem-macro-result')!.textContent).not.toBe('Working…');
  });
  return root.querySelector<HTMLElement>('.hindsight-postmortem-macro-result')!;
}

describe('post-mortem macro buttons', () => {
  it('generates with a JSON post naming the macro page, then links the new page', async () => {
    const root = macro('<button class="hindsight-postmortem-generate">Generate post-mortem</button>');
    const fetchImpl = answering(201, { outcome: 'done', id: '100', title: 'Post-mortem: OPS-1', version: 1,
      url: 'https://wiki.test/pages/viewpage.action?pageId=100', created: true });
    mountMacro(root, fetchImpl);

    const status = await click(root, '.hindsight-postmortem-generate');

    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${window.location.origin}/wiki/rest/hindsight/1.0/confluence/postmortems/OPS-1`);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({ pageId: 42 });
    expect(status.textContent).toBe('The post-mortem page is ready. Open post-mortem');
    expect(status.querySelector('a')!.getAttribute('href')).toBe('https://wiki.test/pages/viewpage.action?pageId=100');
    expect(root.querySelector<HTMLButtonElement>('.hindsight-postmortem-generate')!.hidden).toBe(true);
  });

  it('offers the existing page when the incident already has one', async () => {
    const root = macro('<button class="hindsight-postmortem-generate">Generate post-mortem</button>');
    mountMacro(root, answering(200, { outcome: 'done', id: '100', title: 'x', version: 3,
      url: 'https://wiki.test/pages/viewpage.action?pageId=100', created: false }));

    const status = await click(root, '.hindsight-postmortem-generate');

    expect(status.textContent).toBe('This incident already has a post-mortem page. Open post-mortem');
  });

  it('shows an Authorise link, never a script address, when Jira needs the user first', async () => {
    const root = macro('<button class="hindsight-postmortem-generate">Generate post-mortem</button>');
    mountMacro(root, answering(200, { outcome: 'authorise', authoriseUrl: 'https://jira.test/authorize?a=1' }));
    const status = await click(root, '.hindsight-postmortem-generate');
    expect(status.querySelector('a')!.href).toBe('https://jira.test/authorize?a=1');
    expect(status.textContent).toContain('Jira needs your permission first');

    const hostile = macro('<button class="hindsight-postmortem-generate">Generate post-mortem</button>');
    mountMacro(hostile, answering(200, { outcome: 'authorise', authoriseUrl: 'javascript:alert(1)' }));
    const refused = await click(hostile, '.hindsight-postmortem-generate');
    expect(refused.querySelector('a')).toBeNull();
  });

  it('says what the server refused, as text', async () => {
    const root = macro('<button class="hindsight-postmortem-generate">Generate post-mortem</button>');
    mountMacro(root, answering(403, { status: 403, code: 'forbidden',
      message: 'You may not create the post-mortem of OPS-1. <b>' }));

    const status = await click(root, '.hindsight-postmortem-generate');

    expect(status.textContent).toBe('You may not create the post-mortem of OPS-1. <b>');
    expect(status.querySelector('b')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('.hindsight-postmortem-generate')!.disabled).toBe(false);
  });

  it('reports created, linked and failed follow-ups with each failure reason', async () => {
    const root = macro('<button class="hindsight-postmortem-follow-ups">Create follow-up issues</button>');
    const fetchImpl = answering(200, { outcome: 'done', pageChanged: true, rows: [
      { itemId: 'a', summary: 'Add a check', outcome: 'created', issueKey: 'ACT-1' },
      { itemId: 'b', summary: 'Runbook', outcome: 'already-linked', issueKey: 'ACT-2' },
      { itemId: 'c', summary: 'Alert <i>', outcome: 'failed', reason: 'Owner not assignable' }] });
    mountMacro(root, fetchImpl);

    const status = await click(root, '.hindsight-postmortem-follow-ups');

    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${window.location.origin}/wiki/rest/hindsight/1.0/confluence/postmortems/OPS-1/follow-ups`);
    expect(init.body).toBe('{}');
    expect(status.querySelector('span')!.textContent)
      .toBe('Follow-up issues: 1 created, 1 already linked, 1 not created.');
    expect(status.querySelector('li')!.textContent).toBe('Alert <i>: Owner not assignable');
  });
});
