import { messageOf, RequestFailure, type Api } from '../platform/screens-api';
import { el } from '../platform/screens-dom';
import { clearErrors, field, showError } from '../platform/screens-forms';

// The severity policy and business calendar form. Every input names the server field it holds (data-field), so a
// refusal such as {field: "levels.SEV-1.postmortemDue.elapsed"} lands beside that input; the values stay as typed.

export interface Due { elapsed: string | null; businessDays: number | null }
export interface Level { executiveNotification: string | null; postmortem: string; postmortemDue: Due | null }
export interface Policy {
  revision: number;
  changedBy: string | null;
  changedAt: string | null;
  levels: Record<string, Level>;
  businessCalendar: { timeZone: string; weekend: string[]; holidays: string[] };
  clocks: Record<string, { dueSoon: string | null; alsoNotify: string[] | null }>;
}

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function dayName(day: string): string {
  switch (day) {
    case 'monday': return AJS.I18n.getText('hindsight.ui.admin.day.monday');
    case 'tuesday': return AJS.I18n.getText('hindsight.ui.admin.day.tuesday');
    case 'wednesday': return AJS.I18n.getText('hindsight.ui.admin.day.wednesday');
    case 'thursday': return AJS.I18n.getText('hindsight.ui.admin.day.thursday');
    case 'friday': return AJS.I18n.getText('hindsight.ui.admin.day.friday');
    case 'saturday': return AJS.I18n.getText('hindsight.ui.admin.day.saturday');
    default: return AJS.I18n.getText('hindsight.ui.admin.day.sunday');
  }
}

function input(value: string | number | null, attributes: Record<string, string> = {}): HTMLInputElement {
  const result = el('input', { type: 'text', ...attributes });
  result.value = value === null || value === undefined ? '' : String(value);
  return result;
}

function idFor(field: string): string {
  return `hs-policy-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function named<T extends HTMLElement>(element: T, field: string): T {
  element.id = idFor(field);
  return element;
}

/** Splits a list typed one per line or comma-separated, dropping blanks. */
export function listOf(text: string): string[] {
  return text.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** A whole number, or a refusal naming the field (so it is shown exactly as the server's would be). */
export function wholeNumber(text: string, fieldName: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d{1,9}$/.test(trimmed)) {
    throw new RequestFailure({ status: 400, code: 'invalid_input', field: fieldName,
      message: AJS.I18n.getText('hindsight.ui.admin.wholeNumber') });
  }
  return Number(trimmed);
}

export function renderPolicyForm(api: Api, policy: Policy, status: HTMLElement): HTMLFormElement {
  const form = el('form', { id: 'hs-policy-form', 'aria-labelledby': 'hs-policy-title', novalidate: true });
  const revision = { value: policy.revision };
  const readers: Array<(body: Policy) => void> = [];
  form.appendChild(el('h2', { id: 'hs-policy-title' }, AJS.I18n.getText('hindsight.ui.admin.policy.title')));
  const changed = el('p', { class: 'hs-subtle' });
  const describeRevision = (current: Policy) => {
    changed.textContent = AJS.I18n.getText('hindsight.ui.admin.policy.revision', current.revision,
      current.changedBy ?? '-', current.changedAt ?? '-');
  };
  describeRevision(policy);
  form.appendChild(changed);

  for (const [code, level] of Object.entries(policy.levels)) {
    const prefix = `levels.${code}`;
    const executive = named(input(level.executiveNotification, { placeholder: 'PT15M' }), `${prefix}.executiveNotification`);
    const requirement = named(el('select', {}, ...['required', 'optional', 'none'].map((value) =>
      el('option', { value, selected: value === level.postmortem }, value))), `${prefix}.postmortem`);
    const elapsed = named(input(level.postmortemDue?.elapsed ?? null, { placeholder: 'PT48H' }), `${prefix}.postmortemDue.elapsed`);
    const businessDays = named(input(level.postmortemDue?.businessDays ?? null, { inputmode: 'numeric' }),
      `${prefix}.postmortemDue.businessDays`);
    const due = el('fieldset', { 'data-field': `${prefix}.postmortemDue`, tabindex: '-1', id: idFor(`${prefix}.postmortemDue`) },
      el('legend', {}, AJS.I18n.getText('hindsight.ui.admin.policy.due')),
      field(AJS.I18n.getText('hindsight.ui.admin.policy.elapsed'), elapsed, `${prefix}.postmortemDue.elapsed`),
      field(AJS.I18n.getText('hindsight.ui.admin.policy.businessDays'), businessDays, `${prefix}.postmortemDue.businessDays`));
    form.appendChild(el('fieldset', { class: 'hs-card', 'data-field': prefix, tabindex: '-1', id: idFor(prefix) },
      el('legend', {}, code),
      field(AJS.I18n.getText('hindsight.ui.admin.policy.executive'), executive, `${prefix}.executiveNotification`,
        AJS.I18n.getText('hindsight.ui.admin.policy.durationHint')),
      field(AJS.I18n.getText('hindsight.ui.admin.policy.postmortem'), requirement, `${prefix}.postmortem`),
      due));
    readers.push((body) => {
      const days = wholeNumber(businessDays.value, `${prefix}.postmortemDue.businessDays`);
      const elapsedValue = elapsed.value.trim() === '' ? null : elapsed.value.trim();
      body.levels[code] = {
        executiveNotification: executive.value.trim() === '' ? null : executive.value.trim(),
        postmortem: requirement.value,
        postmortemDue: elapsedValue === null && days === null ? null : { elapsed: elapsedValue, businessDays: days },
      };
    });
  }

  const calendar = policy.businessCalendar;
  const zone = named(input(calendar.timeZone, { placeholder: 'Europe/Berlin' }), 'businessCalendar.timeZone');
  const weekend = DAYS.map((day) => {
    const box = el('input', { type: 'checkbox', value: day, id: `hs-policy-weekend-${day}` });
    box.checked = calendar.weekend.includes(day);
    return box;
  });
  const holidays = named(el('textarea', { rows: 4 }), 'businessCalendar.holidays');
  holidays.value = calendar.holidays.join('\n');
  form.appendChild(el('fieldset', { class: 'hs-card' },
    el('legend', {}, AJS.I18n.getText('hindsight.ui.admin.calendar.title')),
    field(AJS.I18n.getText('hindsight.ui.admin.calendar.zone'), zone, 'businessCalendar.timeZone'),
    el('fieldset', { 'data-field': 'businessCalendar.weekend', tabindex: '-1', id: 'hs-policy-weekend' },
      el('legend', {}, AJS.I18n.getText('hindsight.ui.admin.calendar.weekend')),
      ...weekend.map((box) => el('label', { for: box.id, class: 'hs-check' }, box, ' ', dayName(box.value)))),
    field(AJS.I18n.getText('hindsight.ui.admin.calendar.holidays'), holidays, 'businessCalendar.holidays',
      AJS.I18n.getText('hindsight.ui.admin.calendar.holidaysHint'))));
  readers.push((body) => {
    body.businessCalendar = { timeZone: zone.value.trim(), weekend: weekend.filter((box) => box.checked).map((box) => box.value),
      holidays: listOf(holidays.value) };
  });

  for (const [code, clock] of Object.entries(policy.clocks)) {
    const prefix = `clocks.${code}`;
    const dueSoon = named(input(clock.dueSoon, { placeholder: 'PT24H' }), `${prefix}.dueSoon`);
    const notify = named(input((clock.alsoNotify ?? []).join(', ')), `${prefix}.alsoNotify`);
    form.appendChild(el('fieldset', { class: 'hs-card' }, el('legend', {}, AJS.I18n.getText('hindsight.ui.admin.clock.title', code)),
      field(AJS.I18n.getText('hindsight.ui.admin.clock.dueSoon'), dueSoon, `${prefix}.dueSoon`,
        AJS.I18n.getText('hindsight.ui.admin.policy.durationHint')),
      field(AJS.I18n.getText('hindsight.ui.admin.clock.alsoNotify'), notify, `${prefix}.alsoNotify`)));
    readers.push((body) => {
      body.clocks[code] = { dueSoon: dueSoon.value.trim() === '' ? null : dueSoon.value.trim(), alsoNotify: listOf(notify.value) };
    });
  }

  const save = el('button', { type: 'submit', class: 'hs-button hs-button--primary', 'data-testid': 'save-policy' },
    AJS.I18n.getText('hindsight.ui.admin.save'));
  form.appendChild(save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    save.disabled = true;
    try {
      const body: Policy = { revision: revision.value, changedBy: null, changedAt: null, levels: {},
        businessCalendar: { timeZone: '', weekend: [], holidays: [] }, clocks: {} };
      readers.forEach((read) => read(body));
      const saved = await api.send<Policy>('PUT', '/admin/severity-policy', body);
      revision.value = saved.revision;
      describeRevision(saved);
      status.textContent = AJS.I18n.getText('hindsight.ui.admin.policy.saved', saved.revision);
    } catch (error) {
      showError(form, error, messageOf(error));
      status.textContent = messageOf(error);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
