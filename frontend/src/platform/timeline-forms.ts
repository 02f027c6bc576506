// Form helpers: labelled fields, and the server's refusal shown next to the field it names.
import { ApiFailure, messageOf } from './timeline-http';

export interface Field<T extends HTMLElement = HTMLInputElement> {
  wrapper: HTMLElement;
  control: T;
  error: HTMLElement;
}

let nextId = 0;

/** A label, a control and an error line tied to it with aria-describedby; `name` matches the server's field. */
export function field<T extends HTMLElement>(label: string, control: T, name: string, hint?: string): Field<T> {
  const id = `hindsight-field-${name}-${++nextId}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'hindsight-field';
  wrapper.dataset.field = name;
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  control.id = id;
  control.setAttribute('name', name);
  const error = document.createElement('p');
  error.className = 'hindsight-field__error';
  error.id = `${id}-error`;
  error.hidden = true;
  const describedBy = [error.id];
  wrapper.append(labelElement, control);
  if (hint) {
    const hintElement = document.createElement('p');
    hintElement.className = 'hindsight-field__hint';
    hintElement.id = `${id}-hint`;
    hintElement.textContent = hint;
    wrapper.appendChild(hintElement);
    describedBy.unshift(hintElement.id);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  wrapper.appendChild(error);
  return { wrapper, control, error };
}

/**
 * Shows a refusal: next to the field the server named (focusing it, keeping every value typed), or in `general`
 * when it named none or a field this form does not have. Answers the element that shows it.
 */
export function showError(fields: Field<HTMLElement>[], general: HTMLElement, failure: unknown): HTMLElement {
  clearErrors(fields, general);
  const name = failure instanceof ApiFailure ? failure.error.field ?? null : null;
  const target = name === null ? undefined : fields.find((candidate) => matches(candidate.wrapper.dataset.field, name));
  if (target) {
    target.error.textContent = messageOf(failure);
    target.error.hidden = false;
    target.control.setAttribute('aria-invalid', 'true');
    target.control.focus();
    return target.error;
  }
  general.textContent = messageOf(failure);
  general.hidden = false;
  return general;
}

/** Shows a message of the form's own next to a field (checks made before sending). */
export function showFieldError(fields: Field<HTMLElement>[], general: HTMLElement, name: string, message: string): void {
  clearErrors(fields, general);
  const target = fields.find((candidate) => candidate.wrapper.dataset.field === name);
  if (!target) return;
  target.error.textContent = message;
  target.error.hidden = false;
  target.control.setAttribute('aria-invalid', 'true');
  target.control.focus();
}

export function clearErrors(fields: Field<HTMLElement>[], general: HTMLElement): void {
  for (const each of fields) {
    each.error.hidden = true;
    each.error.textContent = '';
    each.control.removeAttribute('aria-invalid');
  }
  general.hidden = true;
  general.textContent = '';
}

// The server may name a nested path ("occurredAt", "levels.SEV-1.x"); a form field matches its first segment.
function matches(fieldName: string | undefined, serverField: string): boolean {
  return fieldName !== undefined && (fieldName === serverField || serverField.startsWith(`${fieldName}.`));
}

export function button(text: string, className: string, testId?: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  if (testId) node.dataset.testid = testId;
  return node;
}
