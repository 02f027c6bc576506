/**
 * The declare-incident dialog (bundle hindsight-declare, CSS hindsight-declare.css).
 *
 * API for other screens (the Incidents page, the embedded host's incident list):
 * - `Hindsight_declare.openDeclareDialog(options)`: the global of the classic-script bundle, or import
 *   `openDeclareDialog` from 'src/declare/main' in another bundle.
 * - Or, without a dependency on this bundle's global: `document.dispatchEvent(new CustomEvent(
 *   'hindsight:declare-incident', { detail: options }))` once this bundle is loaded.
 * - Or markup: any `<button data-hindsight-declare>` opens it on click, with options from `data-base-url`,
 *   `data-project-key`, `data-projects` (comma-separated) and `data-people` (JSON `[{"key","name"}]`).
 *
 * Options (all optional): `baseUrl` (context path; Jira: AJS.contextPath()), `projectKey` (preselected),
 * `projects` (offered as a list), `people` (commander choices; otherwise a user-key field), `onDeclared(incident)`
 * (called after success), `navigate` (default true: go to the new incident's page), `incidentUrl(key)` (that
 * page's address; default Jira's /browse/KEY where AJS.contextPath exists, else the embedded host's /incidents/KEY).
 */
import { openDialog } from '../platform/timeline-dialog';
import { button, clearErrors, field, showError, showFieldError, type Field } from '../platform/timeline-forms';
import { ApiFailure, messageOf, restUrl, sendJson, type Fetch } from '../platform/timeline-http';
import { localInputToUtc } from '../platform/timeline-time';
import './declare.css';

export interface Person { key: string; name: string }

export interface DeclaredIncident { key: string; severity: string; status: string; summary: string }

export interface DeclareOptions {
  baseUrl?: string;
  projectKey?: string;
  projects?: string[];
  people?: Person[];
  onDeclared?(incident: DeclaredIncident): void;
  navigate?: boolean;
  incidentUrl?(key: string): string;
  fetchImpl?: Fetch;
  /** Where to go; replaced in tests. */
  assign?(url: string): void;
}

interface LevelRequirements { executiveNotification: string | null; postmortem: string; postmortemDue: { elapsed: string | null; businessDays: number | null } | null }
type Levels = Record<string, { label: string; requires: LevelRequirements }>;

const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'];

function hasJiraContextPath(): boolean {
  return typeof (globalThis as { AJS?: { contextPath?: unknown } }).AJS?.contextPath === 'function';
}

function contextPath(): string {
  return hasJiraContextPath() ? (globalThis as unknown as { AJS: { contextPath(): string } }).AJS.contextPath() : '';
}

/** Opens the dialog; resolves once it is shown (the policy read may still be under way). */
export function openDeclareDialog(options: DeclareOptions = {}): DeclareDialog {
  return new DeclareDialog(options);
}

function meaning(severity: string): string {
  switch (severity) {
    case 'SEV-1': return AJS.I18n.getText('hindsight.ui.declare.meaning.sev1');
    case 'SEV-2': return AJS.I18n.getText('hindsight.ui.declare.meaning.sev2');
    case 'SEV-3': return AJS.I18n.getText('hindsight.ui.declare.meaning.sev3');
    default: return AJS.I18n.getText('hindsight.ui.declare.meaning.sev4');
  }
}

/** "PT15M" -> "15 min", "PT48H" -> "48 h": the policy's durations as people read them. */
export function readableDuration(iso: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!match) return iso;
  const [, hours, minutes] = match;
  const parts = [];
  if (hours) parts.push(AJS.I18n.getText('hindsight.ui.declare.hours', Number(hours)));
  if (minutes) parts.push(AJS.I18n.getText('hindsight.ui.declare.minutes', Number(minutes)));
  return parts.length === 0 ? iso : parts.join(' ');
}

/** What the policy requires of a level, in one sentence. */
export function requirementsText(requires: LevelRequirements): string {
  const parts: string[] = [];
  if (requires.executiveNotification) {
    parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.executives', readableDuration(requires.executiveNotification)));
  }
  if (requires.postmortem === 'required') {
    const due = requires.postmortemDue;
    if (due?.elapsed) parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.postmortemWithin', readableDuration(due.elapsed)));
    else if (due?.businessDays) parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.postmortemDays', due.businessDays));
    else parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.postmortem'));
  } else if (requires.postmortem === 'optional') {
    parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.postmortemOptional'));
  } else {
    parts.push(AJS.I18n.getText('hindsight.ui.declare.requires.noPostmortem'));
  }
  return parts.join(' ');
}

export class DeclareDialog {
  readonly element: HTMLElement;
  private readonly fields: Field<HTMLElement>[] = [];
  private readonly general: HTMLElement;
  private readonly requirements = new Map<string, HTMLElement>();
  private readonly fetchImpl: Fetch;
  private readonly baseUrl: string;
  private readonly close: () => void;
  readonly policyLoaded: Promise<void>;

  constructor(private readonly options: DeclareOptions) {
    this.fetchImpl = options.fetchImpl ?? fetch.bind(window);
    this.baseUrl = options.baseUrl ?? contextPath();
    const dialog = openDialog(AJS.I18n.getText('hindsight.ui.declare.title'), 'declare-dialog');
    this.element = dialog.element;
    this.close = dialog.close;
    const form = document.createElement('form');
    form.className = 'hindsight-declare';
    form.noValidate = true;
    form.id = 'hindsight-declare-form';
    this.general = document.createElement('p');
    this.general.className = 'hindsight-form__error';
    this.general.setAttribute('role', 'alert');
    this.general.hidden = true;
    form.appendChild(this.general);

    const project = this.projectControl();
    this.fields.push(field(AJS.I18n.getText('hindsight.ui.declare.project'), project, 'projectKey'));
    const summary = document.createElement('input');
    summary.type = 'text';
    summary.maxLength = 255;
    summary.required = true;
    this.fields.push(field(AJS.I18n.getText('hindsight.ui.declare.summary'), summary, 'summary'));
    this.fields.push(this.severityField());
    const impact = document.createElement('input');
    impact.type = 'datetime-local';
    this.fields.push(field(AJS.I18n.getText('hindsight.ui.declare.impactStarted'), impact, 'impactStartedAt',
      AJS.I18n.getText('hindsight.ui.declare.impactStartedHint')));
    this.fields.push(field(AJS.I18n.getText('hindsight.ui.declare.commander'), this.commanderControl(), 'commander',
      options.people ? undefined : AJS.I18n.getText('hindsight.ui.declare.commanderHint')));
    this.fields.forEach((each) => form.appendChild(each.wrapper));
    dialog.body.appendChild(form);

    const submit = button(AJS.I18n.getText('hindsight.ui.declare.submit'), 'hindsight-button hindsight-button--primary', 'declare-submit');
    submit.type = 'submit';
    submit.setAttribute('form', form.id);
    const cancel = button(AJS.I18n.getText('hindsight.ui.declare.cancel'), 'hindsight-button', 'declare-cancel');
    cancel.addEventListener('click', () => dialog.close());
    dialog.footer.append(submit, cancel);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(form, submit);
    });
    this.policyLoaded = this.loadPolicy();
  }

  private projectControl(): HTMLElement {
    if (this.options.projects && this.options.projects.length > 0) {
      const select = document.createElement('select');
      this.options.projects.forEach((key) => select.add(new Option(key, key)));
      if (this.options.projectKey) select.value = this.options.projectKey;
      return select;
    }
    const input = document.createElement('input');
    input.type = 'text';
    input.value = this.options.projectKey ?? '';
    input.autocapitalize = 'characters';
    return input;
  }

  private commanderControl(): HTMLElement {
    if (this.options.people) {
      const select = document.createElement('select');
      select.add(new Option(AJS.I18n.getText('hindsight.ui.declare.commanderMe'), ''));
      this.options.people.forEach((person) => select.add(new Option(person.name, person.key)));
      return select;
    }
    const input = document.createElement('input');
    input.type = 'text';
    return input;
  }

  private severityField(): Field<HTMLElement> {
    const wrapper = document.createElement('fieldset');
    wrapper.className = 'hindsight-field hindsight-severity-choice';
    wrapper.dataset.field = 'severity';
    const legend = document.createElement('legend');
    legend.textContent = AJS.I18n.getText('hindsight.ui.declare.severity');
    wrapper.appendChild(legend);
    const error = document.createElement('p');
    error.className = 'hindsight-field__error';
    error.id = 'hindsight-declare-severity-error';
    error.hidden = true;
    let first: HTMLInputElement | null = null;
    for (const severity of SEVERITIES) {
      const option = document.createElement('label');
      option.className = 'hindsight-severity-option';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'severity';
      radio.value = severity;
      radio.setAttribute('aria-describedby', `hindsight-declare-${severity}-meaning ${error.id}`);
      first ??= radio;
      const title = document.createElement('span');
      title.className = 'hindsight-severity-option__title';
      title.textContent = severity;
      const text = document.createElement('span');
      text.className = 'hindsight-severity-option__meaning';
      text.id = `hindsight-declare-${severity}-meaning`;
      text.textContent = meaning(severity);
      const requires = document.createElement('span');
      requires.className = 'hindsight-severity-option__requires';
      requires.dataset.testid = `requires-${severity}`;
      text.appendChild(document.createTextNode(' '));
      text.appendChild(requires);
      this.requirements.set(severity, requires);
      option.append(radio, title, text);
      wrapper.appendChild(option);
    }
    wrapper.appendChild(error);
    return { wrapper, control: first!, error };
  }

  private async loadPolicy(): Promise<void> {
    try {
      const levels = await sendJson<Levels>(this.fetchImpl, restUrl(this.baseUrl, '/severity-levels'), 'GET');
      for (const [severity, level] of Object.entries(levels)) {
        const node = this.requirements.get(severity);
        if (node) node.textContent = `${level.label}: ${requirementsText(level.requires)}`;
      }
    } catch {
      // The meanings stay; only the site's response requirements are missing, which the hint says.
      this.requirements.get('SEV-1')!.textContent = AJS.I18n.getText('hindsight.ui.declare.policyUnavailable');
    }
  }

  private value(name: string): string {
    const each = this.fields.find((candidate) => candidate.wrapper.dataset.field === name)!;
    if (name === 'severity') {
      return each.wrapper.querySelector<HTMLInputElement>('input[name=severity]:checked')?.value ?? '';
    }
    return (each.control as HTMLInputElement | HTMLSelectElement).value.trim();
  }

  private async submit(form: HTMLFormElement, submit: HTMLButtonElement): Promise<void> {
    clearErrors(this.fields, this.general);
    const impact = localInputToUtc(this.value('impactStartedAt'));
    if (impact === undefined) {
      showFieldError(this.fields, this.general, 'impactStartedAt', AJS.I18n.getText('hindsight.ui.declare.badTime'));
      return;
    }
    const body: Record<string, unknown> = {
      projectKey: this.value('projectKey'),
      summary: this.value('summary'),
      severity: this.value('severity') || null,
    };
    if (impact !== null) body.impactStartedAt = impact;
    if (this.value('commander') !== '') body.commander = this.value('commander');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const incident = await sendJson<DeclaredIncident>(this.fetchImpl, restUrl(this.baseUrl, '/incidents'), 'POST', body);
      this.close();
      this.options.onDeclared?.(incident);
      if (this.options.navigate !== false) {
        const url = this.options.incidentUrl?.(incident.key) ?? (hasJiraContextPath()
          ? `${this.baseUrl}/browse/${encodeURIComponent(incident.key)}`
          : `${this.baseUrl}/incidents/${encodeURIComponent(incident.key)}`);
        (this.options.assign ?? ((target: string) => window.location.assign(target)))(url);
      }
    } catch (failure) {
      showError(this.fields, this.general, failure instanceof ApiFailure ? failure : new ApiFailure({
        status: 0, code: 'network', message: messageOf(failure) }));
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

function optionsFrom(element: HTMLElement): DeclareOptions {
  let people: Person[] | undefined;
  try {
    people = element.dataset.people ? (JSON.parse(element.dataset.people) as Person[]) : undefined;
  } catch {
    people = undefined;
  }
  return {
    baseUrl: element.dataset.baseUrl,
    projectKey: element.dataset.projectKey,
    projects: element.dataset.projects ? element.dataset.projects.split(',').map((key) => key.trim()).filter(Boolean) : undefined,
    people,
  };
}

if (typeof document !== 'undefined') {
  document.addEventListener('hindsight:declare-incident', (event) => {
    openDeclareDialog(((event as CustomEvent<DeclareOptions>).detail) ?? {});
  });
  document.addEventListener('click', (event) => {
    const trigger = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('[data-hindsight-declare]');
    if (trigger) {
      event.preventDefault();
      openDeclareDialog(optionsFrom(trigger));
    }
  });
}
