import { messageOf, type Api } from '../platform/screens-api';
import { button, el, utc } from '../platform/screens-dom';
import { clearErrors, field, showError } from '../platform/screens-forms';
import { listOf, wholeNumber } from './policy';

// Webhook sources: the list with each secret's state (never its value), a form to create one, secret rotation
// with a grace period, and each source's routing rules. A token is shown once, in the answer that issues it, with a
// copy button; it is dropped from the page as soon as the admin dismisses it and is never stored.

export interface RoutingRule {
  name: string;
  match: string[];
  project: string | null;
  group: string | null;
  groupBy: string[] | null;
  declare: boolean | null;
  severity: string | null;
  severityLabel: string | null;
  severityMap: Record<string, string> | null;
}

export interface Source {
  name: string;
  type: string;
  webhookPath: string;
  projects: string[];
  rules: RoutingRule[];
  mapping: Record<string, string | null> | null;
  rateLimit: { perSecond: number; burst: number } | null;
  credentials: { scheme: string; generation: number; issuedAt: string; issuedBy: string | null; previousValidUntil: string | null };
  secret?: string;
}

export const TYPES = ['alertmanager', 'grafana', 'pagerduty', 'deploy', 'generic'];
const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'];

/** The one-time view of a new secret, with a copy button; dismissing it removes the secret from the page. */
export function secretPanel(source: Source, onDismiss: () => void): HTMLElement {
  const value = el('code', { class: 'hs-secret', 'data-testid': 'issued-secret' }, source.secret ?? '');
  const copied = el('span', { role: 'status', 'aria-live': 'polite' });
  const panel = el('div', { class: 'hs-card', role: 'region', 'aria-label': AJS.I18n.getText('hindsight.ui.admin.secret.title', source.name) },
    el('h3', {}, AJS.I18n.getText('hindsight.ui.admin.secret.title', source.name)),
    el('p', {}, AJS.I18n.getText('hindsight.ui.admin.secret.once')),
    value, ' ',
    button(AJS.I18n.getText('hindsight.ui.admin.secret.copy'), { 'data-testid': 'copy-secret' }, async () => {
      try {
        await navigator.clipboard.writeText(source.secret ?? '');
        copied.textContent = AJS.I18n.getText('hindsight.ui.admin.secret.copied');
      } catch {
        copied.textContent = AJS.I18n.getText('hindsight.ui.admin.secret.copyFailed');
      }
    }),
    copied, ' ',
    button(AJS.I18n.getText('hindsight.ui.admin.secret.dismiss'), { 'data-testid': 'dismiss-secret' }, () => {
      value.textContent = '';
      panel.remove();
      onDismiss();
    }));
  return panel;
}

function credentialText(source: Source): string {
  const credentials = source.credentials;
  const base = AJS.I18n.getText('hindsight.ui.admin.sources.generation', credentials.generation, utc(credentials.issuedAt),
    credentials.issuedBy ?? '-');
  return credentials.previousValidUntil
    ? `${base} ${AJS.I18n.getText('hindsight.ui.admin.sources.previous', utc(credentials.previousValidUntil))}` : base;
}

function textInput(value: string, attributes: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', ...attributes });
  input.value = value;
  return input;
}

let formCount = 0;

function rotateForm(api: Api, source: Source, onIssued: (source: Source) => void): HTMLFormElement {
  formCount += 1;
  const grace = textInput('1440', { inputmode: 'numeric', id: `hs-rotate-grace-${formCount}` });
  const secret = textInput('', { id: `hs-rotate-secret-${formCount}`, autocomplete: 'off' });
  const submit = el('button', { type: 'submit', class: 'hs-button' }, AJS.I18n.getText('hindsight.ui.admin.rotate.submit'));
  const form = el('form', { class: 'hs-rotate', id: `hs-rotate-${formCount}`, 'data-testid': `rotate-${source.name}` },
    field(AJS.I18n.getText('hindsight.ui.admin.rotate.grace'), grace, 'graceMinutes', AJS.I18n.getText('hindsight.ui.admin.rotate.graceHint')),
    source.type === 'pagerduty' ? field(AJS.I18n.getText('hindsight.ui.admin.sources.secret'), secret, 'secret') : null,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    try {
      const body: Record<string, unknown> = { graceMinutes: wholeNumber(grace.value, 'graceMinutes') };
      if (source.type === 'pagerduty') body.secret = secret.value;
      onIssued(await api.send<Source>('POST', `/ingest-sources/${encodeURIComponent(source.name)}/rotate-secret`, body));
    } catch (error) {
      showError(form, error, messageOf(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The routing rules of one source as editable rows; saving sends the source's settings whole, rules replaced. */
export function rulesForm(api: Api, source: Source, onSaved: (source: Source) => void): HTMLFormElement {
  formCount += 1;
  const id = `hs-rules-${formCount}`;
  const rows = el('div', {});
  type RowReader = () => RoutingRule;
  const readers: RowReader[] = [];
  const addRow = (rule: RoutingRule | null) => {
    const index = readers.length;
    const prefix = `rules[${index}]`;
    const name = textInput(rule?.name ?? '', { id: `${id}-${index}-name` });
    const match = el('textarea', { rows: 2, id: `${id}-${index}-match` });
    match.value = (rule?.match ?? []).join('\n');
    const project = textInput(rule?.project ?? '', { id: `${id}-${index}-project` });
    const severity = el('select', { id: `${id}-${index}-severity` },
      ...SEVERITIES.map((code) => el('option', { value: code, selected: code === (rule?.severity ?? 'SEV-3') }, code)));
    const declare = el('input', { type: 'checkbox', id: `${id}-${index}-declare` });
    declare.checked = rule?.declare ?? true;
    const row = el('fieldset', { class: 'hs-card', 'data-field': prefix, tabindex: '-1', id: `${id}-${index}` },
      el('legend', {}, AJS.I18n.getText('hindsight.ui.admin.rules.rule', index + 1)),
      field(AJS.I18n.getText('hindsight.ui.admin.rules.name'), name, `${prefix}.name`),
      field(AJS.I18n.getText('hindsight.ui.admin.rules.match'), match, `${prefix}.match`, AJS.I18n.getText('hindsight.ui.admin.rules.matchHint')),
      field(AJS.I18n.getText('hindsight.ui.admin.rules.project'), project, `${prefix}.project`),
      field(AJS.I18n.getText('hindsight.ui.admin.rules.severity'), severity, `${prefix}.severity`),
      el('label', { for: declare.id, class: 'hs-check' }, declare, ' ', AJS.I18n.getText('hindsight.ui.admin.rules.declare')));
    rows.appendChild(row);
    // What the form does not edit (group, groupBy, severity label and map) is sent back as it was.
    readers.push(() => ({ ...(rule ?? { group: null, groupBy: null, severityLabel: null, severityMap: null }),
      name: name.value.trim(), match: listOf(match.value), project: project.value.trim() === '' ? null : project.value.trim(),
      severity: severity.value, declare: declare.checked } as RoutingRule));
  };
  source.rules.forEach(addRow);
  const save = el('button', { type: 'submit', class: 'hs-button hs-button--primary' }, AJS.I18n.getText('hindsight.ui.admin.rules.save'));
  const saved = el('span', { role: 'status', 'aria-live': 'polite' });
  const form = el('form', { id, 'data-testid': `rules-${source.name}` },
    el('h4', {}, AJS.I18n.getText('hindsight.ui.admin.rules.title', source.name)), rows,
    button(AJS.I18n.getText('hindsight.ui.admin.rules.add'), {}, () => addRow(null)), save, saved);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    save.disabled = true;
    try {
      const updated = await api.send<Source>('PUT', `/ingest-sources/${encodeURIComponent(source.name)}`, {
        projects: source.projects, rules: readers.map((read) => read()), mapping: source.mapping, rateLimit: source.rateLimit,
      });
      saved.textContent = AJS.I18n.getText('hindsight.ui.admin.rules.saved');
      onSaved(updated);
    } catch (error) {
      showError(form, error, messageOf(error));
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

function createForm(api: Api, onCreated: (source: Source) => void): HTMLFormElement {
  const name = textInput('', { id: 'hs-source-name', autocomplete: 'off' });
  const type = el('select', { id: 'hs-source-type' }, ...TYPES.map((code) => el('option', { value: code }, code)));
  const secret = textInput('', { id: 'hs-source-secret', autocomplete: 'off' });
  const projects = textInput('', { id: 'hs-source-projects' });
  const summary = textInput('', { id: 'hs-source-summary', placeholder: '/title' });
  const secretRow = field(AJS.I18n.getText('hindsight.ui.admin.sources.secret'), secret, 'secret',
    AJS.I18n.getText('hindsight.ui.admin.sources.secretHint'));
  const summaryRow = field(AJS.I18n.getText('hindsight.ui.admin.sources.summary'), summary, 'mapping.summary',
    AJS.I18n.getText('hindsight.ui.admin.sources.summaryHint'));
  const typeChanged = () => {
    secretRow.hidden = type.value !== 'pagerduty';
    summaryRow.hidden = type.value !== 'generic';
  };
  type.addEventListener('change', typeChanged);
  typeChanged();
  const submit = el('button', { type: 'submit', class: 'hs-button hs-button--primary', 'data-testid': 'create-source' },
    AJS.I18n.getText('hindsight.ui.admin.sources.create'));
  const form = el('form', { id: 'hs-source-create', 'aria-labelledby': 'hs-source-create-title' },
    el('h3', { id: 'hs-source-create-title' }, AJS.I18n.getText('hindsight.ui.admin.sources.new')),
    field(AJS.I18n.getText('hindsight.ui.admin.sources.name'), name, 'name', AJS.I18n.getText('hindsight.ui.admin.sources.nameHint')),
    field(AJS.I18n.getText('hindsight.ui.admin.sources.type'), type, 'type'),
    secretRow, summaryRow,
    field(AJS.I18n.getText('hindsight.ui.admin.sources.projects'), projects, 'projects', AJS.I18n.getText('hindsight.ui.admin.sources.projectsHint')),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    try {
      const body: Record<string, unknown> = { name: name.value.trim(), type: type.value, projects: listOf(projects.value) };
      if (type.value === 'pagerduty') body.secret = secret.value;
      if (type.value === 'generic') body.mapping = { summary: summary.value.trim() === '' ? null : summary.value.trim() };
      const created = await api.send<Source>('POST', '/ingest-sources', body);
      // Only a success clears the form: a refused one keeps every value as typed.
      form.reset();
      typeChanged();
      onCreated(created);
    } catch (error) {
      showError(form, error, messageOf(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export async function renderSources(api: Api, container: HTMLElement): Promise<void> {
  const secretSlot = el('div', { 'aria-live': 'polite' });
  const list = el('div', {});
  const status = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite' });
  const showSecret = (source: Source) => {
    if (source.secret) {
      const panel = secretPanel(source, () => undefined);
      secretSlot.replaceChildren(panel);
      panel.querySelector<HTMLButtonElement>('button')?.focus();
    }
  };
  const refresh = async () => {
    try {
      const sources = await api.get<Source[]>('/ingest-sources');
      list.replaceChildren(sources.length === 0 ? el('p', {}, AJS.I18n.getText('hindsight.ui.admin.sources.none'))
        : el('div', {}, ...sources.map((source) => sourceCard(source))));
    } catch (error) {
      status.textContent = messageOf(error);
    }
  };
  const sourceCard = (source: Source): HTMLElement => {
    const rotate = el('details', {}, el('summary', {}, AJS.I18n.getText('hindsight.ui.admin.rotate.title')),
      rotateForm(api, source, (rotated) => {
        showSecret(rotated);
        status.textContent = AJS.I18n.getText('hindsight.ui.admin.rotate.done', rotated.name);
        void refresh();
      }));
    const rules = el('details', {}, el('summary', {}, AJS.I18n.getText('hindsight.ui.admin.rules.summary', source.rules.length)),
      rulesForm(api, source, () => void refresh()));
    return el('article', { class: 'hs-card', 'data-source': source.name },
      el('h3', {}, source.name, ' ', el('span', { class: 'hs-lozenge' }, source.type)),
      el('p', {}, AJS.I18n.getText('hindsight.ui.admin.sources.path'), ' ', el('code', {}, source.webhookPath)),
      el('p', {}, AJS.I18n.getText('hindsight.ui.admin.sources.projectsList',
        source.projects.length === 0 ? AJS.I18n.getText('hindsight.ui.admin.sources.anyProject') : source.projects.join(', '))),
      el('p', { class: 'hs-subtle' }, credentialText(source)),
      rotate, rules);
  };
  container.replaceChildren(
    el('h2', { id: 'hs-sources-title' }, AJS.I18n.getText('hindsight.ui.admin.sources.title')),
    status, secretSlot, list,
    createForm(api, (created) => {
      showSecret(created);
      status.textContent = AJS.I18n.getText('hindsight.ui.admin.sources.created', created.name);
      void refresh();
    }));
  await refresh();
}
