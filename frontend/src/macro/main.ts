import { ApiFailure, postToMacroResource, safeHref, type AuthoriseAnswer, type FollowUpsAnswer, type PageAnswer }
  from './api';

/**
 * Wires the buttons of every Hindsight post-mortem macro on the page (rendered by PostmortemMacro): "Generate
 * post-mortem" and "Create follow-up issues" post JSON to the macro's REST resource and say what happened in the
 * macro's status line; a Jira that needs authorising gets an "Authorise" link, not an error.
 */
export function mountMacro(root: HTMLElement, fetchImpl: typeof fetch = fetch): void {
  const incidentKey = root.dataset.incidentKey ?? '';
  const pageId = root.dataset.pageId ?? '';
  const status = root.querySelector<HTMLElement>('.hindsight-postmortem-macro-result');
  if (!incidentKey || !status) return;
  const contextPath = document.querySelector<HTMLMetaElement>('meta[name="ajs-context-path"]')?.content ?? '';

  const run = async (button: HTMLButtonElement, action: () => Promise<void>): Promise<void> => {
    button.disabled = true;
    status.replaceChildren(AJS.I18n.getText('hindsight.ui.macro.working'));
    try {
      await action();
    } catch (error) {
      status.replaceChildren(error instanceof ApiFailure && error.message ? error.message
        : AJS.I18n.getText('hindsight.ui.macro.failed'));
    } finally {
      button.disabled = false;
    }
  };

  const generate = root.querySelector<HTMLButtonElement>('.hindsight-postmortem-generate');
  generate?.addEventListener('click', () => void run(generate, async () => {
    const answer = await postToMacroResource<PageAnswer | AuthoriseAnswer>(contextPath, incidentKey, '',
      { pageId: pageId === '' ? null : Number(pageId) }, fetchImpl);
    if (answer.outcome === 'authorise') {
      showAuthorise(status, answer.authoriseUrl);
      return;
    }
    const text = answer.created ? AJS.I18n.getText('hindsight.ui.macro.generated')
      : AJS.I18n.getText('hindsight.ui.macro.existing');
    status.replaceChildren(text, ' ', link(answer.url, AJS.I18n.getText('hindsight.ui.macro.open')) ?? '');
    generate.hidden = true;
  }));

  const followUps = root.querySelector<HTMLButtonElement>('.hindsight-postmortem-follow-ups');
  followUps?.addEventListener('click', () => void run(followUps, async () => {
    const answer = await postToMacroResource<FollowUpsAnswer | AuthoriseAnswer>(contextPath, incidentKey,
      '/follow-ups', {}, fetchImpl);
    if (answer.outcome === 'authorise' && !('rows' in answer)) {
      showAuthorise(status, answer.authoriseUrl);
      return;
    }
    showFollowUps(status, answer as FollowUpsAnswer);
  }));
}

function showAuthorise(status: HTMLElement, url: string | undefined): void {
  status.replaceChildren(AJS.I18n.getText('hindsight.ui.macro.authorise'), ' ',
    link(url, AJS.I18n.getText('hindsight.ui.macro.authorise.link')) ?? '');
}

function showFollowUps(status: HTMLElement, answer: FollowUpsAnswer): void {
  const count = (outcome: string): number => answer.rows.filter((row) => row.outcome === outcome).length;
  const created = count('created') + count('found-from-earlier-run');
  const failed = answer.rows.filter((row) => row.outcome === 'failed');
  const summary = document.createElement('span');
  summary.textContent = AJS.I18n.getText('hindsight.ui.macro.followups.done', created, count('already-linked'),
    failed.length);
  const parts: Array<Node | string> = [summary];
  if (failed.length > 0) {
    const list = document.createElement('ul');
    for (const row of failed) {
      const item = document.createElement('li');
      item.textContent = AJS.I18n.getText('hindsight.ui.macro.followups.failed', row.summary, row.reason ?? '');
      list.append(item);
    }
    parts.push(list);
  }
  if (answer.outcome === 'authorise') {
    parts.push(AJS.I18n.getText('hindsight.ui.macro.authorise'), ' ',
      link(answer.authoriseUrl, AJS.I18n.getText('hindsight.ui.macro.authorise.link')) ?? '');
  }
  status.replaceChildren(...parts);
}

function link(url: string | undefined, text: string): HTMLAnchorElement | null {
  const href = safeHref(url);
  if (href === null) return null;
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

if (typeof document !== 'undefined') {
  const mountAll = (): void => document.querySelectorAll<HTMLElement>('.hindsight-postmortem-macro[data-incident-key]')
    .forEach((root) => mountMacro(root));
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
}
