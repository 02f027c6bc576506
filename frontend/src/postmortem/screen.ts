import { messageOf, RequestFailure, type Api } from '../platform/screens-api';
import { button, el, lozenge, safeLink, type Tone } from '../platform/screens-dom';
import { clearErrors, field, showError } from '../platform/screens-forms';
import { postmortems, type Finding, type FollowUpIssue, type FollowUpReport, type PostmortemPage } from './api';
import { highlightFindings } from './highlight';

export interface ScreenOptions {
  incidentKey: string;
  incidentUrl: string;
  /** The host's rendering of the page, if it has been generated. */
  preview: HTMLElement | null;
  /** Shows the page as the server now has it; the host renders the preview, so a change means a reload. */
  reload: () => void;
  /** Carries the outcome of a change (and any unsaved edit) across that reload. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** What survives the reload after a change: a message, a follow-up report, and an edit not yet saved. */
interface Carried {
  message?: string;
  report?: FollowUpReport;
  draft?: { version: number; body: string };
}

const STATUSES: Array<{ code: 'draft' | 'in-review' | 'published'; tone: Tone }> = [
  { code: 'draft', tone: 'default' }, { code: 'in-review', tone: 'inprogress' }, { code: 'published', tone: 'success' },
];

function statusText(code: string | null): string {
  switch (code) {
    case 'draft': return AJS.I18n.getText('hindsight.ui.postmortem.status.draft');
    case 'in-review': return AJS.I18n.getText('hindsight.ui.postmortem.status.inReview');
    case 'published': return AJS.I18n.getText('hindsight.ui.postmortem.status.published');
    default: return AJS.I18n.getText('hindsight.ui.postmortem.status.none');
  }
}

function outcomeTone(outcome: string): Tone {
  if (outcome === 'created') return 'success';
  if (outcome === 'already-linked') return 'default';
  return 'removed';
}

export function findingsList(findings: Finding[], marked: Array<HTMLElement | null>): HTMLElement {
  if (findings.length === 0) {
    return el('p', { 'data-testid': 'no-findings' }, AJS.I18n.getText('hindsight.ui.postmortem.findings.none'));
  }
  return el('ol', { class: 'hs-findings', 'data-testid': 'findings' }, ...findings.map((finding, index) => el('li', {},
    el('q', {}, finding.excerpt), ' ', finding.reason, ' ',
    finding.suggestion ? el('em', {}, AJS.I18n.getText('hindsight.ui.postmortem.findings.suggestion', finding.suggestion)) : null,
    ' ',
    marked[index] ? el('a', { href: `#hs-finding-${index}` }, AJS.I18n.getText('hindsight.ui.postmortem.findings.show'))
      : el('span', { class: 'hs-subtle' }, AJS.I18n.getText('hindsight.ui.postmortem.findings.notMarked')))));
}

export function reportTable(report: FollowUpReport): HTMLElement {
  if (report.rows.length === 0) {
    return el('p', { 'data-testid': 'follow-up-report' }, AJS.I18n.getText('hindsight.ui.postmortem.report.empty'));
  }
  return el('table', { 'data-testid': 'follow-up-report' },
    el('caption', {}, AJS.I18n.getText('hindsight.ui.postmortem.report.caption')),
    el('thead', {}, el('tr', {}, ...[
      AJS.I18n.getText('hindsight.ui.postmortem.col.item'), AJS.I18n.getText('hindsight.ui.postmortem.col.outcome'),
      AJS.I18n.getText('hindsight.ui.postmortem.col.issue'), AJS.I18n.getText('hindsight.ui.postmortem.col.reason'),
    ].map((text) => el('th', { scope: 'col' }, text)))),
    el('tbody', {}, ...report.rows.map((row) => el('tr', { 'data-outcome': row.outcome },
      el('td', {}, row.summary), el('td', {}, lozenge(row.outcome, outcomeTone(row.outcome))),
      el('td', {}, row.issueKey ?? ''), el('td', {}, row.reason ?? '')))));
}

export async function mountPostmortemScreen(root: HTMLElement, api: Api, options: ScreenOptions): Promise<void> {
  const key = options.incidentKey;
  const carriedKey = `hindsight:postmortem:${key}`;
  const carried: Carried = JSON.parse(options.storage.getItem(carriedKey) ?? '{}') as Carried;
  options.storage.removeItem(carriedKey);

  const status = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'postmortem-status' },
    carried.message ?? '');
  const toolbar = el('div', { class: 'hs-toolbar' });
  const body = el('div', {});
  root.replaceChildren(el('div', { class: 'hs-screen hs-postmortem' },
    el('p', {}, safeLink(options.incidentUrl, key)),
    el('h1', {}, AJS.I18n.getText('hindsight.ui.postmortem.title', key)), toolbar, status, body));

  const reloadWith = (change: Carried, editor?: { textarea: HTMLTextAreaElement; version: number; original: string }) => {
    const next: Carried = { ...change };
    if (editor && editor.textarea.value !== editor.original) next.draft = { version: editor.version, body: editor.textarea.value };
    options.storage.setItem(carriedKey, JSON.stringify(next));
    options.reload();
  };

  let page: PostmortemPage;
  try {
    page = await postmortems.get(api, key);
  } catch (error) {
    if (error instanceof RequestFailure && error.error.status === 404) {
      const generate = button(AJS.I18n.getText('hindsight.ui.postmortem.generate'),
        { class: 'hs-button hs-button--primary', 'data-testid': 'generate' }, async () => {
          generate.disabled = true;
          status.textContent = AJS.I18n.getText('hindsight.ui.postmortem.working');
          try {
            await postmortems.generate(api, key);
            reloadWith({ message: AJS.I18n.getText('hindsight.ui.postmortem.generated') });
          } catch (failure) {
            status.textContent = messageOf(failure);
            generate.disabled = false;
          }
        });
      toolbar.appendChild(generate);
      body.appendChild(el('p', {}, AJS.I18n.getText('hindsight.ui.postmortem.notGenerated')));
      return;
    }
    status.textContent = messageOf(error);
    return;
  }

  // The editor: the page body in storage format, saved on the version it was opened at.
  const textarea = el('textarea', { rows: 24, spellcheck: 'true', 'data-testid': 'postmortem-body' });
  textarea.id = 'hs-postmortem-body';
  const draft = carried.draft && carried.draft.version === page.version ? carried.draft : undefined;
  textarea.value = draft ? draft.body : page.body;
  const editor = { textarea, version: page.version, original: page.body };
  const save = el('button', { type: 'submit', class: 'hs-button hs-button--primary', 'data-testid': 'save' },
    AJS.I18n.getText('hindsight.ui.postmortem.save'));
  const form = el('form', { id: 'hs-postmortem-editor', 'aria-labelledby': 'hs-postmortem-editor-title' },
    el('h2', { id: 'hs-postmortem-editor-title' }, AJS.I18n.getText('hindsight.ui.postmortem.editor.title')),
    draft ? el('p', { role: 'note' }, AJS.I18n.getText('hindsight.ui.postmortem.editor.kept')) : null,
    field(AJS.I18n.getText('hindsight.ui.postmortem.editor.body'), textarea, 'body',
      AJS.I18n.getText('hindsight.ui.postmortem.editor.hint')),
    save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    clearErrors(form);
    status.textContent = AJS.I18n.getText('hindsight.ui.postmortem.working');
    try {
      const saved = await postmortems.save(api, key, page.version, textarea.value);
      options.storage.setItem(carriedKey, JSON.stringify({ message: AJS.I18n.getText('hindsight.ui.postmortem.saved', saved.version) }));
      options.reload();
    } catch (error) {
      // The text stays as typed; the refusal goes next to the body (or atop the form for a version conflict).
      showError(form, error, messageOf(error));
      status.textContent = messageOf(error);
      save.disabled = false;
    }
  });

  // Status buttons: the current one is pressed; the server says which moves the incident allows.
  toolbar.appendChild(el('span', {}, AJS.I18n.getText('hindsight.ui.postmortem.status.label'), ' ',
    lozenge(statusText(page.status), STATUSES.find((entry) => entry.code === page.status)?.tone ?? 'default')));
  for (const entry of STATUSES) {
    const move = button(AJS.I18n.getText('hindsight.ui.postmortem.status.move', statusText(entry.code)),
      { 'aria-pressed': String(entry.code === page.status), 'data-status': entry.code }, async () => {
        move.disabled = true;
        status.textContent = AJS.I18n.getText('hindsight.ui.postmortem.working');
        try {
          await postmortems.status(api, key, entry.code);
          reloadWith({ message: AJS.I18n.getText('hindsight.ui.postmortem.moved', statusText(entry.code)) }, editor);
        } catch (error) {
          status.textContent = messageOf(error);
          move.disabled = false;
        }
      });
    move.disabled = entry.code === page.status;
    toolbar.appendChild(move);
  }
  const createFollowUps = button(AJS.I18n.getText('hindsight.ui.postmortem.followUps.create'),
    { class: 'hs-button hs-button--primary', 'data-testid': 'create-follow-ups' }, async () => {
      createFollowUps.disabled = true;
      status.textContent = AJS.I18n.getText('hindsight.ui.postmortem.working');
      try {
        const report = await postmortems.createFollowUps(api, key);
        reloadWith({ message: AJS.I18n.getText('hindsight.ui.postmortem.followUps.done', report.rows.length), report }, editor);
      } catch (error) {
        status.textContent = messageOf(error);
        createFollowUps.disabled = false;
      }
    });
  toolbar.appendChild(createFollowUps);

  const findings = page.findings ?? [];
  const marks = options.preview ? highlightFindings(options.preview, findings).map((entry) => entry.mark) : findings.map(() => null);
  const followUpSection = el('section', { 'aria-labelledby': 'hs-follow-ups-title' },
    el('h2', { id: 'hs-follow-ups-title' }, AJS.I18n.getText('hindsight.ui.postmortem.followUps.title')));
  if (carried.report) followUpSection.appendChild(reportTable(carried.report));
  const followUpList = el('div', { 'aria-live': 'polite' });
  followUpSection.appendChild(followUpList);

  body.append(
    el('p', {}, safeLink(page.url, AJS.I18n.getText('hindsight.ui.postmortem.version', page.version))),
    options.preview ?? el('p', {}, AJS.I18n.getText('hindsight.ui.postmortem.noPreview')),
    el('section', { 'aria-labelledby': 'hs-findings-title' },
      el('h2', { id: 'hs-findings-title' }, AJS.I18n.getText('hindsight.ui.postmortem.findings.title', findings.length)),
      findingsList(findings, marks)),
    followUpSection,
    form);
  await renderFollowUps(api, key, followUpList);
}

/** The incident's follow-up issues with owner, due date and status, each with a button to close or reopen it. */
export async function renderFollowUps(api: Api, key: string, container: HTMLElement): Promise<void> {
  let issues: FollowUpIssue[];
  try {
    issues = await postmortems.followUps(api, key);
  } catch (error) {
    container.replaceChildren(el('p', { role: 'alert' }, messageOf(error)));
    return;
  }
  if (issues.length === 0) {
    container.replaceChildren(el('p', {}, AJS.I18n.getText('hindsight.ui.postmortem.followUps.none')));
    return;
  }
  const rowStatus = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite' });
  const row = (issue: FollowUpIssue): HTMLElement => {
    const done = issue.status.toLowerCase() === 'done';
    const toggle = button(done ? AJS.I18n.getText('hindsight.ui.postmortem.followUps.reopen', issue.key)
      : AJS.I18n.getText('hindsight.ui.postmortem.followUps.markDone', issue.key),
    { 'data-testid': `follow-up-toggle-${issue.key}` }, async () => {
      toggle.disabled = true;
      try {
        const moved = await postmortems.moveFollowUp(api, issue.key, done ? 'to-do' : 'done');
        const replacement = row(moved);
        tr.replaceWith(replacement);
        rowStatus.textContent = AJS.I18n.getText('hindsight.ui.postmortem.followUps.moved', moved.key, moved.status);
        replacement.querySelector('button')?.focus();
      } catch (error) {
        rowStatus.textContent = messageOf(error);
        toggle.disabled = false;
      }
    });
    const tr = el('tr', { 'data-issue': issue.key },
      el('td', {}, issue.key), el('td', {}, issue.summary), el('td', {}, issue.assignee ?? ''),
      el('td', {}, issue.due ?? ''), el('td', {}, lozenge(issue.status, done ? 'success' : 'default')), el('td', {}, toggle));
    return tr;
  };
  container.replaceChildren(el('table', { 'data-testid': 'follow-ups' },
    el('thead', {}, el('tr', {}, ...[
      AJS.I18n.getText('hindsight.ui.postmortem.col.issue'), AJS.I18n.getText('hindsight.ui.postmortem.col.item'),
      AJS.I18n.getText('hindsight.ui.postmortem.col.owner'), AJS.I18n.getText('hindsight.ui.postmortem.col.due'),
      AJS.I18n.getText('hindsight.ui.postmortem.col.status'), AJS.I18n.getText('hindsight.ui.postmortem.col.action'),
    ].map((text) => el('th', { scope: 'col' }, text)))),
    el('tbody', {}, ...issues.map(row))), rowStatus);
}
